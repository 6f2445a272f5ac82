/**
 * The remote vendors, stood in for on this machine. A deployed function sends its secrets
 * only to https://api.resend.com and https://challenges.cloudflare.com (config.ts,
 * foreignVendorEndpoint), so a test of a deployed request leaves RESEND_BASE_URL and
 * TURNSTILE_VERIFY_URL unset, and the function uses the production URLs. For each test,
 * `useVendorRoutes` answers those two origins from local servers, as a DNS override would:
 * the same method, path, headers and body, over real HTTP (the Resend SDK still makes its
 * own requests). A loopback request goes through as it is; a request to any other host is
 * refused, recorded, and fails the test: a test must not reach the network.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { RESEND_ORIGIN } from '../../../src/features/inquiry/server/config';
import { TURNSTILE_ACTION } from '../../../src/features/inquiry/shared/turnstile';
import { TURNSTILE_ORIGIN } from '../../../src/security/headers';
import type { ResendStub } from '../../support/resend-stub';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const SITEVERIFY_PATH = '/turnstile/v0/siteverify';

/** A local stand-in for Turnstile's siteverify endpoint. */
export interface Siteverify {
  url: string;
  /** The forms posted to it (secret, response, remoteip), in order. */
  posted: URLSearchParams[];
  close(): Promise<void>;
}

/**
 * Starts a siteverify stand-in on 127.0.0.1 that records each form posted to
 * /turnstile/v0/siteverify and answers it with `answer(form)`. The function posts
 * multipart form data, as Cloudflare documents; another path is a 404.
 */
export async function startSiteverify(answer: (form: URLSearchParams) => unknown): Promise<Siteverify> {
  const posted: URLSearchParams[] = [];
  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://stand-in').pathname !== SITEVERIFY_PATH) {
      req.resume();
      reply(res, 404, { success: false, 'error-codes': ['not-found'] });
      return;
    }
    const body = new Response(Readable.toWeb(req), {
      headers: { 'Content-Type': req.headers['content-type'] ?? '' },
    });
    body.formData().then(
      (data) => {
        const form = new URLSearchParams([...data].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
        posted.push(form);
        reply(res, 200, answer(form));
      },
      () => reply(res, 400, { success: false, 'error-codes': ['bad-request'] }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    posted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A Turnstile token as the routed siteverify stand-in reads it: solved on the host of
 * `origin` for `action` (the inquiry form's, unless another is named).
 */
export const solvedToken = (origin: string, action = TURNSTILE_ACTION) =>
  `solved:${new URL(origin).hostname}:${action}`;

/**
 * What siteverify answers, as Cloudflare does: a token of `solvedToken` succeeds, naming the
 * hostname and action it was solved for; any other token, or a form without the secret,
 * fails. (Unlike siteverify, it answers a token more than once.)
 */
function siteverifyAnswer(form: URLSearchParams): Record<string, unknown> {
  if (!form.get('secret')) return { success: false, 'error-codes': ['missing-input-secret'] };
  const solved = /^solved:([^:]+):([^:]*)$/.exec(form.get('response') ?? '');
  if (!solved) return { success: false, 'error-codes': ['invalid-input-response'] };
  const [, hostname, action] = solved;
  return { success: true, challenge_ts: new Date().toISOString(), hostname, action, 'error-codes': [] };
}

export interface VendorRoutes {
  /** The forms the function posted to Turnstile's siteverify in this test. */
  siteverify: URLSearchParams[];
  /** The origins of the requests refused in this test: any host but loopback and the vendors stood in for. */
  refused: string[];
  /** Sends a vendor origin's requests to `baseUrl` for the rest of this test, as another DNS record would. */
  route(vendorOrigin: string, baseUrl: string): void;
}

export interface VendorStandIns {
  /** Stand in for Resend (https://api.resend.com) with this local stub. */
  resend?: () => ResendStub;
  /** Stand in for Turnstile's siteverify (https://challenges.cloudflare.com), accepting `solvedToken`s. */
  turnstile?: boolean;
}

/**
 * Routes the vendors' origins to local stand-ins during each test of the file or describe
 * block it is called in (after `useResendStub`); with no stand-in named, every request that
 * would leave this machine is refused and recorded. The returned function gives this
 * test's routes.
 */
export function useVendorRoutes({ resend, turnstile = false }: VendorStandIns = {}): () => VendorRoutes {
  const realFetch = globalThis.fetch;
  let siteverify: Siteverify | undefined;
  let current: VendorRoutes | undefined;
  let spy: { mockRestore(): void } | undefined;

  beforeAll(async () => {
    if (turnstile) siteverify = await startSiteverify(siteverifyAnswer);
  });
  afterAll(() => siteverify?.close());

  beforeEach(() => {
    const routes = new Map<string, string>();
    if (resend) routes.set(RESEND_ORIGIN, resend().url);
    if (siteverify) {
      siteverify.posted.length = 0;
      routes.set(TURNSTILE_ORIGIN, siteverify.url);
    }
    const refused: string[] = [];
    current = {
      siteverify: siteverify?.posted ?? [],
      refused,
      route: (vendorOrigin, baseUrl) => routes.set(vendorOrigin, baseUrl),
    };
    spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (LOOPBACK.has(url.hostname)) return realFetch(input, init);
      const baseUrl = routes.get(url.origin);
      if (baseUrl === undefined) {
        refused.push(url.origin);
        return Promise.reject(new TypeError(`fetch failed: ${url.origin} is not reachable from the unit tests`));
      }
      const target = new URL(`${url.pathname}${url.search}`, baseUrl);
      return input instanceof Request ? realFetch(new Request(target, input), init) : realFetch(target, init);
    });
  });

  afterEach(() => {
    spy?.mockRestore();
    const refused = current?.refused ?? [];
    if (refused.length) throw new Error(`The test tried to reach the network: ${refused.join(', ')}`);
  });

  return () => {
    if (!current) throw new Error('No vendor routes outside a test: call useVendorRoutes() at the top of the file.');
    return current;
  };
}
