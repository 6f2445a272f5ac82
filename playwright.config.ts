import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

const port = Number(process.env.E2E_PORT ?? 8799);
export const baseURL = `http://127.0.0.1:${port}`;
// The local stand-in for Resend (tests/support/resend-stub.ts): the site's functions send
// through the real SDK to it, and the inquiry tests read what it received.
export const resendStubURL = `http://127.0.0.1:${process.env.RESEND_STUB_PORT ?? port + 1}`;
/** The From address the site server is started with. */
export const inquiryFrom = 'INL Police Partnerships <inquiries@inl-police-partnerships.example>';

// End-to-end tests run against the built site served by `wrangler pages dev`
// (scripts/serve.mjs), the same runtime as production. `npm test` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: [
    {
      command: 'node tests/support/resend-stub.ts',
      url: `${resendStubURL}/__health`,
      env: { RESEND_STUB_PORT: new URL(resendStubURL).port },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node scripts/serve.mjs',
      url: `${baseURL}/`,
      env: {
        PORT: String(port),
        RESEND_API_KEY: 're_test_e2e',
        RESEND_BASE_URL: resendStubURL,
        INQUIRY_FROM: inquiryFrom,
        // Tests send many inquiries from one address, and the local D1 database keeps the hourly
        // site-wide count between runs: neither limit may fail a second run in the hour.
        INQUIRY_RATE_LIMIT: '1000',
        INQUIRY_GLOBAL_LIMIT: '100000',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
