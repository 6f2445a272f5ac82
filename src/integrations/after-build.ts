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
