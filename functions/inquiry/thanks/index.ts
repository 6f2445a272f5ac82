// GET /inquiry/thanks/?ref=INQ-…: the static thanks page with the reference written in,
// so a browser without JavaScript shows it too. Anyone can open this address with any
// well-formed reference, so the page says "if you sent an inquiry, its reference
// number is …", never that it was sent. Without a well-formed reference the static
// page answers, showing no reference. The middleware beside this file adds the
// security headers.
import { logTransportActive, readConfig, type InquiryEnv } from '../../../src/features/inquiry/server/config';
import { siteUi } from '../../../src/config/ui';
import { renderThanksPage } from '../../../src/features/inquiry/server/page';
import { REFERENCE } from '../../../src/features/inquiry/server/reference';

export const onRequestGet: PagesFunction<InquiryEnv> = async ({ request, env, next }) => {
  const url = new URL(request.url);
  const ref = url.searchParams.get('ref');
  // Only a well-formed reference is written into the page; anything else gets the static page.
  if (!ref || !REFERENCE.test(ref)) return next();
  try {
    // `via=log` is believed only where the log transport really runs (npm start on
    // this machine): a link cannot make a deployment say an inquiry went to a log.
    const viaLog = url.searchParams.get('via') === 'log' && logTransportActive(readConfig(env), request);
    const words = siteUi.inquiryPage;
    return await renderThanksPage(env.ASSETS, request, ref, viaLog, {
      staticTitle: words.thanksTitle,
      title: words.thanksSentTitle,
      heading: words.thanksHeading,
    });
  } catch (error) {
    console.error('thanks page: could not render', error);
    return next();
  }
};
