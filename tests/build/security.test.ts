import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildEnv } from '../../src/config/build-env';
import { renderHeadersFile } from '../../src/security/headers';
import { distDir, requireBuild } from '../support/site';

/** Resend's API key format. */
const RESEND_KEY_PATTERN = /\bre_[A-Za-z0-9_]{8,}/;

/** Server-side secrets that must never reach the static build (README, "Configuration"). */
const SECRET_VARIABLES = ['RESEND_API_KEY', 'TURNSTILE_SECRET_KEY'];

describe('the built site', () => {
  requireBuild();
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

  it('holds no secret: no Resend key pattern, no value of a secret variable', () => {
    const secrets = SECRET_VARIABLES.map((name) => process.env[name]).filter(
      (value): value is string => typeof value === 'string' && value.length >= 8,
    );
    const leaks = files.flatMap((file) => {
      // latin1 keeps every byte as one character, so binary files are searched too.
      const text = readFileSync(file).toString('latin1');
      const found = RESEND_KEY_PATTERN.exec(text)?.[0];
      return [
        ...(found ? [`${file}: ${found.slice(0, 6)}…`] : []),
        ...secrets.filter((secret) => text.includes(secret)).map(() => `${file}: the value of a secret variable`),
      ];
    });
    expect(leaks).toEqual([]);
  });

  it('serves _headers written from src/security/headers.ts, and no hand-kept copy', () => {
    const turnstile = Boolean(process.env['PUBLIC_TURNSTILE_SITE_KEY']);
    const dap = Boolean(readBuildEnv(process.env).dap);
    expect(readFileSync(join(distDir, '_headers'), 'utf8')).toBe(renderHeadersFile({ turnstile, dap }));
    expect(files.filter((file) => file.endsWith('_headers'))).toEqual([join(distDir, '_headers')]);
  });
});
