// @vitest-environment node
// No recording of quick messages exists: these follow Atendechat's QuickMessageController and its services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, eventually, login, record, SEED, start } from './helpers.ts';

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

const shortcodes = (records: { shortcode: string }[]) => records.map((r) => r.shortcode);

describe('GET /quick-messages', () => {
  it("lists the user's own quick answers by shortcode, searching the shortcode only", async () => {
    const res = await call(api, 'GET', `/quick-messages?searchParam=&pageNumber=1&userId=${SEED.admin1.id}`, {
      token: admin,
    });
    expect(res.status).toBe(200);
    expect(shortcodes(res.json.records)).toEqual(['obrigado', 'ola', 'prazo']);
    expect(res.json).toMatchObject({ count: 3, hasMore: false });
    expect(res.json.records[1]).toEqual({
      id: 1,
      shortcode: 'ola',
      message: '{{ms}}, {{name}}! Como posso ajudar?',
      companyId: 1,
      userId: SEED.admin1.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      mediaPath: null,
      mediaName: null,
    });
    const search = await call(api, 'GET', `/quick-messages?searchParam=%20PRA%20&userId=${SEED.admin1.id}`, {
      token: admin,
    });
    expect(shortcodes(search.json.records)).toEqual(['prazo']);
    // The message is not searched (the backend's condition on it is commented out).
    const inMessage = await call(api, 'GET', `/quick-messages?searchParam=ajudar&userId=${SEED.admin1.id}`, {
      token: admin,
    });
    expect(inMessage.json.records).toEqual([]);
  });

  it("is per user (an agent sees theirs), nothing without userId, nothing of another company's user", async () => {
    const mine = await call(api, 'GET', `/quick-messages?userId=${SEED.agent1.id}`, { token: agent });
    expect(shortcodes(mine.json.records)).toEqual(['senha']);
    const none = await call(api, 'GET', '/quick-messages', { token: agent });
    expect(none.json).toEqual({ records: [], count: 0, hasMore: false });
    const other = await call(api, 'GET', `/quick-messages?userId=${SEED.admin2.id}`, { token: admin });
    expect(other.json.records).toEqual([]);
  });

  it('pages 20 at a time', async () => {
    const user = await login(api, SEED.admin2.email);
    for (let n = 0; n < 21; n++) {
      const created = await call(api, 'POST', '/quick-messages', {
        token: user.token,
        body: { shortcode: `pg${String(n).padStart(2, '0')}`, message: 'página' },
      });
      expect(created.status).toBe(200);
    }
    const first = await call(api, 'GET', `/quick-messages?searchParam=pg&pageNumber=1&userId=${SEED.admin2.id}`, {
      token: admin2,
    });
    expect(first.json.records).toHaveLength(20);
    expect(first.json).toMatchObject({ count: 21, hasMore: true });
    const second = await call(api, 'GET', `/quick-messages?searchParam=pg&pageNumber=2&userId=${SEED.admin2.id}`, {
      token: admin2,
    });
    expect(shortcodes(second.json.records)).toEqual(['pg20']);
    expect(second.json.hasMore).toBe(false);
  });
});

describe('GET /quick-messages/list', () => {
  it("answers every quick answer of the user, with the company; another company's id lists nothing", async () => {
    const res = await call(api, 'GET', `/quick-messages/list?companyId=1&userId=${SEED.admin1.id}`, { token: admin });
    expect(res.status).toBe(200);
    expect(shortcodes(res.json)).toEqual(['obrigado', 'ola', 'prazo']);
    expect(res.json[0].company).toEqual({ id: 1, name: 'Empresa 1' });
    const other = await call(api, 'GET', `/quick-messages/list?companyId=2&userId=${SEED.admin2.id}`, {
      token: admin,
    });
    expect(other.json).toEqual([]);
  });
});

describe('POST, PUT, DELETE /quick-messages', () => {
  it('refuses missing fields with Yup’s sentences (last field first), short ones with the service’s code', async () => {
    const both = await call(api, 'POST', '/quick-messages', { token: agent, body: {} });
    expect(both).toMatchObject({ status: 400, json: { error: 'message is a required field' } });
    const noShortcode = await call(api, 'POST', '/quick-messages', { token: agent, body: { message: 'Olá!' } });
    expect(noShortcode.json).toEqual({ error: 'shortcode is a required field' });
    const short = await call(api, 'POST', '/quick-messages', {
      token: agent,
      body: { shortcode: 'ab', message: 'Olá!' },
    });
    expect(short).toMatchObject({ status: 400, json: { error: 'ERR_QUICKMESSAGE_INVALID_NAME' } });
    const update = await call(api, 'PUT', '/quick-messages/4', { token: agent, body: { shortcode: 'senha' } });
    expect(update).toMatchObject({ status: 400, json: { error: 'message is a required field' } });
  });

  it('creates, updates (the editor becomes the owner) and deletes, each announced to the company', async () => {
    const socket = await connect(api, admin);
    const other = await connect(api, admin2);
    const events = record(socket);
    const otherEvents = record(other);
    try {
      const created = await call(api, 'POST', '/quick-messages', {
        token: agent,
        body: { shortcode: 'boleto', message: 'Segue o boleto, {{name}}.' },
      });
      expect(created.status).toBe(200);
      expect(created.json).toMatchObject({
        shortcode: 'boleto',
        companyId: 1,
        userId: SEED.agent1.id,
        mediaPath: null,
      });
      const id: number = created.json.id;
      await eventually(() =>
        events.named('company-1-quickmessage').find((p) => p.action === 'create' && p.record.id === id),
      );

      // Short texts pass on update: UpdateService checks nothing more than the controller.
      const updated = await call(api, 'PUT', `/quick-messages/${id}`, {
        token: admin,
        body: { shortcode: 'bo', message: 'ok' },
      });
      expect(updated.json).toMatchObject({ id, shortcode: 'bo', message: 'ok', userId: SEED.admin1.id });
      await eventually(() =>
        events.named('company-1-quickmessage').find((p) => p.action === 'update' && p.record.message === 'ok'),
      );
      expect((await call(api, 'GET', `/quick-messages/${id}`, { token: agent })).json.shortcode).toBe('bo');

      const removed = await call(api, 'DELETE', `/quick-messages/${id}`, { token: agent });
      expect(removed).toMatchObject({ status: 200, json: { message: 'Contact deleted' } });
      await eventually(() =>
        events.named('company-1-quickmessage').find((p) => p.action === 'delete' && p.id === String(id)),
      );
      const again = await call(api, 'DELETE', `/quick-messages/${id}`, { token: agent });
      expect(again).toMatchObject({ status: 404, json: { error: 'ERR_NO_QUICKMESSAGE_FOUND' } });
      expect(otherEvents.named('company-1-quickmessage')).toEqual([]);
    } finally {
      socket.disconnect();
      other.disconnect();
    }
  });

  it("never shows, changes or deletes another company's quick answer", async () => {
    const show = await call(api, 'GET', '/quick-messages/5', { token: admin });
    expect(show).toMatchObject({ status: 404, json: { error: 'ERR_NO_TICKETNOTE_FOUND' } });
    const update = await call(api, 'PUT', '/quick-messages/5', {
      token: admin,
      body: { shortcode: 'nota', message: 'mudado' },
    });
    expect(update.status).toBe(404);
    expect((await call(api, 'DELETE', '/quick-messages/5', { token: admin })).status).toBe(404);
    expect((await call(api, 'GET', '/quick-messages/5', { token: admin2 })).json.message).toContain('nota fiscal');
  });
});

describe('media', () => {
  it('attaches a file (public under /public/quickMessage/), then removes it', async () => {
    const form = new FormData();
    form.append('typeArch', 'quickMessage');
    form.append('file', new Blob(['%PDF-1.4 demo'], { type: 'application/pdf' }), 'tabela de precos.pdf');
    const res = await call(api, 'POST', '/quick-messages/2/media-upload', { token: admin, form });
    expect(res).toMatchObject({ status: 200, json: { mensagem: 'Arquivo Anexado' } });
    const shown = (await call(api, 'GET', '/quick-messages/2', { token: admin })).json;
    expect(shown.mediaName).toBe('tabela de precos.pdf');
    expect(shown.mediaPath).toBe(`${api.url}/public/quickMessage/tabela_de_precos.pdf`);
    const file = await fetch(shown.mediaPath);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('%PDF-1.4 demo');

    const none = await call(api, 'POST', '/quick-messages/2/media-upload', { token: admin, form: new FormData() });
    expect(none.status).toBe(400);

    const removed = await call(api, 'DELETE', '/quick-messages/2/media-upload', { token: admin });
    expect(removed.json).toEqual({ mensagem: 'Arquivo Excluído' });
    expect((await call(api, 'GET', '/quick-messages/2', { token: admin })).json).toMatchObject({
      mediaPath: null,
      mediaName: null,
    });
    expect((await fetch(shown.mediaPath)).status).toBe(404);
  });
});
