import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';

/** What a step after the build is handed: the output folder, a logger and the resolved config. */
export interface AfterBuild {
  dir: URL;
  logger: AstroIntegrationLogger;
  config: AstroConfig;
}

/**
 * An integration that writes files into the finished build (the headers, security.txt,
 * the share images). Astro gives the config to one hook and the output to another; this
 * keeps that hand-over in one place.
 */
export function afterBuild(name: string, step: (build: AfterBuild) => Promise<void>): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name,
    hooks: {
      'astro:config:done': ({ config: resolved }) => {
        config = resolved;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!config) throw new Error(`${name}: Astro gave no config before the build ended.`);
        await step({ dir, logger, config });
      },
    },
  };
}

/** The build's pages, as paths under its folder (`faq/index.html`), for the steps that read or rewrite them. */
export async function builtPages(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html'));
}

/**
 * The name part a step gives a file it writes, from its content, as Vite names the files
 * in /_astro/: equal content, equal name, so browsers may keep it a year
 * (src/security/headers.ts) and a change always gets a new address.
 */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url').slice(0, 10);
}
