import { describe, expect, it } from 'vitest';
import { rateKeyFor, tooFast } from '../../../src/features/inquiry/server/spam';

describe('the fill-time check', () => {
  const config = { minFillMs: 3000 };

  it('judges only the elapsed time the browser measured', () => {
    expect(tooFast({ fillMs: 900 }, config)).toBe(true);
    expect(tooFast({ fillMs: 3000 }, config)).toBe(false);
    expect(tooFast({ fillMs: 45_000 }, config)).toBe(false);
  });

  it('counts a missing, negative or absurd value as no timing, never as too fast', () => {
    for (const fillMs of [undefined, -1, -120_000, Number.NaN, Number.POSITIVE_INFINITY, 10 ** 12])
      expect(tooFast({ fillMs }, config), String(fillMs)).toBe(false);
  });
});

describe('the rate-limit key', () => {
  it('is an IPv4 address itself', () => {
    expect(rateKeyFor('203.0.113.9')).toBe('203.0.113.9');
    expect(rateKeyFor('::ffff:203.0.113.9')).toBe('::ffff:203.0.113.9');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const key = '2001:db8:aa:1::/64';
    for (const address of [
      '2001:db8:aa:1::1',
      '2001:0db8:00aa:0001:ffff:ffff:ffff:ffff',
      '2001:DB8:AA:1:0:0:0:9',
      '2001:db8:aa:1:1234::',
    ])
      expect(rateKeyFor(address), address).toBe(key);
    expect(rateKeyFor('2001:db8:aa:2::1')).toBe('2001:db8:aa:2::/64');
    expect(rateKeyFor('::1')).toBe('0:0:0:0::/64');
    expect(rateKeyFor('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });
});
