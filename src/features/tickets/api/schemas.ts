import * as z from 'zod/mini';
import { parseAnswer } from '../../../lib/api-answer.ts';

/**
 * The shapes the tickets screen reads, from the list, the conversation and the socket events. Lenient on
 * purpose: only what the screen shows is required, unknown fields are dropped, and Atendechat-family forks
 * that add fields or statuses still parse.
 */
export const TICKET_TABS = ['open', 'pending', 'closed'] as const;
export type TicketTab = (typeof TICKET_TABS)[number];

export function isTicketTab(status: string): status is TicketTab {
  return (TICKET_TABS as readonly string[]).includes(status);
}

const contactSchema = z.object({
  id: z.number(),
  name: z.string(),
  number: z.string(),
  profilePicUrl: z.optional(z.nullable(z.string())),
});

const namedSchema = z.object({ id: z.number(), name: z.string() });

export const ticketSchema = z.object({
  id: z.number(),
  status: z.string(),
  unreadMessages: z.optional(z.nullable(z.number())),
  lastMessage: z.optional(z.nullable(z.string())),
  isGroup: z.optional(z.nullable(z.boolean())),
  userId: z.nullable(z.number()),
  queueId: z.nullable(z.number()),
  contactId: z.optional(z.number()),
  updatedAt: z.string(),
  contact: z.optional(z.nullable(contactSchema)),
  queue: z.optional(
    z.nullable(z.object({ id: z.number(), name: z.string(), color: z.optional(z.nullable(z.string())) })),
  ),
  user: z.optional(z.nullable(namedSchema)),
  /** ListTicketsService and ShowTicketService include the ticket's tags (id, name, color). */
  tags: z.optional(
    z.nullable(z.array(z.object({ id: z.number(), name: z.string(), color: z.optional(z.nullable(z.string())) }))),
  ),
});

export type Ticket = z.infer<typeof ticketSchema>;

/** The message a reply quotes (`quotedMsg`, with its author's contact), as much as the quote block shows. */
const quotedFields = z.object({
  id: z.union([z.string(), z.number()]),
  body: z._default(z.nullable(z.string()), ''),
  fromMe: z._default(z.nullable(z.boolean()), false),
  mediaType: z.optional(z.nullable(z.string())),
  mediaUrl: z.optional(z.nullable(z.string())),
  isDeleted: z.optional(z.nullable(z.boolean())),
  contact: z.optional(z.nullable(z.object({ name: z.optional(z.nullable(z.string())) }))),
});

const messageFields = z.object({
  id: z.union([z.string(), z.number()]),
  body: z._default(z.nullable(z.string()), ''),
  fromMe: z.boolean(),
  ack: z.optional(z.nullable(z.number())),
  read: z.optional(z.nullable(z.union([z.boolean(), z.number()]))),
  mediaType: z.optional(z.nullable(z.string())),
  mediaUrl: z.optional(z.nullable(z.string())),
  isDeleted: z.optional(z.nullable(z.boolean())),
  isEdited: z.optional(z.nullable(z.boolean())),
  quotedMsg: z.optional(z.nullable(quotedFields)),
  ticketId: z.number(),
  createdAt: z.string(),
});

export interface QuotedMessage {
  id: string;
  body: string;
  fromMe: boolean;
  mediaType?: string | null | undefined;
  mediaUrl?: string | null | undefined;
  isDeleted?: boolean | null | undefined;
  /** The author's name when the customer wrote it. */
  contactName?: string | undefined;
}

/** A message; `id` is a string (WhatsApp's), normalised here when a fork sends a number. */
export type Message = Omit<z.infer<typeof messageFields>, 'id' | 'body' | 'quotedMsg'> & {
  id: string;
  body: string;
  quotedMsg?: QuotedMessage | null | undefined;
};

function toQuoted(raw: z.infer<typeof quotedFields>): QuotedMessage {
  const { contact, ...rest } = raw;
  return {
    ...rest,
    id: String(raw.id),
    body: raw.body ?? '',
    fromMe: raw.fromMe ?? false,
    ...(contact?.name && { contactName: contact.name }),
  };
}

function toMessage(raw: z.infer<typeof messageFields>): Message {
  const { quotedMsg, ...rest } = raw;
  return { ...rest, id: String(raw.id), body: raw.body ?? '', quotedMsg: quotedMsg ? toQuoted(quotedMsg) : null };
}

export const ticketPageSchema = z.object({ tickets: z.array(ticketSchema), count: z.number(), hasMore: z.boolean() });
export type TicketPage = z.infer<typeof ticketPageSchema>;

const messagePageSchema = z.object({
  messages: z.array(messageFields),
  ticket: ticketSchema,
  count: z.optional(z.number()),
  hasMore: z.boolean(),
});
export interface MessagePage {
  /** Oldest first, as the backend sends each page. */
  messages: Message[];
  ticket: Ticket;
  hasMore: boolean;
  /** Set on the newest page by the socket's delete event for this ticket, never by the backend. */
  deleted?: boolean;
}

export function parseTicketPage(data: unknown): TicketPage {
  return parseAnswer(ticketPageSchema, data, 'GET /tickets');
}

export function parseTicket(data: unknown, what: string): Ticket {
  return parseAnswer(ticketSchema, data, what);
}

export function parseMessagePage(data: unknown): MessagePage {
  const page = parseAnswer(messagePageSchema, data, 'GET /messages');
  return { messages: page.messages.map(toMessage), ticket: page.ticket, hasMore: page.hasMore };
}

/** A socket payload's ticket or message, or undefined when it is not one (then the event is ignored). */
export function ticketOf(value: unknown): Ticket | undefined {
  const parsed = ticketSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function messageOf(value: unknown): Message | undefined {
  const parsed = messageFields.safeParse(value);
  return parsed.success ? toMessage(parsed.data) : undefined;
}
