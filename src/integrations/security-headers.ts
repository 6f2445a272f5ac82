/**
 * Writes the build's security files: `_headers` from src/security/headers.ts, so the
 * static pages and the functions share one policy and no hand-kept copy can drift from
 * it, and `/.well-known/security.txt` (RFC 9116) with a fresh Expires date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEnv } from 'vite';
import type { Step } from './pipeline';
import { buildEnv } from '../config/build-env';
import { renderHeadersFile } from '../security/headers';
import { renderSecurityTxt } from '../security/security-txt';

export const securityHeaders: Step = {
  name: 'security-headers',
  reads: [],
  writes: ['security-files'],
  async run({ root, logger, config }) {
    // Turnstile's site key is public and read at build time, from the shell or a .env file,
    // exactly as the inquiry page reads it (import.meta.env.PUBLIC_TURNSTILE_SITE_KEY).
    const env = { ...loadEnv('production', process.cwd(), 'PUBLIC_'), ...process.env };
    const turnstile = Boolean(env['PUBLIC_TURNSTILE_SITE_KEY']);
    // DAP_AGENCY is read from the shell, as every page reads it (src/config/build-env.ts).
    const dap = Boolean(buildEnv.dap);
    await writeFile(join(root, '_headers'), renderHeadersFile({ turnstile, dap }));
    const widened = [turnstile && 'Turnstile allowed on /inquiry/', dap && 'DAP allowed'].filter(Boolean);
    logger.info(`_headers written${widened.length > 0 ? ` (${widened.join('; ')})` : ''}`);

    const { site } = config;
    if (!site) throw new Error('security.txt needs `site` in astro.config.mjs.');
    const securityTxt = renderSecurityTxt(
      {
        contact: buildEnv.securityContact,
        policy: buildEnv.vdpUrl,
        canonical: new URL('/.well-known/security.txt', site).href,
      },
      new Date(),
    );
    await mkdir(join(root, '.well-known'), { recursive: true });
    await writeFile(join(root, '.well-known', 'security.txt'), securityTxt);
    logger.info(`security.txt written (Policy: ${buildEnv.vdpUrl})`);
  },
};
