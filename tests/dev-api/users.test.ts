// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, eventually, expectSameShape, login, record, recorded, SEED, start } from './helpers.ts';

let api: RunningApi;
let admin: string;
let agent: string;
beforeAll(async () => {
  api = await start();
  admin = (await login(api, SEED.admin1.email)).token;
  agent = (await login(api, SEED.agent1.email)).token;
});
afterAll(() => api.close());

const newUser = (n: string | number) => ({
  name: `Atendente ${n}`,
  email: `user${n}@example.com`,
  password: '123456',
  profile: 'user',
  queueIds: [],
});

describe('GET /users', () => {
  it("lists the company's users, newest first, in the recorded shape (agents may list too)", async () => {
    const res = await call(api, 'GET', '/users?pageNumber=1&searchParam=', { token: agent });
    expect(res.status).toBe(200);
    expect(res.json.count).toBe(2);
    expect(res.json.users.map((u: { email: string }) => u.email).sort()).toEqual([
      SEED.admin1.email,
      SEED.agent1.email,
    ]);
    expectSameShape(res.json, '08b_users_list_after');
    const search = await call(api, 'GET', '/users?searchParam=AGENTE', { token: admin });
    expect(search.json.users.map((u: { id: number }) => u.id)).toEqual([SEED.agent1.id]);
  });
});

describe('POST /users', () => {
  it('creates a user (admin only) and emits it', async () => {
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      const res = await call(api, 'POST', '/users', {
        token: admin,
        body: { ...newUser('Um'), queueIds: [SEED.queues.suporte] },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        name: 'Atendente Um',
        email: 'userUm@example.com',
        profile: 'user',
        companyId: 1,
        super: false,
        allTicket: 'desabled',
      });
      expect(res.json.queues.map((q: { id: number }) => q.id)).toEqual([SEED.queues.suporte]);
      expectSameShape(res.json, '09_users_create');
      await eventually(() =>
        events.named('company-1-user').find((p) => p.action === 'create' && p.user.id === res.json.id),
      );
      expect((await login(api, 'userUm@example.com')).user.id).toBe(res.json.id);
    } finally {
      socket.close();
    }
  });

  it('refuses a duplicate email and invalid fields with the recorded messages', async () => {
    const dup = await call(api, 'POST', '/users', {
      token: admin,
      body: { name: 'Atendente Dup', email: SEED.agent1.email, password: '123456', profile: 'user' },
    });
    expect(dup.status).toBe(400);
    expect(dup.json).toEqual(recorded('09b_users_create_duplicate_email'));
    const invalid = await call(api, 'POST', '/users', {
      token: admin,
      body: { name: 'A', email: 'notanemail', password: '1' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual(recorded('09c_users_create_invalid'));
    const badEmail = await call(api, 'POST', '/users', {
      token: admin,
      body: { name: 'Ab', email: 'notanemail', password: '123456' },
    });
    expect(badEmail.json).toEqual({ error: 'email must be a valid email' });
  });

  it('refuses non-admins with 403 ERR_NO_PERMISSION', async () => {
    const res = await call(api, 'POST', '/users', {
      token: agent,
      body: { name: 'X Y', email: 'xy@example.com', password: '123456' },
    });
    expect(res.status).toBe(403);
    expect(res.json).toEqual(recorded('09e_users_create_as_non_admin'));
    expect(
      (await call(api, 'PUT', `/users/${SEED.agent1.id}`, { token: agent, body: { name: 'Eu mesmo' } })).status,
    ).toBe(403);
    expect((await call(api, 'DELETE', `/users/${SEED.admin1.id}`, { token: agent })).status).toBe(403);
  });

  it("stops at the plan's user limit, before validating the request", async () => {
    const own = await start({ userLimit: 3 });
    try {
      const token = (await login(own, SEED.admin1.email)).token;
      expect((await call(own, 'POST', '/users', { token, body: newUser(3) })).status).toBe(200);
      const over = await call(own, 'POST', '/users', { token, body: newUser(4) });
      expect(over.status).toBe(400);
      expect(over.json).toEqual({ error: 'Número máximo de usuários já alcançado: 3' });
      const invalid = await call(own, 'POST', '/users', { token, body: { name: 'A' } });
      expect(invalid.json).toEqual({ error: 'Número máximo de usuários já alcançado: 3' });
      // The recorded message names the limit the same way.
      expect(recorded('09d_users_create_over_plan_limit').error).toMatch(
        /^Número máximo de usuários já alcançado: \d+$/,
      );
      // Another company's count is its own.
      const token2 = (await login(own, SEED.admin2.email)).token;
      expect((await call(own, 'POST', '/users', { token: token2, body: newUser('e2') })).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe('PUT and DELETE /users/:id', () => {
  it('updates name, profile, queues and password', async () => {
    const res = await call(api, 'PUT', `/users/${SEED.agent1.id}`, {
      token: admin,
      body: {
        name: 'Agente Sênior',
        profile: 'admin',
        queueIds: [SEED.queues.suporte, SEED.queues.vendas],
        password: 'novasenha',
      },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: SEED.agent1.id, name: 'Agente Sênior', profile: 'admin' });
    expect(res.json.queues.map((q: { id: number }) => q.id)).toEqual([SEED.queues.suporte, SEED.queues.vendas]);
    await login(api, SEED.agent1.email, 'novasenha');
    const taken = await call(api, 'PUT', `/users/${SEED.agent1.id}`, {
      token: admin,
      body: { email: SEED.admin1.email },
    });
    expect(taken.json).toEqual({ error: 'An user with this email already exists.' });
    const shown = await call(api, 'GET', `/users/${SEED.agent1.id}`, { token: admin });
    expect(shown.json).toMatchObject({
      id: SEED.agent1.id,
      name: 'Agente Sênior',
      company: { id: 1, name: 'Empresa 1' },
    });
  });

  it('deletes a user; their open tickets go back to pending', async () => {
    const res = await call(api, 'DELETE', `/users/${SEED.agent1.id}`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: 'User deleted' });
    expect((await call(api, 'GET', `/users/${SEED.agent1.id}`, { token: admin })).status).toBe(404);
    const joao = await call(api, 'GET', `/tickets/${SEED.tickets.joao}`, { token: admin });
    expect(joao.json).toMatchObject({ status: 'pending', userId: null });
  });
});
