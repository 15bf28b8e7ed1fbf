import * as z from 'zod/mini';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { createOrUpdate, useInvalidatingMutation } from '../../../lib/query/use-invalidating-mutation.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';
import { queueRefSchema } from '../../queues/index.ts';

export const USER_PROFILES = ['admin', 'user'] as const;
export type UserProfile = (typeof USER_PROFILES)[number];

const userSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  profile: z.string(),
  companyId: z.optional(z.number()),
  queues: z._default(z.array(queueRefSchema), []),
});

const userPageSchema = z.object({
  users: z.array(userSchema),
  count: z.number(),
  hasMore: z.boolean(),
});

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

// --- requests -------------------------------------------------------------------------------------------

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

// --- cache ----------------------------------------------------------------------------------------------

export const userKeys = {
  all: ['users'] as const,
  list: (search: string) => [...userKeys.all, 'list', search] as const,
  /** How many users the company has, whatever the list's search: what the plan counts. */
  total: () => [...userKeys.all, 'total'] as const,
};

export function usersQueryOptions(api: ApiClient, search: string) {
  return infiniteQueryOptions({
    queryKey: userKeys.list(search),
    queryFn: ({ pageParam, signal }) => listUsers(api, { searchParam: search, pageNumber: pageParam }, signal),
    initialPageParam: 1,
    getNextPageParam: (last: UserPage, pages: UserPage[]) => (last.hasMore ? pages.length + 1 : undefined),
    // A new search keeps the old rows on screen until its first page arrives.
    placeholderData: keepPreviousData,
  });
}

export function userTotalQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: userKeys.total(),
    queryFn: async ({ signal }) => (await listUsers(api, { searchParam: '', pageNumber: 1 }, signal)).count,
  });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** The users matching `search`, 20 a page (`fetchNextPage` for more). */
export function useUsers(search: string) {
  return useInfiniteQuery(usersQueryOptions(useApi(), search));
}

/** All of the company's users, for the plan's limit. */
export function useUserTotal() {
  return useQuery(userTotalQueryOptions(useApi()));
}

/** Creates (`id` undefined) or updates a user; every users query is refetched after. */
export function useSaveUser() {
  return useInvalidatingMutation(userKeys.all, createOrUpdate(createUser, updateUser));
}

export function useDeleteUser() {
  return useInvalidatingMutation(userKeys.all, deleteUser);
}

/**
 * Someone else added, changed or removed a user (our own saves come back this way too): refetch. A queue
 * renamed, recoloured or deleted changes the users' queues too.
 */
export function useUserEvents(): void {
  const client = useQueryClient();
  useCompanyEvent('user', () => void client.invalidateQueries({ queryKey: userKeys.all }));
  useCompanyEvent('queue', () => void client.invalidateQueries({ queryKey: userKeys.all }));
}
