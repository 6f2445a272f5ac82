/**
 * The content editor's one script (/admin/): Sveltia CMS from the npm registry, bundled
 * with its fonts and code-highlighting files into /admin/ by ../build/build-editor.ts, so nothing
 * loads from another origin.
 */
import CMS from '@sveltia/cms';
import { cmsConfig } from '../shared/cms-config';
import { registerFields } from './fields';

// The repository is fixed at build time (CMS_GITHUB_REPO); ../build/build-editor.ts defines it.
declare const __CMS_GITHUB_REPO__: string;

registerFields();
void CMS.init({ config: cmsConfig(__CMS_GITHUB_REPO__, window.location.origin) });
