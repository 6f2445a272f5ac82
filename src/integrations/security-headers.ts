/**
 * Writes `_headers` into the build output from src/security/headers.ts, so the static
 * pages and the functions share one policy and no hand-kept copy can drift from it.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { loadEnv } from 'vite';
import { renderHeadersFile } from '../security/headers';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Turnstile's site key is public and read at build time, from the shell or a .env file,
        // exactly as the inquiry page reads it (import.meta.env.PUBLIC_TURNSTILE_SITE_KEY).
        const env = { ...loadEnv('production', process.cwd(), 'PUBLIC_'), ...process.env };
        const turnstile = Boolean(env['PUBLIC_TURNSTILE_SITE_KEY']);
        await writeFile(new URL('_headers', dir), renderHeadersFile({ turnstile }));
        logger.info(`_headers written${turnstile ? ' (Turnstile allowed on /inquiry/)' : ''}`);
      },
    },
  };
}
