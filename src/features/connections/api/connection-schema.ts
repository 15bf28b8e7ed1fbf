import * as z from 'zod/mini';

/** A WhatsApp connection as the backend sends it (`GET /whatsapp`, its socket events). */
export const connectionSchema = z.object({
  id: z.number(),
  name: z.string(),
  /** "CONNECTED" | "qrcode" | "OPENING" | "DISCONNECTED" | "TIMEOUT" | "PAIRING" | … as the backend says. */
  status: z.string(),
  /** The pairing reference to show as a QR code while `status` is "qrcode"; empty or null otherwise. */
  qrcode: z.optional(z.nullable(z.string())),
  isDefault: z.optional(z.boolean()),
  greetingMessage: z.optional(z.nullable(z.string())),
  farewellMessage: z.optional(z.nullable(z.string())),
  complationMessage: z.optional(z.nullable(z.string())),
  outOfHoursMessage: z.optional(z.nullable(z.string())),
  ratingMessage: z.optional(z.nullable(z.string())),
  queues: z.optional(z.array(z.object({ id: z.number() }))),
  updatedAt: z.optional(z.string()),
});

export type Connection = z.infer<typeof connectionSchema>;

/** A connection from a socket event (unvalidated), or undefined when it is not one. */
export function parseConnection(data: unknown): Connection | undefined {
  const parsed = connectionSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
