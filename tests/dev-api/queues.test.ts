// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, eventually, expectSameShape, login, record, SEED, start } from './helpers.ts';

// The routes follow Atendechat's backend/src/routes/queueRoutes.ts, controllers/QueueController.ts and
// services/QueueService/* (codatendechat db04b8c), checked against the recordings 11, 11b and 11c.

let api: RunningApi;
let admin: string;
let agent: string;
let admin2: string;
beforeAll(async () => {
  api = await start();
  admin = (await login(api, SEED.admin1.email)).token;
  agent = (await login(api, SEED.agent1.email)).token;
  admin2 = (await login(api, SEED.admin2.email)).token;
});
afterAll(() => api.close());

const hours = (startTime: string, endTime: string) =>
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekdayEn) => ({
    weekday: weekdayEn,
    weekdayEn,
    startTime,
    endTime,
  }));

describe('GET /queue', () => {
  it("lists the company's queues by orderQueue in the recorded shape, with the seeded hours", async () => {
    const list = await call(api, 'GET', '/queue', { token: agent });
    expect(list.status).toBe(200);
    expect(list.json.map((q: { name: string }) => q.name)).toEqual(['Suporte', 'Vendas']);
    expectSameShape(list.json, '11c_queue_list_after');
    const suporte = list.json[0];
    expect(suporte.schedules).toHaveLength(7);
    expect(suporte.schedules[0]).toEqual({
      weekday: 'Segunda-feira',
      weekdayEn: 'monday',
      startTime: '08:00',
      endTime: '18:00',
    });
    expect(suporte.outOfHoursMessage).not.toBe('');
    expect((await call(api, 'GET', '/queue', { token: admin2 })).json.map((q: { id: number }) => q.id)).toEqual([
      SEED.queues.atendimento2,
    ]);
  });

  it('puts queues without an order last, as Postgres orders NULLs', async () => {
    const created = await call(api, 'POST', '/queue', {
      token: admin2,
      body: { name: 'Sem ordem', color: '#123123', orderQueue: '' },
    });
    expect(created.json.orderQueue).toBeNull();
    const first = await call(api, 'POST', '/queue', {
      token: admin2,
      body: { name: 'Primeira', color: '#321321', orderQueue: 0 },
    });
    const names = (await call(api, 'GET', '/queue', { token: admin2 })).json.map((q: { name: string }) => q.name);
    expect(names).toEqual(['Primeira', 'Atendimento', 'Sem ordem']);
    await call(api, 'DELETE', `/queue/${created.json.id}`, { token: admin2 });
    await call(api, 'DELETE', `/queue/${first.json.id}`, { token: admin2 });
  });
});

describe('POST, PUT and DELETE /queue', () => {
  it('creates (200, emitted as "update"), updates (201) and deletes (200, "delete") a queue', async () => {
    const socket = await connect(api, admin);
    const other = await connect(api, admin2);
    const events = record(socket);
    const otherEvents = record(other);
    try {
      const created = await call(api, 'POST', '/queue', {
        token: admin,
        body: {
          name: 'Financeiro',
          color: '#ff9800',
          greetingMessage: 'Olá',
          outOfHoursMessage: 'Fechado agora.',
          schedules: hours('09:00', '17:00'),
          orderQueue: 3,
        },
      });
      expect(created.status).toBe(200);
      expect(created.json).toMatchObject({
        name: 'Financeiro',
        color: '#ff9800',
        greetingMessage: 'Olá',
        outOfHoursMessage: 'Fechado agora.',
        schedules: hours('09:00', '17:00'),
        companyId: 1,
        orderQueue: 3,
        integrationId: null,
        promptId: null,
      });
      expectSameShape(created.json, '11b_queue_create');
      await eventually(() =>
        events.named('company-1-queue').find((p) => p.action === 'update' && p.queue.id === created.json.id),
      );

      const updated = await call(api, 'PUT', `/queue/${created.json.id}`, {
        token: admin,
        body: { name: 'Cobrança', color: '#ff9800', schedules: [] },
      });
      expect(updated.status).toBe(201);
      expect(updated.json).toMatchObject({
        id: created.json.id,
        name: 'Cobrança',
        greetingMessage: 'Olá',
        outOfHoursMessage: 'Fechado agora.',
        schedules: [],
        orderQueue: 3,
      });
      await eventually(() =>
        events.named('company-1-queue').find((p) => p.action === 'update' && p.queue.name === 'Cobrança'),
      );

      const removed = await call(api, 'DELETE', `/queue/${created.json.id}`, { token: admin });
      expect(removed.status).toBe(200);
      expect(removed.text).toBe('');
      await eventually(() =>
        events.named('company-1-queue').find((p) => p.action === 'delete' && p.queueId === created.json.id),
      );
      expect((await call(api, 'GET', `/queue/${created.json.id}`, { token: admin })).status).toBe(404);
      expect(otherEvents.named('company-1-queue')).toEqual([]);
    } finally {
      socket.close();
      other.close();
    }
  });

  it("refuses invalid and duplicate names and colours with Atendechat's codes", async () => {
    const refusal = async (method: string, url: string, body: unknown) => {
      const res = await call(api, method, url, { token: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      return res.json.error;
    };
    expect(await refusal('POST', '/queue', { name: 'Suporte', color: '#123456' })).toBe(
      'ERR_QUEUE_NAME_ALREADY_EXISTS',
    );
    expect(await refusal('POST', '/queue', { name: 'Outra', color: '#0000ff' })).toBe('ERR_QUEUE_COLOR_ALREADY_EXISTS');
    expect(await refusal('POST', '/queue', { name: 'Outra', color: 'azul' })).toBe('ERR_QUEUE_INVALID_COLOR');
    expect(await refusal('POST', '/queue', { name: 'Outra' })).toBe('ERR_QUEUE_INVALID_COLOR');
    expect(await refusal('POST', '/queue', { name: 'X', color: '#123456' })).toBe('ERR_QUEUE_INVALID_NAME');
    expect(await refusal('POST', '/queue', { color: '#123456' })).toBe('ERR_QUEUE_INVALID_NAME');
    // Updating, the colour is still required (UpdateQueueService's schema), and the others' are taken.
    const vendas = `/queue/${SEED.queues.vendas}`;
    expect(await refusal('PUT', vendas, { name: 'Vendas 2' })).toBe('ERR_QUEUE_INVALID_COLOR');
    expect(await refusal('PUT', vendas, { name: 'Suporte', color: '#2e7d32' })).toBe('ERR_QUEUE_NAME_ALREADY_EXISTS');
    expect(await refusal('PUT', vendas, { color: '#0000ff' })).toBe('ERR_QUEUE_COLOR_ALREADY_EXISTS');
    expect(await refusal('PUT', vendas, { name: 'V', color: '#2e7d32' })).toBe('ERR_QUEUE_INVALID_NAME');
    // Its own name and colour are not "taken"; colours compare exactly, as Postgres' `=` does.
    const same = await call(api, 'PUT', vendas, { token: admin, body: { name: 'Vendas', color: '#2E7D32' } });
    expect(same.status).toBe(201);
    expect(same.json.color).toBe('#2E7D32');
    await call(api, 'PUT', vendas, { token: admin, body: { color: '#2e7d32' } });
  });

  it("stops at the plan's queue limit with Atendechat's sentence", async () => {
    const ids: number[] = [];
    try {
      for (let n = 3; n <= 10; n += 1) {
        const res = await call(api, 'POST', '/queue', {
          token: admin,
          body: { name: `Fila ${n}`, color: `#0000${String(n).padStart(2, '0')}` },
        });
        expect(res.status, res.text).toBe(200);
        ids.push(res.json.id);
      }
      const over = await call(api, 'POST', '/queue', { token: admin, body: { name: 'Fila 11', color: '#000011' } });
      expect(over.status).toBe(400);
      expect(over.json).toEqual({ error: 'Número máximo de filas já alcançado: 10' });
    } finally {
      for (const id of ids) await call(api, 'DELETE', `/queue/${id}`, { token: admin });
    }
  });

  it('lets an agent write queues too: the backend has no isAdmin on these routes', async () => {
    const res = await call(api, 'POST', '/queue', { token: agent, body: { name: 'Do agente', color: '#abcabc' } });
    expect(res.status).toBe(200);
    expect((await call(api, 'DELETE', `/queue/${res.json.id}`, { token: agent })).status).toBe(200);
  });
});
