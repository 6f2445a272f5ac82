import { describe, expect, it } from 'vitest';
import { dapScriptUrl, DEFAULT_VDP_URL, readBuildEnv } from '../../src/config/build-env';

describe('the build variables', () => {
  it('default to the State Department VDP for both Policy and Contact, and to no analytics', () => {
    expect(readBuildEnv({})).toEqual({ vdpUrl: DEFAULT_VDP_URL, securityContact: DEFAULT_VDP_URL });
    // An empty value counts as unset, as an empty line in a .env file would.
    expect(readBuildEnv({ VDP_URL: '', SECURITY_CONTACT: '', DAP_AGENCY: '' })).toEqual(readBuildEnv({}));
  });

  it('take VDP_URL and SECURITY_CONTACT (https, mailto or tel)', () => {
    expect(readBuildEnv({ VDP_URL: 'https://example.gov/vdp' })).toEqual({
      vdpUrl: 'https://example.gov/vdp',
      securityContact: 'https://example.gov/vdp',
    });
    expect(readBuildEnv({ SECURITY_CONTACT: 'mailto:security@example.gov' }).securityContact).toBe(
      'mailto:security@example.gov',
    );
  });

  it('refuse a value that is no usable URI, with the variable named', () => {
    expect(() => readBuildEnv({ VDP_URL: 'http://example.gov/vdp' })).toThrow(/VDP_URL must start with https:/);
    expect(() => readBuildEnv({ VDP_URL: 'example.gov' })).toThrow(/VDP_URL must be an absolute URI/);
    expect(() => readBuildEnv({ SECURITY_CONTACT: 'javascript:alert(1)' })).toThrow(/SECURITY_CONTACT/);
  });

  it('turn DAP on with DAP_AGENCY, and build its documented script address', () => {
    const { dap } = readBuildEnv({ DAP_AGENCY: 'DOS', DAP_SUBAGENCY: 'INL' });
    expect(dap).toEqual({ agency: 'DOS', subagency: 'INL' });
    expect(dapScriptUrl(dap!)).toBe(
      'https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DOS&subagency=INL',
    );
    expect(dapScriptUrl({ agency: 'DOS' })).toBe(
      'https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DOS',
    );
  });

  it('refuse a DAP code that could change the script address, or a sub-agency alone', () => {
    expect(() => readBuildEnv({ DAP_AGENCY: 'DOS&x=1' })).toThrow(/DAP_AGENCY/);
    expect(() => readBuildEnv({ DAP_AGENCY: 'DOS', DAP_SUBAGENCY: 'a b' })).toThrow(/DAP_SUBAGENCY/);
    expect(() => readBuildEnv({ DAP_SUBAGENCY: 'INL' })).toThrow(/without DAP_AGENCY/);
  });
});
