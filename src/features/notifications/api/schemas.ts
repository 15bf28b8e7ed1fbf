import * as z from 'zod/mini';
import { parseAnswer } from '../../../lib/api-answer.ts';

/**
 * What the attention signals read of a ticket and a message, from `GET /tickets` and the socket's events.
 * Their own lenient shapes rather than the tickets feature's: importing that feature would put its whole
 * screen into every signed-in page's JavaScript. Unknown fields are dropped.
 */
const ticketSchema = z.object({
  id: z.number(),
  status: z.string(),
  unreadMessages: z.optional(z.nullable(z.number())),
  isGroup: z.optional(z.nullable(z.boolean())),
  userId: z.nullable(z.number()),
  queueId: z.nullable(z.number()),
  contact: z.optional(z.nullable(z.object({ name: z.string(), number: z.string() }))),
});
export type NoticeTicket = z.infer<typeof ticketSchema>;

const messageSchema = z.object({
  body: z._default(z.nullable(z.string()), ''),
  fromMe: z.boolean(),
  read: z.optional(z.nullable(z.union([z.boolean(), z.number()]))),
  ticketId: z.number(),
});
export type NoticeMessage = Omit<z.infer<typeof messageSchema>, 'body'> & { body: string };

const ticketPageSchema = z.object({ tickets: z.array(ticketSchema), hasMore: z.boolean() });

export function parseTicketPage(data: unknown): { tickets: NoticeTicket[]; hasMore: boolean } {
  return parseAnswer(ticketPageSchema, data, 'GET /tickets?withUnreadMessages=true');
}

/** A socket payload's ticket or message, or undefined when it is not one (then it is ignored). */
export function ticketOf(value: unknown): NoticeTicket | undefined {
  const parsed = ticketSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function messageOf(value: unknown): NoticeMessage | undefined {
  const parsed = messageSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, body: parsed.data.body ?? '' } : undefined;
}
