import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_VARIABLES } from '../../src/config/build-env';
import { VARIABLES } from '../../src/features/inquiry/shared/variables';
import { ADMIN_VARIABLES } from '../../src/features/admin/server/oauth';
import { DEFAULT_CMS_GITHUB_REPO } from '../../src/features/admin/build/build-editor';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('documents every variable the inquiry function reads, in a table row of its own', () => {
    const undocumented = VARIABLES.filter((name) => !readme.includes(`| \`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it('documents every variable the build reads, in a table row of its own', () => {
    const undocumented = BUILD_VARIABLES.filter((name) => !readme.includes(`| \`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it('documents the content editor’s variables, each with its default', () => {
    const undocumented = [...ADMIN_VARIABLES, 'CMS_GITHUB_REPO'].filter((name) => !readme.includes(`| \`${name}\``));
    expect(undocumented).toEqual([]);
    expect(readme).toMatch(new RegExp(`\\| \`CMS_GITHUB_REPO\`\\s+\\| \`${DEFAULT_CMS_GITHUB_REPO}\``));
    expect(readme).toMatch(/\| `GITHUB_OAUTH_SCOPE`\s+\| `repo`/);
  });

  it('shows the two front-door commands first', () => {
    const start = readme.indexOf('npm install && npm start');
    const test = readme.indexOf('npm test');
    expect(start).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(start);
    expect(readme.indexOf('## Configuration')).toBeGreaterThan(test);
  });
});
