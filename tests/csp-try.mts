import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '/work/wt-verify/tests/support/browser.ts';
const o = chromiumLaunchOptions();
const browser = await chromium.launchPersistentContext('/tmp/csp-profile-' + Date.now(), { ignoreHTTPSErrors: true, ...o, args: [...o.args.filter((a) => a !== (process.env.DROP ?? 'x')), '--ignore-certificate-errors', '--short-reporting-delay'] });
const page = browser.pages()[0] ?? (await browser.newPage());
const cdp = await browser.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.enableReportingApi', { enable: true });
cdp.on('Network.reportingApiReportAdded', (e) => console.log('added', JSON.stringify(e.report).slice(0, 200)));
cdp.on('Network.reportingApiReportUpdated', (e) => console.log('updated', e.report.status, e.report.completedAttempts));
cdp.on('Network.reportingApiEndpointsChangedForOrigin', (e) => console.log('endpoints', JSON.stringify(e)));
await browser.grantPermissions(['background-sync'], { origin: 'https://127.0.0.1:8807' });
await page.goto('https://127.0.0.1:8807/');
await page.evaluate(() => { const s = document.createElement('script'); s.src = 'https://203.0.113.9/blocked.js'; document.head.append(s); });
const t0 = Date.now();
while (Date.now() - t0 < 15000) { await new Promise((r) => setTimeout(r, 1000)); }
await browser.close();
