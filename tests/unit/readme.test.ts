import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_VARIABLES } from '../../src/config/build-env';
import { VARIABLES } from '../../src/features/inquiry/shared/variables';

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

  it('shows the two front-door commands first', () => {
    const start = readme.indexOf('npm install && npm start');
    const test = readme.indexOf('npm test');
    expect(start).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(start);
    expect(readme.indexOf('## Configuration')).toBeGreaterThan(test);
  });
});
