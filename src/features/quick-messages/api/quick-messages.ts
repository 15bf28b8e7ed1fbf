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
import { useInvalidatingMutation, type SaveVariables } from '../../../lib/query/use-invalidating-mutation.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';

/**
 * Atendechat's quick answers (quickMessageRoutes): every user has their own, any signed-in user may create,
 * change and delete them (no admin check). `mediaPath` is the attached file's public URL, or null.
 */
const quickMessageSchema = z.object({
  id: z.number(),
  shortcode: z.string(),
  message: z.string(),
  mediaPath: z._default(z.nullable(z.string()), null),
  mediaName: z._default(z.nullable(z.string()), null),
  userId: z.optional(z.nullable(z.number())),
});

const quickMessagePageSchema = z.object({
  records: z.array(quickMessageSchema),
  count: z.number(),
  hasMore: z.boolean(),
});

export type QuickMessage = z.infer<typeof quickMessageSchema>;
export type QuickMessagePage = z.infer<typeof quickMessagePageSchema>;

export interface QuickMessageInput {
  shortcode: string;
  message: string;
}

// --- requests -------------------------------------------------------------------------------------------

/** `GET /quick-messages?searchParam=&pageNumber=&userId=`: the user's own, shortcode contains the search, 20 a page. */
export async function listQuickMessages(
  api: ApiClient,
  query: { searchParam: string; pageNumber: number; userId: number },
  signal?: AbortSignal,
): Promise<QuickMessagePage> {
  const response = await api.get<unknown>('/quick-messages', {
    params: { searchParam: query.searchParam, pageNumber: String(query.pageNumber), userId: String(query.userId) },
    ...(signal && { signal }),
  });
  return parseAnswer(quickMessagePageSchema, response.data, 'GET /quick-messages');
}

/** `GET /quick-messages/list?companyId=&userId=`: every one of the user's quick answers, for the composer. */
export async function listAllQuickMessages(
  api: ApiClient,
  query: { companyId: number; userId: number },
  signal?: AbortSignal,
): Promise<QuickMessage[]> {
  const response = await api.get<unknown>('/quick-messages/list', {
    params: { companyId: String(query.companyId), userId: String(query.userId) },
    ...(signal && { signal }),
  });
  return parseAnswer(z.array(quickMessageSchema), response.data, 'GET /quick-messages/list');
}

export async function createQuickMessage(api: ApiClient, input: QuickMessageInput): Promise<QuickMessage> {
  const response = await api.post<unknown>('/quick-messages', input);
  return parseAnswer(quickMessageSchema, response.data, 'POST /quick-messages');
}

export async function updateQuickMessage(api: ApiClient, id: number, input: QuickMessageInput): Promise<QuickMessage> {
  const response = await api.put<unknown>(`/quick-messages/${id}`, input);
  return parseAnswer(quickMessageSchema, response.data, 'PUT /quick-messages/:id');
}

export async function deleteQuickMessage(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/quick-messages/${id}`);
}

/** Attaches a file, as Atendechat's dialog does (`typeArch` first: the backend picks the folder from it). */
export async function uploadQuickMessageMedia(api: ApiClient, id: number, file: File): Promise<void> {
  const form = new FormData();
  form.append('typeArch', 'quickMessage');
  form.append('file', file);
  await api.post(`/quick-messages/${id}/media-upload`, form);
}

export async function deleteQuickMessageMedia(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/quick-messages/${id}/media-upload`);
}

// --- cache ----------------------------------------------------------------------------------------------

export const quickMessageKeys = {
  all: ['quick-messages'] as const,
  list: (userId: number, search: string) => [...quickMessageKeys.all, 'list', userId, search] as const,
  composer: (userId: number) => [...quickMessageKeys.all, 'composer', userId] as const,
};

export function quickMessagesQueryOptions(api: ApiClient, userId: number, search: string) {
  return infiniteQueryOptions({
    queryKey: quickMessageKeys.list(userId, search),
    queryFn: ({ pageParam, signal }) =>
      listQuickMessages(api, { searchParam: search, pageNumber: pageParam, userId }, signal),
    initialPageParam: 1,
    getNextPageParam: (last: QuickMessagePage, pages: QuickMessagePage[]) =>
      last.hasMore ? pages.length + 1 : undefined,
    placeholderData: keepPreviousData,
  });
}

export function composerQuickMessagesQueryOptions(api: ApiClient, user: { id: number; companyId: number }) {
  return queryOptions({
    queryKey: quickMessageKeys.composer(user.id),
    queryFn: ({ signal }) => listAllQuickMessages(api, { companyId: user.companyId, userId: user.id }, signal),
  });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** The signed-in user's quick answers whose shortcode contains `search`, 20 a page. */
export function useQuickMessages(search: string) {
  const user = useUser();
  return useInfiniteQuery(quickMessagesQueryOptions(useApi(), user.id, search));
}

/** All of the signed-in user's quick answers, for the composer's picker. */
export function useComposerQuickMessages() {
  const user = useUser();
  return useQuery(composerQuickMessagesQueryOptions(useApi(), user));
}

/**
 * Creates (`id` undefined) or updates a quick answer, then attaches `file` (or removes the attachment when
 * `removeMedia`), as Atendechat's dialog does: the text is saved first, the file after. A failed attachment
 * comes back as `mediaError`, the text being saved.
 */
export function useSaveQuickMessage() {
  return useInvalidatingMutation(
    quickMessageKeys.all,
    async (
      api,
      {
        id,
        input,
        file,
        removeMedia,
      }: SaveVariables<QuickMessageInput> & { file?: File | undefined; removeMedia?: boolean },
    ) => {
      const saved = id === undefined ? await createQuickMessage(api, input) : await updateQuickMessage(api, id, input);
      // The text is saved by now: a failed attachment is reported apart, so a retry does not save it twice.
      try {
        if (removeMedia && id !== undefined) await deleteQuickMessageMedia(api, saved.id);
        if (file) await uploadQuickMessageMedia(api, saved.id, file);
        return { saved, mediaError: undefined };
      } catch (mediaError) {
        return { saved, mediaError: mediaError as unknown };
      }
    },
  );
}

export function useDeleteQuickMessage() {
  return useInvalidatingMutation(quickMessageKeys.all, deleteQuickMessage);
}

/** A quick answer was added, changed or removed (by this user elsewhere, or anyone's: lists are per user): refetch. */
export function useQuickMessageEvents(): void {
  const client = useQueryClient();
  useCompanyEvent('quickmessage', () => void client.invalidateQueries({ queryKey: quickMessageKeys.all }));
}
