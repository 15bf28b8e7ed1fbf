import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MediaStore } from './media.ts';
import { seed, type SeedOptions } from './seed.ts';

/** Bump when the schema changes: an older database file is then rebuilt and reseeded. */
const SCHEMA_VERSION = 4;

const SCHEMA = `
CREATE TABLE plans (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, users INTEGER NOT NULL, connections INTEGER NOT NULL,
  queues INTEGER NOT NULL, value REAL NOT NULL, useCampaigns INTEGER NOT NULL DEFAULT 1,
  useSchedules INTEGER NOT NULL DEFAULT 1, useInternalChat INTEGER NOT NULL DEFAULT 1,
  useExternalApi INTEGER NOT NULL DEFAULT 1, useKanban INTEGER NOT NULL DEFAULT 1,
  useOpenAi INTEGER NOT NULL DEFAULT 1, useIntegrations INTEGER NOT NULL DEFAULT 1,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE TABLE companies (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, email TEXT, status INTEGER NOT NULL DEFAULT 1,
  dueDate TEXT, recurrence TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'pt',
  schedules TEXT NOT NULL DEFAULT '[]', planId INTEGER REFERENCES plans(id),
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE TABLE settings (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, UNIQUE (companyId, key)
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  passwordHash TEXT NOT NULL, profile TEXT NOT NULL DEFAULT 'user', super INTEGER NOT NULL DEFAULT 0,
  tokenVersion INTEGER NOT NULL DEFAULT 0, whatsappId INTEGER, allTicket TEXT NOT NULL DEFAULT 'desabled',
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE TABLE queues (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL, greetingMessage TEXT NOT NULL DEFAULT '',
  outOfHoursMessage TEXT NOT NULL DEFAULT '', schedules TEXT NOT NULL DEFAULT '[]', orderQueue INTEGER,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, UNIQUE (companyId, name)
);
CREATE TABLE user_queues (
  userId INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  queueId INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, PRIMARY KEY (userId, queueId)
);
CREATE TABLE whatsapps (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, session TEXT, qrcode TEXT, status TEXT NOT NULL,
  battery TEXT, plugged INTEGER, retries INTEGER NOT NULL DEFAULT 0,
  greetingMessage TEXT NOT NULL DEFAULT '', farewellMessage TEXT NOT NULL DEFAULT '',
  complationMessage TEXT NOT NULL DEFAULT '', outOfHoursMessage TEXT NOT NULL DEFAULT '',
  ratingMessage TEXT NOT NULL DEFAULT '', isDefault INTEGER NOT NULL DEFAULT 0, token TEXT NOT NULL DEFAULT '',
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, UNIQUE (companyId, name)
);
CREATE TABLE whatsapp_queues (
  whatsappId INTEGER NOT NULL REFERENCES whatsapps(id) ON DELETE CASCADE,
  queueId INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, PRIMARY KEY (whatsappId, queueId)
);
CREATE TABLE contacts (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, number TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',
  profilePicUrl TEXT NOT NULL DEFAULT '', isGroup INTEGER NOT NULL DEFAULT 0, disableBot INTEGER NOT NULL DEFAULT 0,
  whatsappId INTEGER REFERENCES whatsapps(id) ON DELETE SET NULL,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, UNIQUE (companyId, number)
);
CREATE TABLE contact_custom_fields (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, value TEXT NOT NULL,
  contactId INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE TABLE tickets (
  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, status TEXT NOT NULL, unreadMessages INTEGER,
  lastMessage TEXT NOT NULL DEFAULT '', isGroup INTEGER NOT NULL DEFAULT 0,
  userId INTEGER REFERENCES users(id) ON DELETE SET NULL,
  contactId INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  whatsappId INTEGER REFERENCES whatsapps(id) ON DELETE SET NULL,
  queueId INTEGER REFERENCES queues(id) ON DELETE SET NULL,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE INDEX tickets_company_status ON tickets (companyId, status, updatedAt);
CREATE TABLE messages (
  id TEXT PRIMARY KEY, body TEXT NOT NULL, ack INTEGER NOT NULL DEFAULT 0, read INTEGER NOT NULL DEFAULT 0,
  fromMe INTEGER NOT NULL DEFAULT 0, mediaType TEXT, mediaUrl TEXT, isDeleted INTEGER NOT NULL DEFAULT 0,
  isEdited INTEGER NOT NULL DEFAULT 0, quotedMsgId TEXT REFERENCES messages(id) ON DELETE SET NULL,
  remoteJid TEXT, participant TEXT,
  ticketId INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  contactId INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE INDEX messages_ticket ON messages (ticketId, createdAt);
CREATE TABLE quick_messages (
  id INTEGER PRIMARY KEY, shortcode TEXT NOT NULL, message TEXT NOT NULL, mediaPath TEXT, mediaName TEXT,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  userId INTEGER REFERENCES users(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE INDEX quick_messages_owner ON quick_messages (companyId, userId, shortcode);
CREATE TABLE tags (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT, kanban INTEGER,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE TABLE ticket_tags (
  ticketId INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  tagId INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, PRIMARY KEY (ticketId, tagId)
);
CREATE INDEX ticket_tags_tag ON ticket_tags (tagId);
-- TicketNote: an internal note of the team on a ticket (routes/ticket-notes.ts); never a message.
CREATE TABLE ticket_notes (
  id INTEGER PRIMARY KEY, note TEXT NOT NULL,
  userId INTEGER REFERENCES users(id) ON DELETE SET NULL,
  contactId INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
  ticketId INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL
);
CREATE INDEX ticket_notes_ticket ON ticket_notes (contactId, ticketId, createdAt);
-- Quick answers' files (routes/quick-messages.ts); message media are files on disk (media.ts).
CREATE TABLE media (
  name TEXT PRIMARY KEY, mimetype TEXT NOT NULL, data BLOB NOT NULL,
  companyId INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE, createdAt TEXT NOT NULL
);
`;

type Param = string | number | bigint | null | Buffer;

/** Thin wrapper: cached prepared statements and typed helpers. */
export class Db {
  private readonly statements = new Map<string, Database.Statement<Param[], unknown>>();

  constructor(readonly raw: Database.Database) {}

  private statement(sql: string): Database.Statement<Param[], unknown> {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.raw.prepare<Param[], unknown>(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  one<T>(sql: string, ...params: Param[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  all<T>(sql: string, ...params: Param[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  run(sql: string, ...params: Param[]): Database.RunResult {
    return this.statement(sql).run(...params);
  }

  /** Inserts and returns the new integer id. */
  insert(sql: string, ...params: Param[]): number {
    return Number(this.run(sql, ...params).lastInsertRowid);
  }

  tx<T>(fn: () => T): T {
    return this.raw.transaction(fn)();
  }

  close(): void {
    this.statements.clear();
    if (this.raw.open) this.raw.close();
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** SQLite's lower() only folds ASCII; searches must match "JOÃO" with "joão". */
export function fold(value: string): string {
  return value.toLocaleLowerCase('pt-BR');
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/**
 * Opens the database and its media folder. A missing file (or ':memory:') gets the schema and the demo seed
 * (and an emptied media folder); an existing file is reused as is, unless it was written by another schema
 * version, in which case it is rebuilt.
 */
export function openDatabase(file: string, seedOptions: Omit<SeedOptions, 'media'>): { db: Db; media: MediaStore } {
  const memory = file === ':memory:';
  if (!memory) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    if (fs.existsSync(file)) {
      const probe = new Database(file);
      const version = probe.pragma('user_version', { simple: true });
      probe.close();
      if (version !== SCHEMA_VERSION) removeDatabaseFiles(file);
    }
  }
  const fresh = memory || !fs.existsSync(file);
  const raw = new Database(file);
  if (!memory) raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.function('fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : value));
  const db = new Db(raw);
  const media = MediaStore.open(file, fresh);
  if (fresh) {
    db.tx(() => {
      raw.exec(SCHEMA);
      seed(db, { ...seedOptions, media });
      raw.pragma(`user_version = ${SCHEMA_VERSION}`);
    });
  }
  // Plan limits follow the configuration on every start, so USER_LIMIT can change without a reset.
  db.run('UPDATE plans SET users = ?, connections = ?', seedOptions.userLimit, seedOptions.connectionsLimit);
  return { db, media };
}
