/** Row types as stored in SQLite (booleans are 0/1, JSON columns are text). */

export interface PlanRow {
  id: number;
  name: string;
  users: number;
  connections: number;
  queues: number;
  value: number;
  useCampaigns: number;
  useSchedules: number;
  useInternalChat: number;
  useExternalApi: number;
  useKanban: number;
  useOpenAi: number;
  useIntegrations: number;
  createdAt: string;
  updatedAt: string;
}

export interface CompanyRow {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  status: number;
  dueDate: string | null;
  recurrence: string;
  language: string;
  schedules: string;
  planId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SettingRow {
  id: number;
  key: string;
  value: string;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserRow {
  id: number;
  name: string;
  email: string;
  passwordHash: string;
  profile: string;
  super: number;
  tokenVersion: number;
  whatsappId: number | null;
  allTicket: string;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface QueueRow {
  id: number;
  name: string;
  color: string;
  greetingMessage: string;
  outOfHoursMessage: string;
  schedules: string;
  orderQueue: number | null;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface WhatsappRow {
  id: number;
  name: string;
  session: string | null;
  qrcode: string | null;
  status: string;
  battery: string | null;
  plugged: number | null;
  retries: number;
  greetingMessage: string;
  farewellMessage: string;
  complationMessage: string;
  outOfHoursMessage: string;
  ratingMessage: string;
  isDefault: number;
  token: string;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface ContactRow {
  id: number;
  name: string;
  number: string;
  email: string;
  profilePicUrl: string;
  isGroup: number;
  disableBot: number;
  whatsappId: number | null;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface CustomFieldRow {
  id: number;
  name: string;
  value: string;
  contactId: number;
  createdAt: string;
  updatedAt: string;
}

export type TicketStatus = 'open' | 'pending' | 'closed';

export interface TicketRow {
  id: number;
  uuid: string;
  status: TicketStatus;
  unreadMessages: number | null;
  lastMessage: string;
  isGroup: number;
  userId: number | null;
  contactId: number;
  whatsappId: number | null;
  queueId: number | null;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface MessageRow {
  id: string;
  body: string;
  ack: number;
  read: number;
  fromMe: number;
  mediaType: string | null;
  mediaUrl: string | null;
  isDeleted: number;
  isEdited: number;
  quotedMsgId: string | null;
  remoteJid: string | null;
  participant: string | null;
  ticketId: number;
  contactId: number | null;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface QuickMessageRow {
  id: number;
  shortcode: string;
  message: string;
  /** The stored file name (under /public/quickMessage/), or null. */
  mediaPath: string | null;
  mediaName: string | null;
  companyId: number;
  userId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface TagRow {
  id: number;
  name: string;
  color: string | null;
  kanban: number | null;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}

export interface TicketTagRow {
  ticketId: number;
  tagId: number;
  createdAt: string;
  updatedAt: string;
}

export interface TicketNoteRow {
  id: number;
  note: string;
  userId: number | null;
  contactId: number | null;
  ticketId: number | null;
  companyId: number;
  createdAt: string;
  updatedAt: string;
}
