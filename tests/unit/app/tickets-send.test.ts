import { describe, expect, it } from 'vitest';
import { deleteMessage, sendMediaMessage, sendTextMessage } from '../../../src/features/tickets/api/messages.ts';
import type { Message, Ticket } from '../../../src/features/tickets/api/schemas.ts';
import {
  markMessageDeleted,
  outgoingReducer,
  type MessagesData,
} from '../../../src/features/tickets/model/conversation.ts';
import { MAX_DRAFTS, readDraft, writeDraft } from '../../../src/features/tickets/model/drafts.ts';
import {
  buildMediaForm,
  canDelete,
  checkFiles,
  formatDuration,
  formatFileSize,
  maxUploadBytes,
  pastedFileName,
  previewKind,
  textPayload,
  voiceNoteName,
} from '../../../src/features/tickets/model/send.ts';
import type { ApiClient } from '../../../src/lib/api-client.ts';
import { memoryStorage } from '../../../src/lib/storage.ts';

const MB = 1024 * 1024;
const fileOf = (name: string, bytes: number, type = 'application/pdf') =>
  new File([new Uint8Array(bytes)], name, { type });

const message = (id: string, overrides: Partial<Message> = {}): Message => ({
  id,
  body: `texto ${id}`,
  fromMe: true,
  ticketId: 1,
  createdAt: '2026-11-28T12:00:00.000Z',
  ...overrides,
});

describe('files before uploading', () => {
  it('refuses files over the limit (MiB, as WhatsApp counts 16 MB) and empty ones, with the reason', () => {
    expect(maxUploadBytes(16)).toBe(16 * MB);
    const ok = fileOf('ok.pdf', 16 * MB);
    const { accepted, refused } = checkFiles([ok, fileOf('big.mp4', 16 * MB + 1), fileOf('folder', 0)], 16);
    expect(accepted).toEqual([ok]);
    expect(refused).toEqual([
      { name: 'big.mp4', size: 16 * MB + 1, reason: 'too-large' },
      { name: 'folder', size: 0, reason: 'empty' },
    ]);
    expect(checkFiles([fileOf('a.pdf', 600 * 1024)], 0.5).refused).toHaveLength(1);
  });

  it('names pasted images and voice notes (the backend sends `audio-record-site-*` as ptt)', () => {
    const now = new Date(2026, 10, 28, 9, 5, 7);
    expect(pastedFileName('image/png', now)).toBe('pasted-20261128-090507.png');
    expect(pastedFileName('image/jpeg', now)).toBe('pasted-20261128-090507.jpg');
    expect(pastedFileName('application/x-unknown', now)).toBe('pasted-20261128-090507.bin');
    expect(voiceNoteName('audio/webm;codecs=opus', now)).toBe(`audio-record-site-${now.getTime()}.webm`);
    expect(voiceNoteName('audio/ogg', now)).toBe(`audio-record-site-${now.getTime()}.ogg`);
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('audio/webm')).toBe('audio');
    expect(previewKind('application/pdf')).toBeUndefined();
  });

  it('formats sizes and durations', () => {
    expect(formatFileSize(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(formatFileSize(20 * MB, 'pt-BR')).toBe('20 MB');
    expect(formatFileSize(2048, 'en')).toBe('2 KB');
    expect(formatFileSize(12, 'en')).toBe('12 B');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
  });
});

describe('the requests, as Atendechat sends them', () => {
  it('files: ONE multipart form, each `medias` followed by its caption as `body`, plus fromMe', () => {
    const png = fileOf('foto.png', 10, 'image/png');
    const pdf = fileOf('nota.pdf', 20);
    const form = buildMediaForm([
      { file: png, caption: ' Olha só ' },
      { file: pdf, caption: '' },
    ]);
    const entries = [...form.entries()];
    expect(entries.map(([key]) => key)).toEqual(['fromMe', 'medias', 'body', 'medias', 'body']);
    expect(entries[0]![1]).toBe('true');
    expect((entries[1]![1] as File).name).toBe('foto.png');
    expect(entries[2]![1]).toBe('Olha só');
    expect((entries[3]![1] as File).name).toBe('nota.pdf');
    expect(entries[4]![1]).toBe('');
  });

  it('a text is JSON; a reply carries quotedMsg with the id the backend reads', () => {
    expect(textPayload('Oi')).toEqual({ body: 'Oi', fromMe: true, read: 1, mediaUrl: '' });
    expect(textPayload('Sim', { id: 'ABC', body: 'Pode?', fromMe: false }).quotedMsg).toEqual({
      id: 'ABC',
      body: 'Pode?',
      fromMe: false,
    });
  });

  it('posts files with upload progress and no timeout; deletes by id', async () => {
    const calls: Array<{ method: string; url: string; body?: unknown; config?: Record<string, unknown> }> = [];
    const api = {
      post: async (url: string, body: unknown, config?: Record<string, unknown>) => {
        calls.push({ method: 'POST', url, body, config: config ?? {} });
        (config?.onUploadProgress as ((event: { loaded: number; total: number }) => void) | undefined)?.({
          loaded: 5,
          total: 10,
        });
        return { data: '' };
      },
      delete: async (url: string) => {
        calls.push({ method: 'DELETE', url });
        return { data: '' };
      },
    } as unknown as ApiClient;
    const progress: number[] = [];
    await sendMediaMessage(api, 4, [{ file: fileOf('a.pdf', 3), caption: 'x' }], (p) => progress.push(p));
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/messages/4', config: { timeout: 0 } });
    expect(calls[0]!.body).toBeInstanceOf(FormData);
    expect(progress).toEqual([0.5]);
    await sendTextMessage(api, 4, 'Resposta', { id: 'Q1', body: 'Pergunta', fromMe: false });
    expect(calls[1]!.body).toMatchObject({ body: 'Resposta', quotedMsg: { id: 'Q1' } });
    await deleteMessage(api, '3EB0/1');
    expect(calls[2]).toEqual({ method: 'DELETE', url: '/messages/3EB0%2F1' });
  });
});

describe('reply and delete in the conversation', () => {
  const ticket = { id: 1 } as Ticket;
  const data: MessagesData = {
    pages: [
      { ticket, hasMore: true, messages: [message('B')] },
      { ticket, hasMore: false, messages: [message('A', { fromMe: false })] },
    ],
    pageParams: [1, 2],
  };

  it('only the agent’s own, not yet deleted messages can be deleted', () => {
    expect(canDelete(message('A'))).toBe(true);
    expect(canDelete(message('A', { fromMe: false }))).toBe(false);
    expect(canDelete(message('A', { isDeleted: true }))).toBe(false);
  });

  it('a deleted message is marked where it is, in whichever page', () => {
    const next = markMessageDeleted(data, 'A');
    expect(next.pages[1]!.messages[0]!.isDeleted).toBe(true);
    expect(next.pages[0]).toBe(data.pages[0]);
    expect(markMessageDeleted(data, 'nope')).toBe(data);
  });

  it('a text sent as a reply keeps its quote for a retry', () => {
    const quoted = { id: 'A', body: 'texto A', fromMe: false };
    const sent = outgoingReducer([], { type: 'send', key: 'k', body: 'Sim', after: undefined, quoted });
    const failed = outgoingReducer(sent, { type: 'failed', key: 'k', error: new Error('x') });
    expect(failed[0]).toMatchObject({ key: 'k', quoted, state: 'failed' });
    expect(outgoingReducer([], { type: 'send', key: 'k', body: 'Oi', after: undefined })[0]).not.toHaveProperty(
      'quoted',
    );
  });
});

describe('drafts per ticket', () => {
  const key = 'vitrine:cliente1:drafts';

  it('keeps, replaces and removes a ticket’s draft; other brands’ keys are separate', () => {
    const storage = memoryStorage();
    writeDraft(storage, key, 3, 'Olá, tudo bem?', 1);
    writeDraft(storage, key, 4, 'Outro', 2);
    expect(readDraft(storage, key, 3)).toBe('Olá, tudo bem?');
    expect(readDraft(storage, 'vitrine:cliente2:drafts', 3)).toBe('');
    writeDraft(storage, key, 3, '  ', 3);
    expect(readDraft(storage, key, 3)).toBe('');
    expect(readDraft(storage, key, 4)).toBe('Outro');
    writeDraft(storage, key, 4, '', 4);
    expect(storage.getItem(key)).toBeNull();
  });

  it('keeps the most recent drafts only, and survives a corrupt entry', () => {
    const storage = memoryStorage({ [key]: '{not json' });
    expect(readDraft(storage, key, 1)).toBe('');
    for (let id = 1; id <= MAX_DRAFTS + 5; id++) writeDraft(storage, key, id, `rascunho ${id}`, id);
    expect(readDraft(storage, key, 1)).toBe('');
    expect(readDraft(storage, key, MAX_DRAFTS + 5)).toBe(`rascunho ${MAX_DRAFTS + 5}`);
    expect(Object.keys(JSON.parse(storage.getItem(key) ?? '{}') as object)).toHaveLength(MAX_DRAFTS);
    storage.setItem(key, JSON.stringify({ 7: { text: 42, at: 1 }, 8: { text: 'ok', at: 1 } }));
    expect(readDraft(storage, key, 7)).toBe('');
    expect(readDraft(storage, key, 8)).toBe('ok');
  });
});
