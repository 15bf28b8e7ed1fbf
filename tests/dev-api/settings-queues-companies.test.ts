// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, eventually, expectSameShape, login, record, recorded, SEED, start } from './helpers.ts';

let api: RunningApi;
let admin: string;
let agent: string;
let admin2: string;
beforeAll(async () => {
  api = await start({ userLimit: 7, connectionsLimit: 4 });
  admin = (await login(api, SEED.admin1.email)).token;
  agent = (await login(api, SEED.agent1.email)).token;
  admin2 = (await login(api, SEED.admin2.email)).token;
});
afterAll(() => api.close());

const keyValues = (list: { key: string; value: string }[]) => list.map((s) => [s.key, s.value]);

describe('settings', () => {
  it('lists the 14 recorded keys with their defaults', async () => {
    const res = await call(api, 'GET', '/settings', { token: agent });
    expect(res.status).toBe(200);
    expect(keyValues(res.json)).toEqual(keyValues(recorded('10_settings')));
    expect(res.json.every((s: { companyId: number }) => s.companyId === 1)).toBe(true);
    expectSameShape(res.json, '10_settings');
  });

  it('updates a setting (admins only), emits it, and leaves other companies alone', async () => {
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      const res = await call(api, 'PUT', '/settings/userRating', { token: admin, body: { value: 'enabled' } });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ key: 'userRating', value: 'enabled', companyId: 1 });
      const event = await eventually(() => events.named('company-1-settings').find((p) => p.action === 'update'));
      expect(event.setting).toMatchObject({ key: 'userRating', value: 'enabled' });
      const after = (await call(api, 'GET', '/settings', { token: admin })).json;
      expect(after.find((s: { key: string }) => s.key === 'userRating').value).toBe('enabled');
      const other = (await call(api, 'GET', '/settings', { token: admin2 })).json;
      expect(other.find((s: { key: string }) => s.key === 'userRating').value).toBe('disabled');
      expect(
        (await call(api, 'PUT', '/settings/userRating', { token: agent, body: { value: 'disabled' } })).status,
      ).toBe(403);
    } finally {
      socket.close();
    }
  });
});

describe('companies', () => {
  it("gives a user their own company's plan limits", async () => {
    const res = await call(api, 'GET', '/companies/listPlan/1', { token: agent });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: 1, name: 'Empresa 1', plan: { users: 7, connections: 4, queues: 10 } });
    expect(Object.keys(res.json.plan)).toEqual(
      expect.arrayContaining(['id', 'name', 'users', 'connections', 'queues', 'value']),
    );
  });

  it("refuses another company's plan unless super", async () => {
    const res = await call(api, 'GET', '/companies/listPlan/1', { token: admin2 });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'Você não possui permissão para acessar este recurso!' });
    const superAdmin = await call(api, 'GET', '/companies/listPlan/2', { token: admin });
    expect(superAdmin.status).toBe(200);
    expect(superAdmin.json).toMatchObject({ id: 2, name: 'Empresa 2' });
  });

  it('lists companies for super admins only', async () => {
    const res = await call(api, 'GET', '/companies', { token: admin });
    expect(res.status).toBe(200);
    expect(res.json.count).toBe(3);
    expect(res.json.companies.map((c: { name: string }) => c.name).sort()).toEqual([
      'Empresa 1',
      'Empresa 2',
      'Empresa Vencida',
    ]);
    expectSameShape(res.json, '12_companies_super');
    const list = await call(api, 'GET', '/companies/list', { token: admin });
    expectSameShape(list.json, '12b_companies_list_super');
    for (const token of [agent, admin2]) {
      const refused = await call(api, 'GET', '/companies', { token });
      expect(refused.status).toBe(401);
      expect(refused.json).toEqual(recorded('12c_companies_as_non_super'));
    }
  });
});
