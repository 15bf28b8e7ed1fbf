/**
 * Demo data for a fresh database; documented in dev-api/README.md. Times are relative to the
 * moment of seeding so the conversations look recent.
 */
import { randomUUID } from 'node:crypto';
import { hashPasswordSync } from './auth.ts';
import type { Db } from './db.ts';
import type { TicketStatus } from './rows.ts';

export interface SeedOptions {
  userLimit: number;
  connectionsLimit: number;
}

export const DEMO_PASSWORD = '123456';

export const DEMO_LOGINS = [
  { email: 'admin@admin.com', company: 'Empresa 1', profile: 'admin (super)' },
  { email: 'agente@admin.com', company: 'Empresa 1', profile: 'user' },
  { email: 'admin@empresa2.com', company: 'Empresa 2', profile: 'admin' },
  { email: 'admin@vencida.com', company: 'Empresa Vencida (dueDate in the past)', profile: 'admin' },
] as const;

/** The 14 settings of the recording, with their recorded defaults. */
const SETTINGS: [string, string][] = [
  ['chatBotType', 'text'],
  ['sendGreetingAccepted', 'disabled'],
  ['sendMsgTransfTicket', 'disabled'],
  ['sendGreetingMessageOneQueues', 'disabled'],
  ['userRating', 'disabled'],
  ['scheduleType', 'queue'],
  ['CheckMsgIsGroup', 'enabled'],
  ['call', 'disabled'],
  ['ipixc', ''],
  ['tokenixc', ''],
  ['ipmkauth', ''],
  ['clientidmkauth', ''],
  ['clientsecretmkauth', ''],
  ['asaas', ''],
];

/** [from the customer (false) or us (true), text, minutes ago] */
type Line = [fromMe: boolean, body: string, minutesAgo: number];

interface TicketSeed {
  contact: string;
  status: TicketStatus;
  user: string | null;
  queue: string | null;
  unread: number;
  lines: Line[];
}

/** One weekday of a queue's opening hours, as Atendechat's queue form stores it in `Queue.schedules`. */
interface QueueScheduleSeed {
  weekday: string;
  weekdayEn: string;
  startTime: string;
  endTime: string;
}

/** Monday to Friday 08:00–18:00, Saturday 08:00–12:00, Sunday closed (00:00–00:00): Atendechat's form defaults. */
const OFFICE_HOURS: QueueScheduleSeed[] = [
  { weekday: 'Segunda-feira', weekdayEn: 'monday', startTime: '08:00', endTime: '18:00' },
  { weekday: 'Terça-feira', weekdayEn: 'tuesday', startTime: '08:00', endTime: '18:00' },
  { weekday: 'Quarta-feira', weekdayEn: 'wednesday', startTime: '08:00', endTime: '18:00' },
  { weekday: 'Quinta-feira', weekdayEn: 'thursday', startTime: '08:00', endTime: '18:00' },
  { weekday: 'Sexta-feira', weekdayEn: 'friday', startTime: '08:00', endTime: '18:00' },
  { weekday: 'Sábado', weekdayEn: 'saturday', startTime: '08:00', endTime: '12:00' },
  { weekday: 'Domingo', weekdayEn: 'sunday', startTime: '00:00', endTime: '00:00' },
];

interface CompanySeed {
  name: string;
  planName: string;
  dueDate: string;
  users: { name: string; email: string; profile: 'admin' | 'user'; super: boolean; queues: string[] }[];
  queues: {
    name: string;
    color: string;
    greetingMessage: string;
    outOfHoursMessage?: string;
    schedules?: QueueScheduleSeed[];
  }[];
  whatsapps: { name: string; status: string; queues: string[] }[];
  contacts: { name: string; number: string; email: string }[];
  tickets: TicketSeed[];
}

const DAY = 24 * 60;

function companies(now: Date): CompanySeed[] {
  const expired = new Date(now.getTime() - 10 * DAY * 60_000);
  expired.setUTCHours(3, 0, 0, 0);
  return [
    {
      name: 'Empresa 1',
      planName: 'Plano 1',
      dueDate: '2093-03-14T03:00:00.000Z',
      users: [
        { name: 'Admin', email: 'admin@admin.com', profile: 'admin', super: true, queues: ['Suporte', 'Vendas'] },
        { name: 'Agente', email: 'agente@admin.com', profile: 'user', super: false, queues: ['Suporte'] },
      ],
      queues: [
        {
          name: 'Suporte',
          color: '#0000ff',
          greetingMessage: 'Olá! Você está no Suporte.',
          outOfHoursMessage: 'O Suporte atende de segunda a sexta, das 8h às 18h, e aos sábados até o meio-dia.',
          schedules: OFFICE_HOURS,
        },
        { name: 'Vendas', color: '#2e7d32', greetingMessage: 'Olá! Você está em Vendas.' },
      ],
      whatsapps: [{ name: 'WhatsApp Principal', status: 'CONNECTED', queues: ['Suporte', 'Vendas'] }],
      contacts: [
        { name: 'Maria Silva', number: '5511987654321', email: 'maria.silva@example.com' },
        { name: 'João Santos', number: '5511976543210', email: '' },
        { name: 'Ana Oliveira', number: '5511965432109', email: 'ana.oliveira@example.com' },
        { name: 'Pedro Costa', number: '5511954321098', email: '' },
        { name: 'Carla Souza', number: '5511943210987', email: 'carla@example.com' },
        { name: 'Lucas Pereira', number: '5511932109876', email: '' },
        { name: 'Fernanda Lima', number: '5511921098765', email: 'fernanda.lima@example.com' },
        { name: 'Rafael Almeida', number: '5511910987654', email: '' },
      ],
      tickets: [
        {
          contact: 'Maria Silva',
          status: 'open',
          user: 'admin@admin.com',
          queue: 'Suporte',
          unread: 0,
          lines: [
            [false, 'Olá, boa tarde! Meu pedido ainda não chegou.', 95],
            [true, 'Boa tarde, Maria! Pode me informar o número do pedido?', 93],
            [false, 'É o pedido 48213.', 90],
            [true, 'Obrigado! Vou verificar com a transportadora e já retorno.', 88],
            [false, 'Combinado, fico no aguardo.', 85],
          ],
        },
        {
          contact: 'João Santos',
          status: 'open',
          user: 'agente@admin.com',
          queue: 'Suporte',
          unread: 1,
          lines: [
            [false, 'Bom dia, estou com problema para acessar minha conta.', 300],
            [true, 'Bom dia, João! Você já tentou redefinir a senha?', 295],
            [false, 'Tentei, mas o e-mail não chega.', 290],
          ],
        },
        {
          contact: 'Ana Oliveira',
          status: 'pending',
          user: null,
          queue: 'Suporte',
          unread: 2,
          lines: [
            [false, 'Oi! Vocês fazem entrega no sábado?', 25],
            [false, 'Preciso receber até o fim de semana.', 24],
          ],
        },
        {
          contact: 'Pedro Costa',
          status: 'pending',
          user: null,
          queue: null,
          unread: 1,
          lines: [[false, 'Olá, gostaria de falar com um atendente.', 12]],
        },
        {
          contact: 'Carla Souza',
          status: 'closed',
          user: 'admin@admin.com',
          queue: 'Vendas',
          unread: 0,
          lines: [
            [false, 'Quero fazer um orçamento para 50 unidades.', 2 * DAY + 30],
            [true, 'Olá, Carla! Segue o orçamento. Qualquer dúvida, estou à disposição.', 2 * DAY + 20],
            [false, 'Perfeito, obrigada!', 2 * DAY + 10],
            [true, 'Nós que agradecemos! Atendimento encerrado.', 2 * DAY + 5],
          ],
        },
        {
          contact: 'Lucas Pereira',
          status: 'open',
          user: 'admin@admin.com',
          queue: 'Vendas',
          unread: 0,
          lines: [
            [false, 'Vocês têm o modelo X200 em estoque?', 60],
            [true, 'Temos sim, Lucas! Deseja que eu reserve uma unidade?', 55],
          ],
        },
        {
          contact: 'Fernanda Lima',
          status: 'closed',
          user: 'agente@admin.com',
          queue: 'Suporte',
          unread: 0,
          lines: [
            [false, 'Consegui resolver, obrigada pela ajuda!', 3 * DAY],
            [true, 'Que ótimo, Fernanda! Até a próxima.', 3 * DAY - 2],
          ],
        },
      ],
    },
    {
      name: 'Empresa 2',
      planName: 'Plano 2',
      dueDate: '2093-03-14T03:00:00.000Z',
      users: [
        {
          name: 'Admin Empresa 2',
          email: 'admin@empresa2.com',
          profile: 'admin',
          super: false,
          queues: ['Atendimento'],
        },
      ],
      queues: [{ name: 'Atendimento', color: '#7b1fa2', greetingMessage: 'Bem-vindo à Empresa 2!' }],
      whatsapps: [{ name: 'WhatsApp Empresa 2', status: 'CONNECTED', queues: ['Atendimento'] }],
      contacts: [
        { name: 'Beatriz Rocha', number: '5521987001122', email: 'beatriz@example.com' },
        { name: 'Gustavo Martins', number: '5521976002233', email: '' },
        { name: 'Helena Barbosa', number: '5521965003344', email: '' },
        { name: 'Igor Cardoso', number: '5521954004455', email: 'igor@example.com' },
      ],
      tickets: [
        {
          contact: 'Beatriz Rocha',
          status: 'open',
          user: 'admin@empresa2.com',
          queue: 'Atendimento',
          unread: 0,
          lines: [
            [false, 'Olá, a nota fiscal do meu pedido foi emitida?', 40],
            [true, 'Olá, Beatriz! Já foi emitida e enviada para o seu e-mail.', 38],
          ],
        },
        {
          contact: 'Gustavo Martins',
          status: 'pending',
          user: null,
          queue: 'Atendimento',
          unread: 1,
          lines: [[false, 'Preciso trocar um produto com defeito.', 8]],
        },
        {
          contact: 'Helena Barbosa',
          status: 'closed',
          user: 'admin@empresa2.com',
          queue: 'Atendimento',
          unread: 0,
          lines: [
            [false, 'Obrigada pelo atendimento!', DAY + 15],
            [true, 'Por nada, Helena!', DAY + 14],
          ],
        },
      ],
    },
    {
      name: 'Empresa Vencida',
      planName: 'Plano 3',
      dueDate: expired.toISOString(),
      users: [{ name: 'Admin Vencida', email: 'admin@vencida.com', profile: 'admin', super: false, queues: [] }],
      queues: [],
      whatsapps: [],
      contacts: [],
      tickets: [],
    },
  ];
}

function fakeMessageId(): string {
  return `3EB0${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;
}

export function seed(db: Db, options: SeedOptions): void {
  const now = new Date();
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const created = now.toISOString();
  // One hash for every demo user: scrypt is deliberately slow and they share the password.
  const passwordHash = hashPasswordSync(DEMO_PASSWORD);

  for (const c of companies(now)) {
    const planId = db.insert(
      `INSERT INTO plans (name, users, connections, queues, value, createdAt, updatedAt) VALUES (?, ?, ?, 10, 30, ?, ?)`,
      c.planName,
      options.userLimit,
      options.connectionsLimit,
      created,
      created,
    );
    const companyId = db.insert(
      `INSERT INTO companies (name, phone, email, status, dueDate, recurrence, language, schedules, planId, createdAt, updatedAt)
       VALUES (?, NULL, NULL, 1, ?, '', 'pt', '[]', ?, ?, ?)`,
      c.name,
      c.dueDate,
      planId,
      created,
      created,
    );
    for (const [key, value] of SETTINGS) {
      db.run(
        'INSERT INTO settings (key, value, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)',
        key,
        value,
        companyId,
        created,
        created,
      );
    }

    const queueIds = new Map<string, number>();
    c.queues.forEach((q, index) => {
      queueIds.set(
        q.name,
        db.insert(
          `INSERT INTO queues (name, color, greetingMessage, outOfHoursMessage, schedules, orderQueue, companyId, createdAt, updatedAt)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          q.name,
          q.color,
          q.greetingMessage,
          q.outOfHoursMessage ?? '',
          JSON.stringify(q.schedules ?? []),
          index + 1,
          companyId,
          created,
          created,
        ),
      );
    });
    const queueId = (name: string | null) => (name === null ? null : (queueIds.get(name) ?? null));

    const userIds = new Map<string, number>();
    for (const u of c.users) {
      const id = db.insert(
        `INSERT INTO users (name, email, passwordHash, profile, super, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        u.name,
        u.email,
        passwordHash,
        u.profile,
        u.super ? 1 : 0,
        companyId,
        created,
        created,
      );
      userIds.set(u.email, id);
      for (const q of u.queues) {
        db.run(
          'INSERT INTO user_queues (userId, queueId, createdAt, updatedAt) VALUES (?, ?, ?, ?)',
          id,
          queueId(q),
          created,
          created,
        );
      }
    }

    let whatsappId: number | null = null;
    c.whatsapps.forEach((w, index) => {
      const id = db.insert(
        `INSERT INTO whatsapps (name, status, qrcode, isDefault, companyId, createdAt, updatedAt) VALUES (?, ?, '', ?, ?, ?, ?)`,
        w.name,
        w.status,
        index === 0 ? 1 : 0,
        companyId,
        created,
        created,
      );
      whatsappId ??= id;
      for (const q of w.queues) {
        db.run(
          'INSERT INTO whatsapp_queues (whatsappId, queueId, createdAt, updatedAt) VALUES (?, ?, ?, ?)',
          id,
          queueId(q),
          created,
          created,
        );
      }
    });

    const contacts = new Map<string, { id: number; number: string }>();
    for (const k of c.contacts) {
      const id = db.insert(
        `INSERT INTO contacts (name, number, email, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`,
        k.name,
        k.number,
        k.email,
        companyId,
        created,
        created,
      );
      contacts.set(k.name, { id, number: k.number });
    }

    for (const t of c.tickets) {
      const contact = contacts.get(t.contact);
      const first = t.lines[0];
      const last = t.lines[t.lines.length - 1];
      if (!contact || !first || !last) throw new Error(`bad seed ticket for ${t.contact}`);
      const ticketId = db.insert(
        `INSERT INTO tickets (uuid, status, unreadMessages, lastMessage, userId, contactId, whatsappId, queueId, companyId, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        randomUUID(),
        t.status,
        t.unread,
        last[1],
        t.user === null ? null : (userIds.get(t.user) ?? null),
        contact.id,
        whatsappId,
        queueId(t.queue),
        companyId,
        at(first[2]),
        at(last[2]),
      );
      t.lines.forEach(([fromMe, body, minutesAgo], index) => {
        // The last `unread` customer messages are the unread ones.
        const unread = !fromMe && index >= t.lines.length - t.unread;
        db.run(
          `INSERT INTO messages (id, body, ack, read, fromMe, mediaType, remoteJid, ticketId, contactId, companyId, createdAt, updatedAt)
           VALUES (?, ?, ?, ?, ?, 'conversation', ?, ?, ?, ?, ?, ?)`,
          fakeMessageId(),
          body,
          fromMe ? 3 : 0,
          unread ? 0 : 1,
          fromMe ? 1 : 0,
          `${contact.number}@s.whatsapp.net`,
          ticketId,
          contact.id,
          companyId,
          at(minutesAgo),
          at(minutesAgo),
        );
      });
    }
  }
}
