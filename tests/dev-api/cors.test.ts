// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, login, start } from './helpers.ts';

let api: RunningApi;
beforeAll(async () => {
  api = await start();
});
afterAll(() => api.close());

const preflight = (
  target: RunningApi,
  path: string,
  origin: string,
  method = 'GET',
  headers = 'authorization,content-type',
) =>
  call(target, 'OPTIONS', path, {
    origin,
    headers: { 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
  });

describe('CORS over HTTP', () => {
  it('answers a preflight from an allowed origin with that origin and credentials (as 14_cors_preflight)', async () => {
    const res = await preflight(api, '/tickets', 'http://localhost:3000');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,PUT,PATCH,POST,DELETE');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
  });

  it('allows each default frontend origin (vite dev, vite preview, CRA-style)', async () => {
    for (const origin of ['http://localhost:5173', 'http://localhost:4173', 'http://localhost:3000']) {
      const res = await call(api, 'POST', '/auth/login', {
        origin,
        body: { email: 'admin@admin.com', password: '123456' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    }
  });

  it('gives another origin no Access-Control-Allow-Origin, on preflight and simple requests', async () => {
    const pre = await preflight(api, '/auth/login', 'http://evil.example', 'POST', 'content-type');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const simple = await call(api, 'POST', '/auth/login', {
      origin: 'http://evil.example',
      body: { email: 'admin@admin.com', password: 'wrong' },
    });
    expect(simple.status).toBe(401);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    // 127.0.0.1 is another site than localhost for cookies, and another origin for CORS.
    const ip = await call(api, 'POST', '/auth/login', { origin: 'http://127.0.0.1:3000', body: {} });
    expect(ip.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still answers requests without an Origin (curl, server-to-server), without CORS headers', async () => {
    const res = await call(api, 'POST', '/auth/login', {
      origin: null,
      body: { email: 'admin@admin.com', password: '123456' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('follows frontendOrigins when given', async () => {
    const custom = await start({ frontendOrigins: ['https://app-acme.example.com'] });
    try {
      const allowed = await preflight(custom, '/tickets', 'https://app-acme.example.com');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app-acme.example.com');
      const dflt = await preflight(custom, '/tickets', 'http://localhost:3000');
      expect(dflt.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await custom.close();
    }
  });
});

describe('CORS for socket.io', () => {
  it('allows the handshake from an allowed origin only', async () => {
    const { token } = await login(api, 'admin@admin.com');
    const handshake = (origin: string) =>
      call(api, 'GET', `/socket.io/?EIO=4&transport=polling&token=${encodeURIComponent(token)}`, { origin });
    const ok = await handshake('http://localhost:5173');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await handshake('http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('connects over websocket from an allowed origin', async () => {
    const { token } = await login(api, 'admin@admin.com');
    const socket = await connect(api, token, 'http://localhost:5173');
    expect(socket.connected).toBe(true);
    socket.close();
  });

  it('refuses a websocket from another origin (CORS does not cover upgrades)', async () => {
    const { token } = await login(api, 'admin@admin.com');
    await expect(connect(api, token, 'http://evil.example')).rejects.toThrow();
  });
});
