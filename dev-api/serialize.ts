/**
 * Turns rows into the JSON shapes the recorded Atendechat backend answers with (see
 * dev-api/contract/). Key order follows the recordings where it is cheap to.
 */
import type { Db } from './db.ts';
import { mediaUrlOf } from './media.ts';
import type {
  CompanyRow,
  ContactRow,
  CustomFieldRow,
  MessageRow,
  PlanRow,
  QueueRow,
  SettingRow,
  TagRow,
  TicketRow,
  UserRow,
  WhatsappRow,
} from './rows.ts';

const bool = (v: number | null): boolean => v === 1;

function parseJsonArray(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

// ---- companies, plans, settings -------------------------------------------------------------

export function settingJson(s: SettingRow) {
  return {
    id: s.id,
    key: s.key,
    value: s.value,
    companyId: s.companyId,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function companySettings(db: Db, companyId: number) {
  return db.all<SettingRow>('SELECT * FROM settings WHERE companyId = ? ORDER BY id', companyId).map(settingJson);
}

export function companyJson(c: CompanyRow) {
  return {
    id: c.id,
    name: c.name,
    phone: c.phone,
    email: c.email,
    status: bool(c.status),
    dueDate: c.dueDate,
    recurrence: c.recurrence,
    language: c.language,
    schedules: parseJsonArray(c.schedules),
    planId: c.planId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function planJson(p: PlanRow) {
  return {
    id: p.id,
    name: p.name,
    users: p.users,
    connections: p.connections,
    queues: p.queues,
    value: p.value,
    useCampaigns: bool(p.useCampaigns),
    useSchedules: bool(p.useSchedules),
    useInternalChat: bool(p.useInternalChat),
    useExternalApi: bool(p.useExternalApi),
    useKanban: bool(p.useKanban),
    useOpenAi: bool(p.useOpenAi),
    useIntegrations: bool(p.useIntegrations),
  };
}

function companyRow(db: Db, id: number): CompanyRow {
  const row = db.one<CompanyRow>('SELECT * FROM companies WHERE id = ?', id);
  if (!row) throw new Error(`company ${id} missing`);
  return row;
}

// ---- queues ---------------------------------------------------------------------------------

export function queueJson(q: QueueRow) {
  return {
    id: q.id,
    name: q.name,
    color: q.color,
    greetingMessage: q.greetingMessage,
    outOfHoursMessage: q.outOfHoursMessage,
    schedules: parseJsonArray(q.schedules),
    companyId: q.companyId,
    orderQueue: q.orderQueue,
    integrationId: null,
    promptId: null,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
  };
}

export function userQueues(db: Db, userId: number) {
  return db
    .all<QueueRow>(
      `SELECT q.* FROM queues q JOIN user_queues uq ON uq.queueId = q.id WHERE uq.userId = ?
       ORDER BY q.orderQueue, q.id`,
      userId,
    )
    .map((q) => ({ id: q.id, name: q.name, color: q.color, greetingMessage: q.greetingMessage }));
}

export function userQueueIds(db: Db, userId: number): number[] {
  return db.all<{ queueId: number }>('SELECT queueId FROM user_queues WHERE userId = ?', userId).map((r) => r.queueId);
}

// ---- users ----------------------------------------------------------------------------------

/** POST /auth/login: the user with the company and its settings. */
export function loginUserJson(db: Db, u: UserRow) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    profile: u.profile,
    companyId: u.companyId,
    company: { ...companyJson(companyRow(db, u.companyId)), settings: companySettings(db, u.companyId) },
    super: bool(u.super),
    queues: userQueues(db, u.id),
    allTicket: u.allTicket,
  };
}

/** POST/PUT /users: as login, without the company's settings. */
export function savedUserJson(db: Db, u: UserRow) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    profile: u.profile,
    companyId: u.companyId,
    company: companyJson(companyRow(db, u.companyId)),
    super: bool(u.super),
    queues: userQueues(db, u.id),
    allTicket: u.allTicket,
  };
}

/** POST /auth/refresh_token: the smaller user. */
export function refreshUserJson(db: Db, u: UserRow) {
  const company = companyRow(db, u.companyId);
  return {
    name: u.name,
    id: u.id,
    email: u.email,
    companyId: u.companyId,
    profile: u.profile,
    super: bool(u.super),
    tokenVersion: u.tokenVersion,
    whatsappId: u.whatsappId,
    allTicket: u.allTicket,
    queues: userQueues(db, u.id),
    company: { id: company.id, name: company.name },
  };
}

export function listUserJson(db: Db, u: UserRow) {
  const company = companyRow(db, u.companyId);
  return {
    name: u.name,
    id: u.id,
    email: u.email,
    companyId: u.companyId,
    profile: u.profile,
    createdAt: u.createdAt,
    queues: userQueues(db, u.id),
    company: { id: company.id, name: company.name },
  };
}

export function showUserJson(db: Db, u: UserRow) {
  const company = companyRow(db, u.companyId);
  const whatsapp =
    u.whatsappId === null
      ? null
      : (db.one<{ id: number; name: string }>('SELECT id, name FROM whatsapps WHERE id = ?', u.whatsappId) ?? null);
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    companyId: u.companyId,
    profile: u.profile,
    super: bool(u.super),
    tokenVersion: u.tokenVersion,
    whatsappId: u.whatsappId,
    allTicket: u.allTicket,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
    queues: userQueues(db, u.id),
    company: { id: company.id, name: company.name },
    whatsapp,
  };
}

// ---- whatsapp -------------------------------------------------------------------------------

export function whatsappJson(db: Db, w: WhatsappRow) {
  const queues = db
    .all<QueueRow & { linkCreatedAt: string; linkUpdatedAt: string }>(
      `SELECT q.*, wq.createdAt AS linkCreatedAt, wq.updatedAt AS linkUpdatedAt
       FROM queues q JOIN whatsapp_queues wq ON wq.queueId = q.id WHERE wq.whatsappId = ?
       ORDER BY q.orderQueue, q.id`,
      w.id,
    )
    .map((q) => ({
      id: q.id,
      name: q.name,
      color: q.color,
      greetingMessage: q.greetingMessage,
      WhatsappQueue: { whatsappId: w.id, queueId: q.id, createdAt: q.linkCreatedAt, updatedAt: q.linkUpdatedAt },
    }));
  return {
    id: w.id,
    name: w.name,
    session: w.session,
    qrcode: w.qrcode,
    status: w.status,
    battery: w.battery,
    plugged: w.plugged === null ? null : bool(w.plugged),
    retries: w.retries,
    greetingMessage: w.greetingMessage,
    farewellMessage: w.farewellMessage,
    complationMessage: w.complationMessage,
    outOfHoursMessage: w.outOfHoursMessage,
    ratingMessage: w.ratingMessage,
    provider: 'beta',
    isDefault: bool(w.isDefault),
    companyId: w.companyId,
    token: w.token,
    transferQueueId: null,
    timeToTransfer: null,
    promptId: null,
    integrationId: null,
    maxUseBotQueues: 3,
    timeUseBotQueues: 0,
    expiresTicket: 0,
    expiresInactiveMessage: '',
    flowIdNotPhrase: null,
    flowIdWelcome: null,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    queues,
  };
}

// ---- contacts -------------------------------------------------------------------------------

export function contactJson(c: ContactRow) {
  return {
    id: c.id,
    name: c.name,
    number: c.number,
    email: c.email,
    profilePicUrl: c.profilePicUrl,
    isGroup: bool(c.isGroup),
    disableBot: bool(c.disableBot),
    companyId: c.companyId,
    whatsappId: c.whatsappId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function extraInfoJson(db: Db, contactId: number) {
  return db
    .all<CustomFieldRow>('SELECT * FROM contact_custom_fields WHERE contactId = ? ORDER BY id', contactId)
    .map((f) => ({
      id: f.id,
      name: f.name,
      value: f.value,
      contactId: f.contactId,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
    }));
}

export function contactWithExtraJson(db: Db, c: ContactRow) {
  return { ...contactJson(c), extraInfo: extraInfoJson(db, c.id) };
}

// ---- tags ---------------------------------------------------------------------------------

/** A Tag row as Sequelize answers it (GET /tags/list, /tags/:id, POST and PUT /tags). */
export function tagJson(g: TagRow) {
  return {
    id: g.id,
    name: g.name,
    color: g.color,
    companyId: g.companyId,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
    kanban: g.kanban,
  };
}

/**
 * GET /tags items: ListService selects only these, and `ticketsCount` is a COUNT(), which Postgres (a
 * bigint) hands to Sequelize as a string.
 */
export function tagListItemJson(g: TagRow & { ticketsCount: number }) {
  return { id: g.id, name: g.name, color: g.color, ticketsCount: String(g.ticketsCount) };
}

export type TicketTagJoin = TagRow & { linkCreatedAt: string; linkUpdatedAt: string };

/** The tags on a ticket with their join row's times, in the order they were added. */
export function ticketTagRows(db: Db, ticketId: number): TicketTagJoin[] {
  return db.all<TicketTagJoin>(
    `SELECT g.*, tt.createdAt AS linkCreatedAt, tt.updatedAt AS linkUpdatedAt
     FROM tags g JOIN ticket_tags tt ON tt.tagId = g.id WHERE tt.ticketId = ? ORDER BY tt.createdAt, g.id`,
    ticketId,
  );
}

const ticketTagLink = (ticketId: number, g: TicketTagJoin) => ({
  ticketId,
  tagId: g.id,
  createdAt: g.linkCreatedAt,
  updatedAt: g.linkUpdatedAt,
});

/**
 * A ticket's tags as ShowTicketService and ListTicketsService include them (`attributes: id, name, color`);
 * a belongsToMany include carries its join row, `TicketTag`, as the connection's queues carry `WhatsappQueue`.
 */
export function ticketTagsJson(db: Db, ticketId: number) {
  return ticketTagRows(db, ticketId).map((g) => ({
    id: g.id,
    name: g.name,
    color: g.color,
    TicketTag: ticketTagLink(ticketId, g),
  }));
}

/** POST /tags/sync: `Ticket.findByPk(id, { include: [Tag] })`, every Tag column with its join row. */
export function syncedTicketJson(t: TicketRow, tags: TicketTagJoin[]) {
  return { ...ticketBase(t), tags: tags.map((g) => ({ ...tagJson(g), TicketTag: ticketTagLink(t.id, g) })) };
}

// ---- tickets --------------------------------------------------------------------------------

/** Integration fields Atendechat carries on every ticket; the stand-in has no bots, so they are constant. */
const TICKET_CONSTANTS = {
  chatbot: false,
  queueOptionId: null,
  useIntegration: false,
  integrationId: null,
  typebotSessionId: null,
  typebotStatus: false,
  promptId: null,
  fromMe: false,
  amountUsedBotQueues: 0,
  flowWebhook: false,
  lastFlowId: null,
  hashFlowId: null,
  flowStopped: null,
  dataWebhook: null,
} as const;

function ticketBase(t: TicketRow) {
  return {
    id: t.id,
    status: t.status,
    unreadMessages: t.unreadMessages,
    lastMessage: t.lastMessage,
    isGroup: bool(t.isGroup),
    userId: t.userId,
    contactId: t.contactId,
    whatsappId: t.whatsappId,
    queueId: t.queueId,
    chatbot: TICKET_CONSTANTS.chatbot,
    queueOptionId: TICKET_CONSTANTS.queueOptionId,
    companyId: t.companyId,
    uuid: t.uuid,
    useIntegration: TICKET_CONSTANTS.useIntegration,
    integrationId: TICKET_CONSTANTS.integrationId,
    typebotSessionId: TICKET_CONSTANTS.typebotSessionId,
    typebotStatus: TICKET_CONSTANTS.typebotStatus,
    promptId: TICKET_CONSTANTS.promptId,
    fromMe: TICKET_CONSTANTS.fromMe,
    amountUsedBotQueues: TICKET_CONSTANTS.amountUsedBotQueues,
    flowWebhook: TICKET_CONSTANTS.flowWebhook,
    lastFlowId: TICKET_CONSTANTS.lastFlowId,
    hashFlowId: TICKET_CONSTANTS.hashFlowId,
    flowStopped: TICKET_CONSTANTS.flowStopped,
    dataWebhook: TICKET_CONSTANTS.dataWebhook,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

function ticketRelations(db: Db, t: TicketRow) {
  const contact = db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', t.contactId);
  if (!contact) throw new Error(`contact ${t.contactId} missing`);
  const queue = t.queueId === null ? undefined : db.one<QueueRow>('SELECT * FROM queues WHERE id = ?', t.queueId);
  const user = t.userId === null ? undefined : db.one<UserRow>('SELECT * FROM users WHERE id = ?', t.userId);
  const whatsapp =
    t.whatsappId === null ? undefined : db.one<WhatsappRow>('SELECT * FROM whatsapps WHERE id = ?', t.whatsappId);
  return { contact, queue, user, whatsapp };
}

const shortContact = (c: ContactRow) => ({
  id: c.id,
  name: c.name,
  number: c.number,
  email: c.email,
  profilePicUrl: c.profilePicUrl,
});

/** GET /tickets items. */
export function listTicketJson(db: Db, t: TicketRow) {
  const r = ticketRelations(db, t);
  return {
    ...ticketBase(t),
    contact: shortContact(r.contact),
    queue: r.queue ? { id: r.queue.id, name: r.queue.name, color: r.queue.color } : null,
    user: r.user ? { id: r.user.id, name: r.user.name } : null,
    tags: ticketTagsJson(db, t.id),
    whatsapp: r.whatsapp ? { name: r.whatsapp.name } : null,
  };
}

/** GET /tickets/:id, /tickets/u/:uuid, PUT /tickets/:id and the socket events. */
export function showTicketJson(db: Db, t: TicketRow) {
  const r = ticketRelations(db, t);
  return {
    ...ticketBase(t),
    contact: { ...shortContact(r.contact), extraInfo: extraInfoJson(db, r.contact.id) },
    user: r.user ? { id: r.user.id, name: r.user.name } : null,
    queue: r.queue ? { id: r.queue.id, name: r.queue.name, color: r.queue.color } : null,
    whatsapp: r.whatsapp ? { name: r.whatsapp.name } : null,
    tags: ticketTagsJson(db, t.id),
  };
}

/** The ticket inside GET /messages/:ticketId (the queue carries two more null fields). */
export function messagesTicketJson(db: Db, t: TicketRow) {
  const shown = showTicketJson(db, t);
  return { ...shown, queue: shown.queue ? { ...shown.queue, prompt: null, queueIntegrations: null } : null };
}

/** POST /tickets: full contact and queue, no user/whatsapp/tags. */
export function createdTicketJson(db: Db, t: TicketRow) {
  const r = ticketRelations(db, t);
  return {
    ...ticketBase(t),
    contact: contactJson(r.contact),
    queue: r.queue ? queueJson(r.queue) : null,
  };
}

// ---- messages -------------------------------------------------------------------------------

export function messageJson(db: Db, m: MessageRow, mediaBaseUrl: string, depth = 0): Record<string, unknown> {
  const contact =
    m.contactId === null ? undefined : db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', m.contactId);
  const quoted =
    m.quotedMsgId === null || depth > 0
      ? undefined
      : db.one<MessageRow>('SELECT * FROM messages WHERE id = ?', m.quotedMsgId);
  return {
    mediaUrl: m.mediaUrl ? mediaUrlOf(mediaBaseUrl, m.mediaUrl) : null,
    id: m.id,
    remoteJid: m.remoteJid,
    participant: m.participant,
    dataJson: null,
    ack: m.ack,
    read: bool(m.read),
    fromMe: bool(m.fromMe),
    body: m.body,
    mediaType: m.mediaType,
    isDeleted: bool(m.isDeleted),
    isEdited: bool(m.isEdited),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    quotedMsgId: m.quotedMsgId,
    ticketId: m.ticketId,
    contactId: m.contactId,
    companyId: m.companyId,
    queueId: null,
    contact: contact ? contactJson(contact) : null,
    quotedMsg: quoted ? messageJson(db, quoted, mediaBaseUrl, depth + 1) : null,
  };
}
