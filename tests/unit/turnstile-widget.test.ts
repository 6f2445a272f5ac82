// The Turnstile widget names the form's action, which Cloudflare signs into the token
// and the function checks (src/features/inquiry/server/spam.ts): a token solved for another form
// or app sharing the site key is refused. Rendered with Astro's container, as the build
// renders it when PUBLIC_TURNSTILE_SITE_KEY is set.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import Form from '../../src/features/inquiry/components/InquiryForm.astro';
import { TURNSTILE_ACTION } from '../../src/features/inquiry/shared/turnstile';

// Type-aware lint cannot see into .astro modules; `astro check` types the component itself.
const InquiryForm = Form as unknown as AstroComponentFactory;

describe('the Turnstile widget on the inquiry form', () => {
  it('carries the site key and the inquiry action', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(InquiryForm, { props: { turnstileSiteKey: '0x4AAAAAAAtest' } });
    const widget = /<div[^>]*class="cf-turnstile"[^>]*>/.exec(html)?.[0] ?? '';
    expect(widget).toContain('data-sitekey="0x4AAAAAAAtest"');
    expect(widget).toContain(`data-action="${TURNSTILE_ACTION}"`);
  });

  it('is absent without a site key', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(InquiryForm, { props: {} })).not.toContain('cf-turnstile');
  });
});
