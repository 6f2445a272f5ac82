/**
 * Reading a request body safely: a byte cap enforced on what is actually read
 * (Content-Length can lie or be absent), and a parser per content type.
 */
import { isListField, LIST_FIELDS } from '../shared/schema';

/** Largest body accepted, in bytes. */
export const MAX_BODY_BYTES = 32 * 1024;

export type BodyKind = 'json' | 'form';

/** Which parser a content type needs, or `null` when none does. */
export function bodyKind(contentType: string | null): BodyKind | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') return 'form';
  return null;
}

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Reads at most `limit` bytes; throws BodyError(413) past it. */
export async function readLimited(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > limit) throw new BodyError(413, 'too large');
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  // Workers type a request body's chunks as `any`; they are bytes.
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyError(413, 'too large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The submitted fields as a plain object: lists for checkbox groups, strings otherwise. */
export type Submitted = Record<string, unknown>;

/** Parses a body already read. Throws BodyError(400) when it is not what its type says. */
export async function parseBody(
  bytes: Uint8Array<ArrayBuffer>,
  kind: BodyKind,
  contentType: string,
): Promise<Submitted> {
  if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
    } catch {
      throw new BodyError(400, 'malformed JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BodyError(400, 'not an object');
    return value as Submitted;
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    throw new BodyError(400, 'malformed form body');
  }
  const out: Submitted = {};
  for (const name of new Set(form.keys())) {
    // Files are never expected; one counts as an empty value.
    const strings = form.getAll(name).map((v) => (typeof v === 'string' ? v : ''));
    out[name] = isListField(name) ? strings : (strings[0] ?? '');
  }
  // An unticked checkbox group is absent from a form post: it is an empty list.
  for (const name of LIST_FIELDS) out[name] ??= [];
  // The form posts the Turnstile token under Cloudflare's own field name.
  if (typeof out['cf-turnstile-response'] === 'string') out['turnstileToken'] = out['cf-turnstile-response'];
  // Form values are strings; the fill time is a number, and anything else is no timing.
  if (typeof out['fillMs'] === 'string') {
    const ms = Number(out['fillMs']);
    out['fillMs'] = out['fillMs'].trim() === '' || !Number.isFinite(ms) ? undefined : ms;
  }
  if (out['submissionId'] === '') delete out['submissionId'];
  return out;
}
