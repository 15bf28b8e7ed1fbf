import * as z from 'zod/mini';
import { parseAnswer } from '../api-answer.ts';

/**
 * The signed-in user as the backend describes it. Login answers with the full user; refresh_token with a
 * smaller one (company reduced to id and name, no dueDate), so everything beyond that is optional.
 */
const queueSchema = z.object({
  id: z.number(),
  name: z.optional(z.string()),
  color: z.optional(z.nullable(z.string())),
});

const companySchema = z.object({
  id: z.number(),
  name: z.string(),
  dueDate: z.optional(z.nullable(z.string())),
});

export const sessionUserSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  profile: z.string(),
  companyId: z.number(),
  super: z.optional(z.boolean()),
  company: z.optional(z.nullable(companySchema)),
  queues: z._default(z.array(queueSchema), []),
});

export const authResponseSchema = z.object({
  token: z.string().check(z.minLength(1)),
  user: sessionUserSchema,
});

export type SessionUser = z.infer<typeof sessionUserSchema>;
export type AuthResponse = z.infer<typeof authResponseSchema>;

export interface Credentials {
  email: string;
  password: string;
}

export function parseAuthResponse(data: unknown, what: string): AuthResponse {
  return parseAnswer(authResponseSchema, data, what);
}
