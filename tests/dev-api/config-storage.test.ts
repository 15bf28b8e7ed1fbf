// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS, loadConfig } from '../../dev-api/config.ts';
import { call, login, SEED, start } from './helpers.ts';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: undefined,
      dbFile: '.cache/dev-api.sqlite',
      frontendOrigins: ['http://localhost:5173', 'http://localhost:4173', 'http://localhost:3000'],
      jwtSecret: DEFAULTS.jwtSecret,
      jwtRefreshSecret: DEFAULTS.jwtRefreshSecret,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 604800,
      userLimit: 10,
      connectionsLimit: 10,
      fakePairingMs: 3000,
      devInbound: false,
      seed: 'demo',
    });
  });

  it('API_SEED=bench asks for the long history; another value is refused', () => {
    expect(loadConfig({ API_SEED: 'bench' }).seed).toBe('bench');
    expect(() => loadConfig({ API_SEED: 'huge' })).toThrow(/API_SEED/);
  });

  it('reads every variable, treating empty ones as unset', () => {
    const config = loadConfig({
      API_PORT: '9090',
      API_HOST: '127.0.0.1',
      API_DB: '/tmp/x.sqlite',
      FRONTEND_URL: ' https://app-a.example.com/ ,http://localhost:5173',
      JWT_SECRET: 'a',
      JWT_REFRESH_SECRET: 'b',
      ACCESS_TOKEN_TTL: '60',
      REFRESH_TOKEN_TTL: '120',
      USER_LIMIT: '3',
      CONNECTIONS_LIMIT: '',
      FAKE_PAIRING_MS: '0',
      DEV_INBOUND: '1',
    });
    expect(config).toMatchObject({
      port: 9090,
      host: '127.0.0.1',
      dbFile: '/tmp/x.sqlite',
      frontendOrigins: ['https://app-a.example.com', 'http://localhost:5173'],
      jwtSecret: 'a',
      jwtRefreshSecret: 'b',
      accessTokenTtlSeconds: 60,
      refreshTokenTtlSeconds: 120,
      userLimit: 3,
      connectionsLimit: 10,
      fakePairingMs: 0,
      devInbound: true,
    });
    expect(loadConfig({ NODE_ENV: 'test' }).devInbound).toBe(true);
  });

  it('names the variables it cannot use', () => {
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT/);
    expect(() => loadConfig({ USER_LIMIT: '0', DEV_INBOUND: 'yes' })).toThrow(/USER_LIMIT[\s\S]*DEV_INBOUND/);
  });
});

describe('database file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-api-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates its folder and seeds a new file, keeps data across restarts, and rebuilds an outdated file', async () => {
    const file = path.join(dir, 'nested', 'folder', 'dev-api.sqlite');
    let api = await start({ dbFile: file });
    try {
      const token = (await login(api, SEED.admin1.email)).token;
      expect(
        (await call(api, 'POST', '/contacts', { token, body: { name: 'Persistente', number: '5511955554444' } }))
          .status,
      ).toBe(200);
    } finally {
      await api.close();
    }
    expect(fs.existsSync(file)).toBe(true);

    api = await start({ dbFile: file, userLimit: 4 });
    try {
      const token = (await login(api, SEED.admin1.email)).token;
      expect((await call(api, 'GET', '/contacts?searchParam=Persistente', { token })).json.count).toBe(1);
      // Limits follow the configuration even for an existing file.
      expect((await call(api, 'GET', '/companies/listPlan/1', { token })).json.plan.users).toBe(4);
    } finally {
      await api.close();
    }

    const raw = new Database(file);
    raw.pragma('user_version = 0');
    raw.close();
    api = await start({ dbFile: file });
    try {
      const token = (await login(api, SEED.admin1.email)).token;
      expect((await call(api, 'GET', '/contacts?searchParam=Persistente', { token })).json.count).toBe(0);
      expect((await call(api, 'GET', '/contacts', { token })).json.count).toBe(8);
    } finally {
      await api.close();
    }
  });
});
