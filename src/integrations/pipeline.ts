/**
 * How the steps after the build are run: each declares what it reads and what it
 * writes, and the list they run in (src/integrations/after-build.ts) is checked against
 * those declarations before any step runs. A step that reads what no earlier step
 * writes, or what an earlier step has replaced, stops the build with a message naming
 * both, instead of quietly writing a different site.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';

/** What the steps hand each other in the build folder, each with what it holds. */
export const ARTIFACTS = {
  pages: 'the built HTML pages',
  stylesheets: "Astro's stylesheets in /_astro/, which the pages link",
  scripts: 'the page scripts in /_astro/ and the chunks they import',
  'module-script-tags': 'the pages as Astro wrote them, each script started by a `<script type="module" src>` tag',
  'subset-fonts':
    'Public Sans cut to the site’s characters: the stylesheets’ @font-face rules and the pages’ preloads name the subsets',
  'page-stylesheets': 'one purged stylesheet per page, the only one it links',
  'deferred-scripts': 'each page script started by the hashed loader once the page has painted',
  'security-files': '_headers and /.well-known/security.txt',
  'share-images': 'each page’s Open Graph image, at the address its og:image names',
} as const;

export type Artifact = keyof typeof ARTIFACTS;

/** What `astro build` leaves in the folder before the first step. */
export const FROM_ASTRO: readonly Artifact[] = ['pages', 'stylesheets', 'scripts', 'module-script-tags'];

/** What a step is handed: the build folder (a path), a logger of its own and the resolved config. */
export interface AfterBuild {
  root: string;
  logger: AstroIntegrationLogger;
  config: AstroConfig;
}

/** One step after the build. */
export interface Step {
  name: string;
  /** What must be in the build folder, as an earlier step or Astro left it, when the step starts. */
  reads: readonly Artifact[];
  /** What the step adds. */
  writes: readonly Artifact[];
  /** What the step rewrites so that a later step can no longer read it as it was. */
  replaces?: readonly Artifact[];
  run: (build: AfterBuild) => Promise<void>;
}

/**
 * Checks that every step finds what it reads, in the order given, and throws on the
 * first that does not, naming it, its missing input, and why that input is missing.
 */
export function checkOrder(steps: readonly Step[], available: readonly Artifact[] = FROM_ASTRO): void {
  const present = new Set(available);
  const replacedBy = new Map<Artifact, string>();
  const names = new Set<string>();
  for (const step of steps) {
    if (names.has(step.name)) throw new Error(`After-build step "${step.name}" is listed twice.`);
    names.add(step.name);
    for (const input of step.reads) {
      if (present.has(input)) continue;
      const replacer = replacedBy.get(input);
      const why = replacer
        ? `which "${replacer}", listed before it, has replaced`
        : 'which no step listed before it writes';
      throw new Error(
        `After-build step "${step.name}" reads ${input} (${ARTIFACTS[input]}), ${why}. ` +
          'The steps run in the order of AFTER_BUILD_STEPS in src/integrations/after-build.ts.',
      );
    }
    for (const output of step.replaces ?? []) {
      present.delete(output);
      replacedBy.set(output, step.name);
    }
    for (const output of step.writes) present.add(output);
  }
}

/** Runs the steps one after another, once their order is known to hold; each logs under its own name. */
export async function runSteps(steps: readonly Step[], build: AfterBuild): Promise<void> {
  checkOrder(steps);
  for (const step of steps) await step.run({ ...build, logger: build.logger.fork(step.name) });
}

/** The Astro integration that runs `steps` once the build has written its files. */
export function afterBuildPipeline(steps: readonly Step[]): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'after-build',
    hooks: {
      'astro:config:setup': () => checkOrder(steps),
      'astro:config:done': ({ config: resolved }) => {
        config = resolved;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!config) throw new Error('after-build: Astro gave no config before the build ended.');
        await runSteps(steps, { root: fileURLToPath(dir), logger, config });
      },
    },
  };
}

/**
 * The name part a step gives a file it writes, from its content, as Vite names the files
 * in /_astro/: equal content, equal name, so browsers may keep it a year
 * (src/security/headers.ts) and a change always gets a new address.
 */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url').slice(0, 10);
}
