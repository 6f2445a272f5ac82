/**
 * A small local stand-in for Resend's `POST /emails`, so tests and the benchmark
 * exercise the real SDK over real HTTP without the network. It records every
 * request, honours idempotency keys as Resend documents them, and can be told to
 * fail through a control endpoint:
 *
 *   GET  /__health            200 when listening
 *   GET  /__state             { requests, emails } (emails = delivered, deduplicated)
 *   POST /__reset             forget everything, stop failing
 *   POST /__control           { fail?: number | "always", status?, name?, retryAfter?, delayMs? }
 *
 * Run alone: `node tests/support/resend-stub.ts` (port from RESEND_STUB_PORT, default 8831).
 * Plain Node TypeScript (erasable syntax only) so Node 24 runs it without a build step.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface RecordedRequest {
  /** The JSON body as sent by the SDK (snake_case, e.g. reply_to). */
  body: Record<string, unknown>;
  idempotencyKey: string | null;
  authorization: string | null;
  status: number;
}

export interface StubControl {
  /** Fail this many of the next requests, or every request. */
  fail?: number | 'always';
  /** Status of a failure (default 500). */
  status?: number;
  /** Resend error name of a failure (default internal_server_error / rate_limit_exceeded for 429). */
  name?: string;
  /** Retry-After seconds sent with a failure. */
  retryAfter?: number;
  /** Time each successful request takes, so concurrent requests overlap. */
  delayMs?: number;
}

interface KeyRecord {
  hash: string;
  inFlight: boolean;
  response?: { id: string };
}

export interface ResendStub {
  url: string;
  server: Server;
  requests: RecordedRequest[];
  emails: RecordedRequest[];
  close(): Promise<void>;
}

/** Answers with JSON; returns true so a handler can `return send(...)`. */
function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
  return true;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for await (const chunk of req) {
    const bytes = chunk as Uint8Array;
    size += bytes.byteLength;
    if (size > 1_000_000) throw new Error('body too large');
    text += decoder.decode(bytes, { stream: true });
  }
  return text + decoder.decode();
}

export async function startResendStub(port = 0, host = '127.0.0.1'): Promise<ResendStub> {
  const requests: RecordedRequest[] = [];
  const emails: RecordedRequest[] = [];
  const keys = new Map<string, KeyRecord>();
  let control: StubControl = {};
  let failuresLeft = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://stub').pathname;
      if (req.method === 'GET' && path === '/__health') return send(res, 200, { ok: true });
      if (req.method === 'GET' && path === '/__state') return send(res, 200, { requests, emails });
      if (req.method === 'POST' && path === '/__reset') {
        requests.length = 0;
        emails.length = 0;
        keys.clear();
        control = {};
        failuresLeft = 0;
        return send(res, 200, { ok: true });
      }
      if (req.method === 'POST' && path === '/__control') {
        control = JSON.parse((await readBody(req)) || '{}') as StubControl;
        failuresLeft = control.fail === 'always' ? Number.POSITIVE_INFINITY : (control.fail ?? 0);
        return send(res, 200, { ok: true });
      }
      if (req.method !== 'POST' || path !== '/emails') {
        return send(res, 404, { statusCode: 404, name: 'not_found', message: 'Not found' });
      }

      const raw = await readBody(req);
      const idempotencyKey = req.headers['idempotency-key']?.toString() ?? null;
      const authorization = req.headers.authorization ?? null;
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = {};
      }
      const record = (status: number) => {
        const entry: RecordedRequest = { body, idempotencyKey, authorization, status };
        requests.push(entry);
        return entry;
      };

      if (!authorization?.startsWith('Bearer re_')) {
        record(401);
        return send(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' });
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        const status = control.status ?? 500;
        record(status);
        const name = control.name ?? (status === 429 ? 'rate_limit_exceeded' : 'internal_server_error');
        const headers: Record<string, string> =
          control.retryAfter !== undefined ? { 'Retry-After': String(control.retryAfter) } : {};
        return send(res, status, { statusCode: status, name, message: `Stubbed failure (${name})` }, headers);
      }
      for (const field of ['from', 'to', 'subject']) {
        if (!body[field]) {
          record(422);
          return send(res, 422, {
            statusCode: 422,
            name: 'missing_required_field',
            message: `Missing \`${field}\` field.`,
          });
        }
      }

      // Idempotency as Resend documents it: same key and payload → the first answer;
      // same key, other payload → 409 invalid_idempotent_request; while the first
      // is still being processed → 409 concurrent_idempotent_requests.
      const hash = createHash('sha256').update(raw).digest('hex');
      const known = idempotencyKey ? keys.get(idempotencyKey) : undefined;
      if (known) {
        if (known.hash !== hash) {
          record(409);
          return send(res, 409, {
            statusCode: 409,
            name: 'invalid_idempotent_request',
            message: 'Same idempotency key used with a different request payload.',
          });
        }
        if (known.inFlight) {
          record(409);
          return send(res, 409, {
            statusCode: 409,
            name: 'concurrent_idempotent_requests',
            message: 'Same idempotency key used while original request is still in progress.',
          });
        }
        record(200);
        return send(res, 200, known.response);
      }
      const entry: KeyRecord = { hash, inFlight: true };
      if (idempotencyKey) keys.set(idempotencyKey, entry);
      if (control.delayMs) await new Promise((r) => setTimeout(r, control.delayMs));
      entry.response = { id: randomUUID() };
      entry.inFlight = false;
      emails.push(record(200));
      return send(res, 200, entry.response);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { statusCode: 500, name: 'application_error', message: String(error) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    server,
    requests,
    emails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Run alone (Playwright's webServer, the benchmark): listen until killed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env['RESEND_STUB_PORT'] ?? 8831);
  const stub = await startResendStub(port);
  console.log(`Resend stub listening at ${stub.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void stub.close().then(() => process.exit(0)));
}
