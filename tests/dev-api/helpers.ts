/** Shared tooling for the dev-api tests: an in-process server, a fetch wrapper, sockets, recordings. */
import fs from 'node:fs';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { expect } from 'vitest';
import { startApi, type RunningApi, type StartApiOptions } from '../../dev-api/server.ts';
import { CONTRACT_DIR } from '../../scripts/paths.ts';

export const ORIGIN = 'http://localhost:3000';
export const PASSWORD = '123456';
export const INVALID_TOKEN = "Invalid token. We'll try to assign a new one on next request";

/** Seeded rows the tests rely on (dev-api/README.md documents the seed). */
export const SEED = {
  admin1: { id: 1, email: 'admin@admin.com' },
  agent1: { id: 2, email: 'agente@admin.com' },
  admin2: { id: 3, email: 'admin@empresa2.com' },
  expiredAdmin: { id: 4, email: 'admin@vencida.com' },
  queues: { suporte: 1, vendas: 2, atendimento2: 3 },
  whatsapps: { company1: 1, company2: 2 },
  tickets: {
    maria: 1,
    joao: 2,
    ana: 3,
    pedro: 4,
    carla: 5,
    lucas: 6,
    fernanda: 7,
    beatriz2: 8,
    gustavo2: 9,
    helena2: 10,
  },
} as const;

export function start(options: StartApiOptions = {}): Promise<RunningApi> {
  return startApi({ port: 0, dbFile: ':memory:', fakePairingMs: 50, devInbound: true, logErrors: false, ...options });
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  form?: FormData;
  cookie?: string;
  origin?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // Tests read whatever shape the endpoint answers with.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  cookies: string[];
}

export async function call(api: RunningApi, method: string, url: string, o: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.origin !== null) headers.Origin = o.origin ?? ORIGIN;
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  if (o.cookie) headers.Cookie = o.cookie;
  let body: BodyInit | undefined;
  if (o.form) body = o.form;
  else if (o.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(o.body);
  }
  const res = await fetch(api.url + url, { method, headers, body });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, cookies: res.headers.getSetCookie() };
}

/** `jrt=<value>` from a response's Set-Cookie, ready for a Cookie header. */
export function jrtCookie(result: CallResult): string {
  const cookie = result.cookies.find((c) => c.startsWith('jrt='));
  if (!cookie) throw new Error(`no jrt cookie in ${JSON.stringify(result.cookies)}`);
  return cookie.split(';')[0] ?? '';
}

export async function login(api: RunningApi, email: string, password = PASSWORD) {
  const res = await call(api, 'POST', '/auth/login', { body: { email, password } });
  expect(res.status, `login ${email}: ${res.text}`).toBe(200);
  return { token: res.json.token as string, cookie: jrtCookie(res), user: res.json.user };
}

/** A connected socket whose server-side setup is done (the server emits "ready" last). */
export function connect(api: RunningApi, token: string | undefined, origin = ORIGIN): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(api.url, {
      transports: ['websocket'],
      query: token === undefined ? {} : { token },
      extraHeaders: { Origin: origin },
      reconnection: false,
      forceNew: true,
    });
    const timer = setTimeout(() => reject(new Error('socket did not become ready')), 5000);
    socket.once('ready', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

export interface Recorder {
  events: { name: string; payload: any }[];
  named(name: string): any[];
}

export function record(socket: Socket): Recorder {
  const events: { name: string; payload: unknown }[] = [];
  socket.onAny((name: string, payload: unknown) => events.push({ name, payload }));
  return { events, named: (name) => events.filter((e) => e.name === name).map((e) => e.payload) };
}

/** Resolves with the first payload of `event` that passes `test`. */
export function nextEvent(
  socket: Socket,
  event: string,
  test: (payload: any) => boolean = () => true,
  timeoutMs = 3000,
): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs}ms`));
    }, timeoutMs);
    const listener = (payload: unknown) => {
      if (!test(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let sentinels = 0;

/**
 * The events `recorder`'s socket received before a sentinel: a customer writes on `ticketId` (its
 * appMessage must reach the socket) and this waits for that event. Socket.io delivers a socket's packets
 * in order, so whatever the server emitted to the socket earlier has arrived by then: an event missing
 * from the result was never sent, without waiting for a fixed time.
 */
export async function eventsBeforeSentinel(
  api: RunningApi,
  recorder: Recorder,
  ticketId: number,
): Promise<Recorder['events']> {
  const body = `sentinel ${(sentinels += 1)}`;
  const res = await call(api, 'POST', '/dev/inbound', { body: { ticketId, body } });
  expect(res.status, res.text).toBe(200);
  const isSentinel = (e: Recorder['events'][number]) =>
    /-appMessage$/.test(e.name) && e.payload?.message?.body === body;
  await eventually(() => recorder.events.some(isSentinel));
  return recorder.events.slice(0, recorder.events.findIndex(isSentinel));
}

/** Polls until `check` returns something truthy (events recorded earlier count too). */
export async function eventually<T>(check: () => T | undefined | false, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(10);
  }
}

// ---- the recorded contract ------------------------------------------------------------------

/** The JSON body of a recorded response, e.g. recorded("02_auth_login"). */
export function recorded(name: string): any {
  const file = path.join(CONTRACT_DIR, `${name}.http`);
  if (!fs.existsSync(file)) throw new Error(`recording not found: ${file} (dev-api/contract/ holds the recordings)`);
  const response = fs.readFileSync(file, 'utf8').split('## RESPONSE')[1] ?? '';
  const blank = response.indexOf('\n\n');
  const body = blank === -1 ? '' : response.slice(blank).trim();
  return body ? JSON.parse(body) : undefined;
}

/**
 * Every path where `actual` and `expected` differ in keys. Arrays compare their first elements
 * when both have one; null on either side ends the comparison there (null vs object is data).
 */
export function shapeDifferences(actual: unknown, expected: unknown, at = '$'): string[] {
  if (actual === null || expected === null || actual === undefined || expected === undefined) return [];
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return [`${at}: array vs non-array`];
    if (expected.length === 0 || actual.length === 0) return [];
    return shapeDifferences(actual[0], expected[0], `${at}[0]`);
  }
  if (typeof expected === 'object' || typeof actual === 'object') {
    if (typeof expected !== 'object' || typeof actual !== 'object') return [`${at}: object vs non-object`];
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const diffs: string[] = [];
    for (const key of Object.keys(e)) if (!(key in a)) diffs.push(`${at}.${key} missing`);
    for (const key of Object.keys(a)) if (!(key in e)) diffs.push(`${at}.${key} unexpected`);
    for (const key of Object.keys(e)) if (key in a) diffs.push(...shapeDifferences(a[key], e[key], `${at}.${key}`));
    return diffs;
  }
  return [];
}

export function expectSameShape(actual: unknown, recordingName: string, pick: (body: any) => unknown = (b) => b): void {
  expect(shapeDifferences(actual, pick(recorded(recordingName)))).toEqual([]);
}
