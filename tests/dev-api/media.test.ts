// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaStore, mediaTypeOf, safeFileName } from '../../dev-api/media.ts';
import { SAMPLE_MEDIA_DIR } from '../../dev-api/seed.ts';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, eventually, login, record, type Answer, type Recorder, SEED, start } from './helpers.ts';

let api: RunningApi;
let admin: string;
let socket: Socket;
let events: Recorder;
beforeAll(async () => {
  api = await start();
  admin = (await login(api, SEED.admin1.email)).token;
  socket = await connect(api, admin);
  events = record(socket);
  await socket.emitWithAck('joinChatBox', String(SEED.tickets.maria));
});
afterAll(async () => {
  socket.close();
  await api.close();
});

async function inbound(fields: Record<string, string>, file?: { sample: string; type: string; name?: string }) {
  const form = new FormData();
  form.append('ticketId', String(SEED.tickets.maria));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file)
    form.append(
      'media',
      new Blob([readFileSync(SAMPLE_MEDIA_DIR + file.sample)], { type: file.type }),
      file.name ?? file.sample,
    );
  const res = await fetch(`${api.url}/dev/inbound`, { method: 'POST', body: form });
  return { status: res.status, json: (await res.json()) as Answer };
}

describe('media files', () => {
  it('mediaType is the MIME type’s first half, as Atendechat; names stay inside the folder', () => {
    expect(
      ['image/png', 'audio/ogg; codecs=opus', 'video/mp4', 'application/pdf', 'text/plain'].map(mediaTypeOf),
    ).toEqual(['image', 'audio', 'video', 'application', 'text']);
    expect(safeFileName('../../etc/passwd.pdf')).toBe('.._.._etc_passwd.pdf');
    expect(safeFileName('..')).toBe('_');
    expect(safeFileName('a\u202Efdp.exe')).toBe('a_fdp.exe');
    expect(safeFileName('Nota fiscal.pdf')).toBe('Nota_fiscal.pdf');
  });

  it('are written to disk next to a database file, emptied with a fresh one; a temporary folder for :memory:', () => {
    const dir = mkdtempSync(join(tmpdir(), 'media-test-'));
    try {
      const store = MediaStore.open(join(dir, 'db.sqlite'), true);
      expect(store.dir).toBe(join(dir, 'db-public'));
      const name = store.save('foto.png', Buffer.from('x'));
      expect(name).toMatch(/^\d{13}_foto\.png$/);
      expect(store.save('foto.png', Buffer.from('y'), { keepName: false })).toMatch(/^\d{13}\.png$/);
      expect(readdirSync(store.dir)).toHaveLength(2);
      expect(readdirSync(MediaStore.open(join(dir, 'db.sqlite'), false).dir)).toHaveLength(2);
      expect(readdirSync(MediaStore.open(join(dir, 'db.sqlite'), true).dir)).toHaveLength(0);
      const memory = MediaStore.open(':memory:', true);
      expect(existsSync(memory.dir)).toBe(true);
      memory.close();
      expect(existsSync(memory.dir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the seed gives ticket 6 one message of each kind, served at mediaUrl', async () => {
    const page = await call(api, 'GET', `/messages/${SEED.tickets.lucas}`, { token: admin });
    const types = page.json.messages.map((m: Answer) => m.mediaType);
    expect(types).toEqual(
      expect.arrayContaining(['image', 'audio', 'video', 'application', 'locationMessage', 'contactMessage']),
    );
    for (const m of page.json.messages.filter((m: Answer) => m.mediaUrl)) {
      const file = await fetch(m.mediaUrl);
      expect(file.status, m.mediaUrl).toBe(200);
    }
    expect(page.json.messages.some((m: Answer) => m.quotedMsg?.mediaType === 'image')).toBe(true);
    expect(page.json.messages.some((m: Answer) => m.isEdited)).toBe(true);
    expect((await fetch(`${api.url}/public/nope.png`)).status).toBe(404);
  });
});

describe('POST /dev/inbound with a file', () => {
  it('stores each kind as wbotMessageListener does, and emits the create', async () => {
    const photo = await inbound({ body: 'Olha' }, { sample: 'photo.png', type: 'image/png' });
    expect(photo.status).toBe(200);
    expect(photo.json.message).toMatchObject({ mediaType: 'image', body: 'Olha', fromMe: false });
    expect(photo.json.message.mediaUrl).toMatch(new RegExp(`^${api.url}/public/\\d{13}\\.png$`));
    const served = await fetch(photo.json.message.mediaUrl);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(readFileSync(SAMPLE_MEDIA_DIR + 'photo.png'));
    await eventually(() =>
      events.named('company-1-appMessage').find((p) => p.action === 'create' && p.message.id === photo.json.message.id),
    );

    const voice = await inbound({}, { sample: 'voice.ogg', type: 'audio/ogg' });
    expect(voice.json.message).toMatchObject({ mediaType: 'audio', body: 'Áudio' });
    const pdf = await inbound({}, { sample: 'document.pdf', type: 'application/pdf', name: '../../etc/passwd.pdf' });
    expect(pdf.json.message).toMatchObject({ mediaType: 'application', body: '-' });
    expect(pdf.json.message.mediaUrl).toMatch(/\/public\/\d{13}_.._.._etc_passwd\.pdf$/);
    expect(pdf.json.ticket.lastMessage).toBe('Arquivo de mídia');
    const card = await inbound({}, { sample: 'contact.vcf', type: 'text/vcard' });
    expect(card.json.message).toMatchObject({ mediaType: 'contactMessage', mediaUrl: null });
    expect(card.json.message.body).toContain('FN:Roberta Souza');
    const place = await inbound({ latitude: '-23.5', longitude: '-46.6', description: 'Aqui' });
    expect(place.json.message.mediaType).toBe('locationMessage');
    expect(place.json.message.body).toMatch(
      /^data:image\/png;base64, .+ \| https:\/\/maps\.google\.com\/maps\?q=-23\.5%2C-46\.6&z=17&hl=pt-BR\|Aqui$/,
    );
    const sticker = await inbound({ sticker: '1' }, { sample: 'sticker.webp', type: 'image/webp' });
    expect(sticker.json.message).toMatchObject({ mediaType: 'image', body: 'sticker' });
  });

  it('a reply carries its quote; an empty message is refused', async () => {
    const original = await inbound({ body: 'Pergunta' });
    const reply = await inbound({ body: 'Completo', quotedMsgId: original.json.message.id });
    expect(reply.json.message.quotedMsg).toMatchObject({ id: original.json.message.id, body: 'Pergunta' });
    expect((await inbound({ body: '  ' })).status).toBe(400);
  });
});

describe('POST /dev/ack and /dev/edit', () => {
  it('moves an ack, emitted as an update to the conversation', async () => {
    const form = new FormData();
    form.append('body', 'Enviado por nós');
    expect((await call(api, 'POST', `/messages/${SEED.tickets.maria}`, { token: admin, form })).status).toBe(200);
    const created = await eventually(() =>
      events.named('company-1-appMessage').find((p) => p.action === 'create' && p.message.body === 'Enviado por nós'),
    );
    expect(created.message.ack).toBe(1);
    const res = await fetch(`${api.url}/dev/ack`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: created.message.id, ack: 4 }),
    });
    expect(res.status).toBe(200);
    const update = await eventually(() =>
      events.named('company-1-appMessage').find((p) => p.action === 'update' && p.message.id === created.message.id),
    );
    expect(update.message.ack).toBe(4);
    const bad = await fetch(`${api.url}/dev/ack`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: created.message.id, ack: 9 }),
    });
    expect(bad.status).toBe(400);
  });

  it('an edit keeps the id, sets isEdited and is emitted as a create (an upsert, as Atendechat)', async () => {
    const original = await inbound({ body: 'Antes' });
    const res = await fetch(`${api.url}/dev/edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: original.json.message.id, body: 'Depois' }),
    });
    expect(res.status).toBe(200);
    const edited = await eventually(() =>
      events
        .named('company-1-appMessage')
        .find((p) => p.action === 'create' && p.message.id === original.json.message.id && p.message.isEdited),
    );
    expect(edited.message.body).toBe('Depois');
  });
});
