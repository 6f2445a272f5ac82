// The GitHub Actions workflows cannot run here: their syntax is checked against GitHub's
// schema by @action-validator/cli (pinned in package.json). Their first real run on
// GitHub is the proof that they work (README, "Editing content").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const workflowsDir = join(root, '.github/workflows');
const validator = join(root, 'node_modules/@action-validator/cli/cli.mjs');

/** The validator's verdict on a file: its exit code and what it printed. */
function validate(file: string): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [validator, file], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

describe('the GitHub Actions workflows', () => {
  it('exist', () => {
    expect(workflows).toContain('pull-request.yml');
  });

  for (const name of workflows) {
    it(`${name} is a valid workflow`, () => {
      const { code, output } = validate(join(workflowsDir, name));
      expect(output).toBe('');
      expect(code).toBe(0);
    });
  }

  it('the validator refuses a broken workflow (so a pass means something)', () => {
    const broken = readFileSync(join(workflowsDir, 'pull-request.yml'), 'utf8').replace('runs-on:', 'runs_on:');
    const file = join(mkdtempSync(join(tmpdir(), 'workflow-')), 'broken.yml');
    writeFileSync(file, broken);
    expect(validate(file).code).not.toBe(0);
  });

  it('runs .ci/run on every pull request and deploys the branch’s preview with the README’s command', () => {
    const text = readFileSync(join(workflowsDir, 'pull-request.yml'), 'utf8');
    expect(text).toMatch(/^on:\n {2}pull_request:/m);
    expect(text).toContain('run: bash .ci/run');
    expect(text).toContain('npx wrangler pages deploy dist --branch "$BRANCH"');
    expect(text).toContain('secrets.CLOUDFLARE_API_TOKEN');
  });
});
