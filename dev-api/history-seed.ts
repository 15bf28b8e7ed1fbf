/**
 * Long histories for the benchmark and the browser tests of the virtualised lists: one ticket with many
 * messages of every kind the backend stores, and many open tickets. `API_SEED=bench` seeds the benchmark's
 * (5,000 messages, 2,000 open tickets) at start; `POST /dev/history` (with the inbound simulator) seeds any.
 *
 * The messages are shaped as Atendechat's wbotMessageListener stores them: media has `mediaType` = the first
 * part of the file's MIME type (`image`, `audio`, `video`, `application`) and `mediaUrl` a file served from
 * /public; a location is `locationMessage` with its thumbnail, map link and coordinates in `body`; a contact
 * card is `contactMessage` with the vCard in `body`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Router } from 'express';
import type { AppContext } from './context.ts';
import type { Db } from './db.ts';
import { AppError } from './errors.ts';
import type { MediaStore } from './media.ts';
import { bodyOf, optionalId } from './input.ts';
import type { TicketRow } from './rows.ts';

/** The benchmark's sizes (scripts/bench/runtime.ts). */
export const BENCH_HISTORY = { messages: 5000, openTickets: 2000 } as const;

/** The contact of the long conversation (its number marks a database that has it already). */
export const HISTORY_CONTACT = { name: 'Histórico Longo', number: '5511990000000' } as const;

/** Small real files, one per media kind (dev-api/media/, made once with ffmpeg; the PDF written by hand). */
const MEDIA = ['bench-image.png', 'bench-voice.ogg', 'bench-video.mp4', 'bench-document.pdf'] as const;

const LONG_TEXT =
  'Bom dia! Segue o resumo do atendimento de hoje, com os pontos que combinamos por telefone:\n' +
  '1. o pedido foi separado e sai amanhã cedo;\n2. a nota fiscal vai por e-mail;\n' +
  '3. qualquer dúvida, é só responder aqui. Mais detalhes em https://example.com/pedidos/acompanhar';

const VCARD = (i: number) =>
  `BEGIN:VCARD\nVERSION:3.0\nN:;Contato ${i};;;\nFN:Contato ${i}\nTEL;type=CELL;waid=55119${String(i).padStart(8, '0')}:+55 11 9${String(i).padStart(8, '0')}\nEND:VCARD`;

/** Into the media folder the stand-in serves at /public, as the files of received messages are. */
function storeMediaFiles(media: MediaStore): void {
  for (const name of MEDIA) media.put(name, readFileSync(new URL(`./media/${name}`, import.meta.url)));
}

interface Kind {
  mediaType: string;
  body: (i: number) => string;
  mediaUrl: string | null;
}

/** The mix, in turn: texts, every media kind, a location and a contact card. */
function kinds(thumbnail: string): Kind[] {
  return [
    { mediaType: 'conversation', body: (i) => `Mensagem ${i}`, mediaUrl: null },
    { mediaType: 'extendedTextMessage', body: () => LONG_TEXT, mediaUrl: null },
    { mediaType: 'image', body: (i) => `Foto ${i}`, mediaUrl: 'bench-image.png' },
    { mediaType: 'conversation', body: (i) => `Tudo certo, obrigado! (${i})`, mediaUrl: null },
    { mediaType: 'audio', body: () => '-', mediaUrl: 'bench-voice.ogg' },
    { mediaType: 'video', body: (i) => `Vídeo ${i}`, mediaUrl: 'bench-video.mp4' },
    { mediaType: 'conversation', body: (i) => `*Importante*: _confirme_ o endereço ${i}`, mediaUrl: null },
    { mediaType: 'application', body: (i) => `documento-${i}.pdf`, mediaUrl: 'bench-document.pdf' },
    {
      mediaType: 'locationMessage',
      body: () =>
        `data:image/png;base64, ${thumbnail} | https://maps.google.com/maps?q=-23.5505%2C-46.6333&z=17&hl=pt-BR|-23.5505, -46.6333 `,
      mediaUrl: null,
    },
    { mediaType: 'contactMessage', body: VCARD, mediaUrl: null },
  ];
}

let idSeq = 0;
function messageId(): string {
  idSeq += 1;
  return `3EB0${randomBytes(4).toString('hex').toUpperCase()}${idSeq.toString(16).toUpperCase().padStart(8, '0')}`;
}

export interface HistoryOptions {
  /** The ticket to fill; without one, a new open ticket of a new contact, with company 1's admin. */
  ticketId?: number;
  messages: number;
  /** More open tickets (new contacts, with the admin, queue Suporte), one message each. */
  openTickets: number;
}

/** Writes the history in one transaction; messages a minute apart, the newest a minute ago. */
export function seedHistory(
  db: Db,
  media: MediaStore,
  options: HistoryOptions,
): { ticketId: number; messages: number; tickets: number } {
  return db.tx(() => {
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    let ticket: TicketRow | undefined;
    if (options.ticketId !== undefined) {
      ticket = db.one<TicketRow>('SELECT * FROM tickets WHERE id = ?', options.ticketId);
      if (!ticket) throw new AppError('ERR_NO_TICKET_FOUND', 404);
    } else {
      let contact = db.one<{ id: number }>(
        'SELECT id FROM contacts WHERE companyId = 1 AND number = ?',
        HISTORY_CONTACT.number,
      );
      contact ??= {
        id: db.insert(
          'INSERT INTO contacts (name, number, companyId, createdAt, updatedAt) VALUES (?, ?, 1, ?, ?)',
          HISTORY_CONTACT.name,
          HISTORY_CONTACT.number,
          at(0),
          at(0),
        ),
      };
      const id = db.insert(
        `INSERT INTO tickets (uuid, status, unreadMessages, lastMessage, userId, contactId, whatsappId, queueId, companyId, createdAt, updatedAt)
         VALUES (?, 'open', 0, '', 1, ?, 1, 1, 1, ?, ?)`,
        randomUUID(),
        contact.id,
        at(options.messages + 1),
        at(0),
      );
      ticket = db.one<TicketRow>('SELECT * FROM tickets WHERE id = ?', id);
    }
    if (!ticket) throw new Error('ticket vanished');
    const contact = db.one<{ number: string }>('SELECT number FROM contacts WHERE id = ?', ticket.contactId);
    const remoteJid = contact ? `${contact.number}@s.whatsapp.net` : null;
    storeMediaFiles(media);
    const thumbnail = readFileSync(new URL('./media/bench-image.png', import.meta.url)).toString('base64');
    const mix = kinds(thumbnail);

    const insert = (values: {
      id: string;
      body: string;
      fromMe: boolean;
      ack: number;
      mediaType: string;
      mediaUrl: string | null;
      isDeleted: boolean;
      isEdited: boolean;
      quotedMsgId: string | null;
      ticketId: number;
      contactId: number;
      companyId: number;
      createdAt: string;
    }) =>
      db.run(
        `INSERT INTO messages (id, body, ack, read, fromMe, mediaType, mediaUrl, isDeleted, isEdited, quotedMsgId, remoteJid,
           ticketId, contactId, companyId, createdAt, updatedAt)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        values.id,
        values.body,
        values.ack,
        values.fromMe ? 1 : 0,
        values.mediaType,
        values.mediaUrl,
        values.isDeleted ? 1 : 0,
        values.isEdited ? 1 : 0,
        values.quotedMsgId,
        remoteJid,
        values.ticketId,
        values.contactId,
        values.companyId,
        values.createdAt,
        values.createdAt,
      );

    let previous: string | null = null;
    let lastBody = ticket.lastMessage;
    for (let i = 1; i <= options.messages; i++) {
      const kind = mix[i % mix.length] ?? mix[0];
      if (!kind) break;
      const id = messageId();
      const fromMe = i % 3 === 0;
      lastBody = kind.body(i);
      insert({
        id,
        body: lastBody,
        fromMe,
        // Ours go through sent (1), delivered (2), read (3) and played (4, voice notes); a customer's are 0.
        ack: fromMe ? 1 + (i % 4) : 0,
        mediaType: kind.mediaType,
        mediaUrl: kind.mediaUrl,
        isDeleted: i % 50 === 0,
        isEdited: i % 37 === 0,
        quotedMsgId: i % 23 === 0 ? previous : null,
        ticketId: ticket.id,
        contactId: ticket.contactId,
        companyId: ticket.companyId,
        createdAt: at(options.messages - i + 1),
      });
      previous = id;
    }
    if (options.messages > 0)
      db.run('UPDATE tickets SET lastMessage = ?, updatedAt = ? WHERE id = ?', lastBody, at(1), ticket.id);

    // Open tickets older than the long conversation's last message, so it stays on the list's first page.
    const base = db.one<{ n: number }>('SELECT COUNT(*) AS n FROM contacts')?.n ?? 0;
    for (let k = 1; k <= options.openTickets; k++) {
      const number = `55219${String(base + k).padStart(8, '0')}`;
      const contactId = db.insert(
        'INSERT INTO contacts (name, number, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)',
        `Cliente ${base + k}`,
        number,
        ticket.companyId,
        at(0),
        at(0),
      );
      const when = at(10 + k);
      const body = `Olá, aqui é o cliente ${base + k}`;
      const ticketId = db.insert(
        `INSERT INTO tickets (uuid, status, unreadMessages, lastMessage, userId, contactId, whatsappId, queueId, companyId, createdAt, updatedAt)
         VALUES (?, 'open', 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
        randomUUID(),
        body,
        ticket.userId,
        contactId,
        ticket.whatsappId,
        ticket.queueId,
        ticket.companyId,
        when,
        when,
      );
      insert({
        id: messageId(),
        body,
        fromMe: false,
        ack: 0,
        mediaType: 'conversation',
        mediaUrl: null,
        isDeleted: false,
        isEdited: false,
        quotedMsgId: null,
        ticketId,
        contactId,
        companyId: ticket.companyId,
        createdAt: when,
      });
    }
    return { ticketId: ticket.id, messages: options.messages, tickets: options.openTickets };
  });
}

/** `API_SEED=bench`: the benchmark's history, once (a database that has it already is left as it is). */
export function seedBenchOnce(db: Db, media: MediaStore): void {
  if (db.one('SELECT id FROM contacts WHERE companyId = 1 AND number = ?', HISTORY_CONTACT.number)) return;
  seedHistory(db, media, { messages: BENCH_HISTORY.messages, openTickets: BENCH_HISTORY.openTickets });
}

/** `POST /dev/history {ticketId?, messages, openTickets?}`: mounted with the inbound simulator. No socket events. */
export function historyRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/dev/history', (req, res) => {
    const body = bodyOf(req);
    const count = (value: unknown, max: number) => {
      const n = optionalId(value) ?? 0;
      if (n > max) throw new AppError(`at most ${max}`);
      return n;
    };
    const ticketId = optionalId(body.ticketId);
    const result = seedHistory(ctx.db, ctx.media, {
      ...(typeof ticketId === 'number' && { ticketId }),
      messages: count(body.messages, 20_000),
      openTickets: count(body.openTickets, 10_000),
    });
    res.status(200).json(result);
  });
  return router;
}
