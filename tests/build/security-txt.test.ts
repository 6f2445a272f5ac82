// security.txt and the DAP opt-in as built: the files in DIST_DIR against the variables
// the build read (src/config/build-env.ts), so a build with other settings is checked
// against its own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAP_PRIVACY_URL, readBuildEnv } from '../../src/config/build-env';
import { expiresProblem } from '../../src/security/security-txt';
import { readerPages, distDir, requireBuild } from '../support/site';

const env = readBuildEnv(process.env);
const site = process.env['SITE_URL'] ?? 'https://inl-police-partnerships.pages.dev';

describe('/.well-known/security.txt', () => {
  requireBuild();
  const file = join(distDir, '.well-known', 'security.txt');

  it('is built, with the configured contact and policy and its own canonical address', () => {
    expect(existsSync(file), file).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`Contact: ${env.securityContact}\n`);
    expect(text).toContain(`Policy: ${env.vdpUrl}\n`);
    expect(text).toContain(`Canonical: ${new URL('/.well-known/security.txt', site).href}\n`);
    expect(text).toContain('Preferred-Languages: en\n');
  });

  it('expires after today and no more than a year ahead', () => {
    expect(expiresProblem(readFileSync(file, 'utf8'), new Date())).toBeNull();
  });
});

describe('every built page', () => {
  requireBuild();
  const pages = readerPages().map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));

  it('links the vulnerability disclosure policy among the identifier’s required links', () => {
    const missing = pages
      .filter(({ html }) => {
        const links = /<ul class="usa-identifier__required-links-list"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
        return !links.includes(`href="${env.vdpUrl}"`) || !/>\s*Vulnerability disclosure policy\s*</.test(links);
      })
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it(env.dap ? 'loads the DAP script, async, with its documented id' : 'carries nothing of DAP', () => {
    const wrong = pages
      .filter(({ html }) => {
        const tags = html.match(/<script\b[^>]*dap\.digitalgov\.gov[^>]*>/g) ?? [];
        if (!env.dap) return html.includes('dap.digitalgov.gov') || html.includes('_fed_an_ua_tag');
        const [tag = ''] = tags;
        return tags.length !== 1 || !/\basync\b/.test(tag) || !tag.includes('id="_fed_an_ua_tag"');
      })
      .map(({ path }) => path);
    expect(wrong).toEqual([]);
  });

  it(
    env.dap
      ? 'has a privacy policy that describes DAP and links its privacy answers'
      : 'has a privacy policy that says there are no analytics',
    () => {
      const privacy = pages.find(({ path }) => path === '/privacy/')?.html ?? '';
      if (env.dap) {
        expect(privacy).toContain('Digital Analytics Program');
        expect(privacy).toContain(`href="${DAP_PRIVACY_URL}"`);
        expect(privacy).not.toContain('no analytics');
      } else {
        expect(privacy).toContain('no analytics');
        expect(privacy).not.toContain('Digital Analytics Program');
      }
    },
  );
});
