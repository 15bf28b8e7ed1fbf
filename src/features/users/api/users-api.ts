import * as z from 'zod/mini';
import type { ApiClient } from '../../../lib/api-client.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';

export const USER_PROFILES = ['admin', 'user'] as const;
export type UserProfile = (typeof USER_PROFILES)[number];

const queueSchema = z.object({
  id: z.number(),
  name: z.string(),
  color: z.optional(z.nullable(z.string())),
});

const userSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  profile: z.string(),
  companyId: z.optional(z.number()),
  queues: z._default(z.array(queueSchema), []),
});

const userPageSchema = z.object({
  users: z.array(userSchema),
  count: z.number(),
  hasMore: z.boolean(),
});

export type Queue = z.infer<typeof queueSchema>;
export type User = z.infer<typeof userSchema>;
export type UserPage = z.infer<typeof userPageSchema>;

/** What the form sends. `password` is left out of an update when empty (the password is kept). */
export interface UserInput {
  name: string;
  email: string;
  password: string;
  profile: UserProfile;
  queueIds: number[];
}

/** `GET /users?searchParam=&pageNumber=`: 20 a page, newest first; `count` is the total for the search. */
export async function listUsers(
  api: ApiClient,
  query: { searchParam: string; pageNumber: number },
  signal?: AbortSignal,
): Promise<UserPage> {
  const response = await api.get<unknown>('/users', {
    params: { searchParam: query.searchParam, pageNumber: String(query.pageNumber) },
    ...(signal && { signal }),
  });
  return parseAnswer(userPageSchema, response.data, 'GET /users');
}

/** How many users the company has (what the plan counts), whatever the list's search. */
export async function countUsers(api: ApiClient, signal?: AbortSignal): Promise<number> {
  return (await listUsers(api, { searchParam: '', pageNumber: 1 }, signal)).count;
}

export async function createUser(api: ApiClient, input: UserInput): Promise<User> {
  const response = await api.post<unknown>('/users', input);
  return parseAnswer(userSchema, response.data, 'POST /users');
}

export async function updateUser(api: ApiClient, id: number, input: UserInput): Promise<User> {
  const { password, ...rest } = input;
  const response = await api.put<unknown>(`/users/${id}`, password === '' ? rest : input);
  return parseAnswer(userSchema, response.data, 'PUT /users/:id');
}

export async function deleteUser(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/users/${id}`);
}

/** `GET /queue`: the company's queues, to choose a user's. */
export async function listQueues(api: ApiClient, signal?: AbortSignal): Promise<Queue[]> {
  const response = await api.get<unknown>('/queue', signal ? { signal } : undefined);
  return parseAnswer(z.array(queueSchema), response.data, 'GET /queue');
}
