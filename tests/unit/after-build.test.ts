// The steps after the build run from one declared list (src/integrations/after-build.ts),
// and each says what it reads and writes: an order that would starve a step of its input
// stops the build before any step runs, naming the step and what it lacks.
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { AFTER_BUILD_STEPS } from '../../src/integrations/after-build';
import { deferredScripts } from '../../src/integrations/deferred-scripts';
import { fontSubset } from '../../src/integrations/font-subset';
import { checkOrder, FROM_ASTRO, runSteps, type Step } from '../../src/integrations/pipeline';
import { purgeCss } from '../../src/integrations/purge-css';

/** A logger that keeps what each step logs, under its name. */
function recordingLogger(lines: string[], label = 'after-build'): AstroIntegrationLogger {
  const record = (message: string) => lines.push(`${label}: ${message}`);
  return {
    label,
    fork: (name: string) => recordingLogger(lines, name),
    info: record,
    warn: record,
    error: record,
    debug: record,
  } as unknown as AstroIntegrationLogger;
}

/** A step that only notes that it ran. */
function fakeStep(name: string, reads: Step['reads'], writes: Step['writes'], ran: string[]): Step {
  return {
    name,
    reads,
    writes,
    run: () => {
      ran.push(name);
      return Promise.resolve();
    },
  };
}

describe('the after-build steps, in their declared order', () => {
  it('give every step what it reads', () => {
    expect(() => checkOrder(AFTER_BUILD_STEPS)).not.toThrow();
  });

  it('write everything some step declares, each name once', () => {
    const names = AFTER_BUILD_STEPS.map((step) => step.name);
    expect(new Set(names).size).toBe(names.length);
    const written = new Set([...FROM_ASTRO, ...AFTER_BUILD_STEPS.flatMap((step) => step.writes)]);
    for (const step of AFTER_BUILD_STEPS) for (const input of step.reads) expect(written).toContain(input);
  });
});

describe('an order that starves a step', () => {
  it('stops when the purge runs without the font subsets it reads', () => {
    expect(() => checkOrder([purgeCss])).toThrow(
      /"purge-css" reads subset-fonts \(Public Sans cut to .*\), which no step listed before it writes/,
    );
  });

  it('stops when the subsets are cut after the purge has replaced the stylesheets they rewrite', () => {
    expect(() => checkOrder([purgeCss, fontSubset])).toThrow(/"purge-css" reads subset-fonts/);
    const purgeWithoutFonts = { ...purgeCss, reads: purgeCss.reads.filter((input) => input !== 'subset-fonts') };
    expect(() => checkOrder([purgeWithoutFonts, fontSubset])).toThrow(
      /"font-subset" reads stylesheets \(.*\), which "purge-css", listed before it, has replaced/,
    );
  });

  it('stops when the loader is written before the purge reads the pages as Astro wrote them', () => {
    expect(() => checkOrder([fontSubset, deferredScripts, purgeCss])).toThrow(
      /"purge-css" reads module-script-tags \(.*\), which "deferred-scripts", listed before it, has replaced/,
    );
  });

  it('runs no step at all, so no half-rewritten build is left', async () => {
    const ran: string[] = [];
    const steps = [fakeStep('first', [], ['share-images'], ran), fakeStep('needs-subsets', ['subset-fonts'], [], ran)];
    const build = { root: '/nowhere', logger: recordingLogger([]), config: {} as AstroConfig };
    await expect(runSteps(steps, build)).rejects.toThrow(/"needs-subsets" reads subset-fonts/);
    expect(ran).toEqual([]);
  });
});

describe('running the steps', () => {
  it('runs each once, in the listed order, each logging under its own name', async () => {
    const ran: string[] = [];
    const lines: string[] = [];
    const logging: Step = {
      name: 'logging',
      reads: ['share-images'],
      writes: [],
      run: ({ logger }) => {
        ran.push('logging');
        logger.info('done');
        return Promise.resolve();
      },
    };
    const steps = [fakeStep('images', ['pages'], ['share-images'], ran), logging];
    await runSteps(steps, { root: '/nowhere', logger: recordingLogger(lines), config: {} as AstroConfig });
    expect(ran).toEqual(['images', 'logging']);
    expect(lines).toEqual(['logging: done']);
  });

  it('refuses a step listed twice', () => {
    const ran: string[] = [];
    const step = fakeStep('twice', [], [], ran);
    expect(() => checkOrder([step, step])).toThrow(/"twice" is listed twice/);
  });
});
