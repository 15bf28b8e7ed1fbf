import { describe, expect, it } from 'vitest';
import type { Message, MessagePage, Ticket } from '../../../src/features/tickets/api/schemas.ts';
import { messageOf } from '../../../src/features/tickets/api/schemas.ts';
import { addMessage, updateMessage, type MessagesData } from '../../../src/features/tickets/model/conversation.ts';
import {
  captionOf,
  fileNameOf,
  fileTypeOf,
  formatBytes,
  messageKind,
  parseLocation,
  receiptOf,
} from '../../../src/features/tickets/model/message-content.ts';
import {
  linkify,
  parseRichText,
  plainText,
  safeHref,
  safeMediaUrl,
  type RichNode,
} from '../../../src/features/tickets/model/rich-text.ts';
import { dayKey, dayLabel, timelineOf } from '../../../src/features/tickets/model/timeline.ts';
import { parseVCards, telHref } from '../../../src/features/tickets/model/vcard.ts';

const text = (value: string): RichNode => ({ type: 'text', text: value });

describe('WhatsApp formatting', () => {
  it('bold, italic, strike and monospace as nodes, the markers gone', () => {
    expect(parseRichText('*oi* _tudo_ ~bem~ ```x = 1```')).toEqual([
      { type: 'bold', children: [text('oi')] },
      text(' '),
      { type: 'italic', children: [text('tudo')] },
      text(' '),
      { type: 'strike', children: [text('bem')] },
      text(' '),
      { type: 'mono', text: 'x = 1' },
    ]);
  });

  it('nests styles, and keeps monospace literal', () => {
    expect(parseRichText('*muito _bom_*')).toEqual([
      { type: 'bold', children: [text('muito '), { type: 'italic', children: [text('bom')] }] },
    ]);
    expect(parseRichText('```*não* _é_\nformatado```')).toEqual([{ type: 'mono', text: '*não* _é_\nformatado' }]);
  });

  it('leaves markers inside words, around spaces, unclosed or across lines as text', () => {
    for (const value of ['2*3*4', 'snake_case_name', '* solto *', '*aberto', 'a ~ b', '*uma\nlinha*', '**']) {
      expect(plainText(parseRichText(value)), value).toBe(value);
      expect(
        parseRichText(value).every((node) => node.type === 'text'),
        value,
      ).toBe(true);
    }
  });

  it('formats next to punctuation, as WhatsApp does', () => {
    expect(parseRichText('(*sim*), ok')).toEqual([text('('), { type: 'bold', children: [text('sim')] }, text('), ok')]);
  });

  it('is fast on 100 KB of hostile markers', () => {
    const started = performance.now();
    const nodes = parseRichText('*a _b ~c '.repeat(12_000));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(plainText(nodes)).toBe('*a _b ~c '.repeat(12_000));
  });
});

describe('links', () => {
  it('finds http(s), www. and e-mail links, without trailing punctuation', () => {
    expect(linkify('veja https://example.com/a?b=1. ou www.site.com.br, ou maria@example.com!')).toEqual([
      text('veja '),
      { type: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
      text('. ou '),
      { type: 'link', href: 'https://www.site.com.br/', text: 'www.site.com.br' },
      text(', ou '),
      { type: 'link', href: 'mailto:maria@example.com', text: 'maria@example.com' },
      text('!'),
    ]);
    expect(linkify('(https://pt.wikipedia.org/wiki/Java_(linguagem))')).toEqual([
      text('('),
      {
        type: 'link',
        href: 'https://pt.wikipedia.org/wiki/Java_(linguagem)',
        text: 'https://pt.wikipedia.org/wiki/Java_(linguagem)',
      },
      text(')'),
    ]);
  });

  it('never makes a link of another scheme', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'JaVaScRiPt:alert(1)']) {
      expect(linkify(value), value).toEqual([text(value)]);
    }
  });

  it('safeHref keeps http, https, mailto and tel; safeMediaUrl only http(s)', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHref('tel:+5511999')).toBe('tel:+5511999');
    expect(safeHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' java\nscript:alert(1)')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeMediaUrl('http://api.example/public/1.png')).toBe('http://api.example/public/1.png');
    expect(safeMediaUrl('mailto:a@b.c')).toBeUndefined();
    expect(safeMediaUrl('data:image/png;base64,AAAA')).toBeUndefined();
    expect(safeMediaUrl(null)).toBeUndefined();
  });

  it('is linear on long runs of letters', () => {
    const started = performance.now();
    expect(linkify('a'.repeat(100_000))).toEqual([text('a'.repeat(100_000))]);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('vCard', () => {
  it('reads the name, organisation, numbers (with waid) and e-mails of each card', () => {
    const body =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Souza;Roberta;;;\r\nFN:Roberta Souza\r\nORG:Padaria;Centro\r\nitem1.TEL;type=CELL;waid=5511987654321:+55 11 98765-4321\r\nEMAIL:r@example.com\r\nEND:VCARD\nBEGIN:VCARD\nN:Lima;Ana\nTEL:3333-4444\nEND:VCARD';
    expect(parseVCards(body)).toEqual([
      {
        name: 'Roberta Souza',
        organization: 'Padaria, Centro',
        phones: [{ number: '+55 11 98765-4321', waId: '5511987654321' }],
        emails: ['r@example.com'],
      },
      { name: 'Ana Lima', phones: [{ number: '3333-4444' }], emails: [] },
    ]);
  });

  it('unfolds lines and undoes escapes; ignores what is not a card', () => {
    expect(parseVCards('BEGIN:VCARD\nFN:Jo\n ão\\, o \\;Filho\nEND:VCARD')[0]?.name).toBe('João, o ;Filho');
    expect(parseVCards('não é um cartão')).toEqual([]);
    expect(parseVCards('BEGIN:VCARD\nVERSION:3.0\nEND:VCARD')).toEqual([]);
  });

  it('tel: links: + for international numbers, none for what is not a number', () => {
    expect(telHref({ number: '+55 11 98765-4321', waId: '5511987654321' })).toBe('tel:+5511987654321');
    expect(telHref({ number: '(11) 3333-4444' })).toBe('tel:1133334444');
    expect(telHref({ number: 'javascript:alert(1)' })).toBeUndefined();
  });
});

describe('date separators', () => {
  const now = new Date(2026, 10, 28, 15, 0);
  it('today, yesterday, then the date (with the year when not this one), in the language', () => {
    expect(dayLabel(new Date(2026, 10, 28, 0, 5), 'pt-BR', now)).toBe('Hoje');
    expect(dayLabel(new Date(2026, 10, 27, 23, 59), 'pt-BR', now)).toBe('Ontem');
    expect(dayLabel(new Date(2026, 10, 27, 9), 'en', now)).toBe('Yesterday');
    expect(dayLabel(new Date(2026, 10, 28, 9), 'es', now)).toBe('Hoy');
    expect(dayLabel(new Date(2026, 10, 20, 9), 'pt-BR', now)).toBe('20 de novembro');
    expect(dayLabel(new Date(2025, 0, 3, 9), 'en', now)).toBe('January 3, 2025');
  });

  it('one separator before the first message of each day', () => {
    const at = (date: Date, id: string) => ({ id, createdAt: date.toISOString() }) as Message;
    const rows = timelineOf(
      [
        at(new Date(2026, 10, 26, 10), 'a'),
        at(new Date(2026, 10, 27, 8), 'b'),
        at(new Date(2026, 10, 27, 9), 'c'),
        at(new Date(2026, 10, 28, 1), 'd'),
      ],
      'pt-BR',
      now,
    );
    expect(rows.map((row) => (row.kind === 'day' ? row.label : row.message.id))).toEqual([
      '26 de novembro',
      'a',
      'Ontem',
      'b',
      'c',
      'Hoje',
      'd',
    ]);
    expect(dayKey(new Date('nope'))).toBe('');
  });
});

describe('message kinds', () => {
  const api = 'https://api.example.com';
  const m = (fields: Partial<Message>) => ({ body: '', mediaType: 'conversation', mediaUrl: null, ...fields });

  it('from mediaType as Atendechat stores it (MIME first half, or the WhatsApp type)', () => {
    expect(messageKind(m({ mediaType: 'image', mediaUrl: `${api}/public/1.png` }))).toEqual({
      kind: 'image',
      url: `${api}/public/1.png`,
      sticker: false,
    });
    expect(messageKind(m({ mediaType: 'image', mediaUrl: `${api}/public/1.webp`, body: 'sticker' }))).toMatchObject({
      kind: 'image',
      sticker: true,
    });
    expect(messageKind(m({ mediaType: 'audio', mediaUrl: `${api}/public/1.ogg` })).kind).toBe('audio');
    expect(messageKind(m({ mediaType: 'video', mediaUrl: `${api}/public/1.mp4` })).kind).toBe('video');
    expect(messageKind(m({ mediaType: 'application', mediaUrl: `${api}/public/1700000000000_Nota.pdf` }))).toEqual({
      kind: 'document',
      url: `${api}/public/1700000000000_Nota.pdf`,
      fileName: 'Nota.pdf',
      fileType: 'pdf',
    });
    expect(messageKind(m({ mediaType: 'contactMessage', body: 'BEGIN:VCARD' })).kind).toBe('contact');
    expect(messageKind(m({ mediaType: 'conversation', body: 'oi' })).kind).toBe('text');
    expect(messageKind(m({ mediaType: 'image', mediaUrl: 'javascript:alert(1)' })).kind).toBe('blocked');
  });

  it('captions: placeholders are none', () => {
    const caption = (fields: Partial<Message>) => {
      const message = m(fields);
      return captionOf(message, messageKind(message));
    };
    expect(caption({ mediaType: 'image', mediaUrl: `${api}/public/1.png`, body: '-' })).toBe('');
    expect(caption({ mediaType: 'image', mediaUrl: `${api}/public/1.png`, body: 'Olha' })).toBe('Olha');
    expect(caption({ mediaType: 'audio', mediaUrl: `${api}/public/1.ogg`, body: 'Áudio' })).toBe('');
    expect(caption({ mediaType: 'image', mediaUrl: `${api}/public/1.webp`, body: 'sticker' })).toBe('');
    expect(caption({ mediaType: 'application', mediaUrl: `${api}/public/1700000000000_a.pdf`, body: 'a.pdf' })).toBe(
      '',
    );
    expect(caption({ mediaType: 'contactMessage', body: 'BEGIN:VCARD' })).toBe('');
  });

  it('file names: after /public/, decoded, without the time prefix or bidirectional controls', () => {
    expect(fileNameOf(`${api}/public/1700000000000_../../etc/passwd.pdf`)).toBe('../../etc/passwd.pdf');
    expect(fileNameOf(`${api}/public/1700000000000_Nota%20fiscal.pdf`)).toBe('Nota fiscal.pdf');
    expect(fileNameOf(`${api}/public/1700000000000_100%.pdf`)).toBe('100%.pdf');
    expect(fileNameOf(`${api}/public/1700000000000_fatura\u202Efdp.exe`)).toBe('faturafdp.exe');
    expect(fileNameOf(`${api}/public/`)).toBe('arquivo');
    expect(fileTypeOf('planilha.XLSX', 'application')).toBe('sheet');
    expect(fileTypeOf('sem-extensao', 'text')).toBe('text');
  });

  it('locations as msgLocation writes them: only an http(s) map link', () => {
    expect(parseLocation('data:image/png;base64, AAAA | https://maps.google.com/maps?q=1%2C2&z=17|Rua A, 1')).toEqual({
      mapUrl: 'https://maps.google.com/maps?q=1%2C2&z=17',
      description: 'Rua A, 1',
    });
    expect(parseLocation('x | javascript:alert(1)|Rua')).toEqual({ description: 'Rua' });
    expect(parseLocation('Latitude: -23.5 - Longitude: -46.6').mapUrl).toBe(
      'https://maps.google.com/maps?q=-23.5%2C-46.6&z=17',
    );
  });

  it('receipts from ack, for our messages only', () => {
    expect([0, 1, 2, 3, 4, 5].map((ack) => receiptOf({ fromMe: true, ack }))).toEqual([
      'failed',
      'pending',
      'sent',
      'delivered',
      'read',
      'read',
    ]);
    expect(receiptOf({ fromMe: false, ack: 3 })).toBeUndefined();
    expect(receiptOf({ fromMe: true, ack: null })).toBeUndefined();
  });

  it('sizes for people', () => {
    expect(formatBytes(329, 'en')).toMatch(/^329\sbyte/);
    expect(formatBytes(3.4 * 1024 * 1024, 'en')).toBe('3.4 MB');
  });
});

describe('message updates in the cache', () => {
  const ticket = { id: 1, status: 'open', userId: 1, queueId: null, updatedAt: '' } as Ticket;
  const message = (id: string, ack: number, minute: number) =>
    ({
      id,
      body: id,
      fromMe: true,
      ack,
      ticketId: 1,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    }) as Message;
  const data: MessagesData = {
    pages: [
      { messages: [message('b', 1, 2)], ticket, hasMore: true } as MessagePage,
      { messages: [message('a', 1, 1)], ticket, hasMore: false } as MessagePage,
    ],
    pageParams: [1, 2],
  };

  it('an update replaces a loaded message where it is (a receipt on an older page)', () => {
    const updated = updateMessage(data, message('a', 4, 1));
    expect(updated.pages[1]?.messages[0]?.ack).toBe(4);
    expect(updated.pages[0]).toBe(data.pages[0]);
  });

  it('an update for a message not loaded changes nothing; a create adds it', () => {
    expect(updateMessage(data, message('old', 3, 0))).toBe(data);
    expect(addMessage(data, message('c', 1, 3)).pages[0]?.messages.map((item) => item.id)).toEqual(['b', 'c']);
  });

  it('parses quotes and edits from the socket payload', () => {
    const parsed = messageOf({
      id: 'X',
      body: 'resposta',
      fromMe: false,
      isEdited: true,
      ticketId: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      quotedMsg: { id: 'Q', body: 'original', fromMe: false, mediaType: 'image', contact: { name: 'Lucas' } },
    });
    expect(parsed).toMatchObject({
      isEdited: true,
      quotedMsg: { id: 'Q', body: 'original', fromMe: false, mediaType: 'image', contactName: 'Lucas' },
    });
  });
});
