import * as z from 'zod/mini';
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { createOrUpdate, useInvalidatingMutation } from '../../../lib/query/use-invalidating-mutation.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';

/**
 * A tag as the backend answers it (`GET /tags/list`, `/tags/:id`, `POST`/`PUT /tags`) and as tickets carry
 * it (`id`, `name`, `color` only). `color` is whatever was stored: usually `#RRGGBB`, possibly empty or null.
 */
export const tagSchema = z.object({
  id: z.number(),
  name: z.string(),
  color: z.optional(z.nullable(z.string())),
  kanban: z.optional(z.nullable(z.number())),
});

export type Tag = z.infer<typeof tagSchema>;

/**
 * `GET /tags` answers `{tags, count, hasMore}`; each tag has `ticketsCount`, a COUNT() that Postgres sends as a
 * string. `count` is left unread: Atendechat computes it with a grouped query, so it is not a number there.
 */
const tagPageSchema = z.object({
  tags: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      color: z.optional(z.nullable(z.string())),
      ticketsCount: z.optional(z.union([z.number(), z.string()])),
    }),
  ),
  hasMore: z._default(z.boolean(), false),
});

/** A row of the tags page: the tag and how many tickets carry it. */
export interface TagSummary {
  id: number;
  name: string;
  color: string | null;
  ticketsCount: number;
}

export interface TagPage {
  tags: TagSummary[];
  hasMore: boolean;
}

/** What the form sends: the backend takes `name` and `color` (and `kanban`, which this app leaves as it is). */
export interface TagInput {
  name: string;
  color: string;
}

// --- requests -------------------------------------------------------------------------------------------

/** `GET /tags?searchParam=`: by name, 5000 a page (so one page), searched in name and colour by the backend. */
export async function listTagPage(api: ApiClient, searchParam: string, signal?: AbortSignal): Promise<TagPage> {
  const response = await api.get<unknown>('/tags', {
    params: { searchParam, pageNumber: '1' },
    ...(signal && { signal }),
  });
  const page = parseAnswer(tagPageSchema, response.data, 'GET /tags');
  return {
    hasMore: page.hasMore,
    tags: page.tags.map((tag) => {
      const count = Number(tag.ticketsCount ?? 0);
      return {
        id: tag.id,
        name: tag.name,
        color: tag.color ?? null,
        ticketsCount: Number.isFinite(count) ? count : 0,
      };
    }),
  };
}

/** `GET /tags/list`: every tag of the company, by name (what a tag picker or a list filter offers). */
export async function listAllTags(api: ApiClient, signal?: AbortSignal): Promise<Tag[]> {
  const response = await api.get<unknown>('/tags/list', signal ? { signal } : undefined);
  return parseAnswer(z.array(tagSchema), response.data, 'GET /tags/list');
}

export async function showTag(api: ApiClient, id: number, signal?: AbortSignal): Promise<Tag> {
  const response = await api.get<unknown>(`/tags/${id}`, signal ? { signal } : undefined);
  return parseAnswer(tagSchema, response.data, 'GET /tags/:id');
}

/** `POST /tags`. The backend's findOrCreate answers the existing row when an identical tag exists. */
export async function createTag(api: ApiClient, input: TagInput): Promise<Tag> {
  const response = await api.post<unknown>('/tags', input);
  return parseAnswer(tagSchema, response.data, 'POST /tags');
}

/**
 * `PUT /tags/:id` (admins only: 403 ERR_NO_PERMISSION otherwise). The page edits name and colour; the tag's
 * `kanban` is read first and sent back as it is, so an edit here never moves a tag on or off the kanban board.
 */
export async function updateTag(api: ApiClient, id: number, input: TagInput): Promise<Tag> {
  const current = await showTag(api, id);
  const response = await api.put<unknown>(`/tags/${id}`, { ...input, kanban: current.kanban ?? 0 });
  return parseAnswer(tagSchema, response.data, 'PUT /tags/:id');
}

/** `DELETE /tags/:id`: the tag leaves every ticket that had it. */
export async function deleteTag(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/tags/${id}`);
}

/**
 * `POST /tags/sync {ticketId, tags: [{id}]}`: the ticket's tags become exactly `tagIds`. The backend answers
 * the ticket as it was before the change and emits no event, so callers refetch the ticket themselves.
 */
export async function syncTicketTags(api: ApiClient, ticketId: number, tagIds: readonly number[]): Promise<void> {
  await api.post('/tags/sync', { ticketId, tags: tagIds.map((id) => ({ id })) });
}

// --- cache ----------------------------------------------------------------------------------------------

export const tagKeys = {
  all: ['tags'] as const,
  page: (search: string) => [...tagKeys.all, 'page', search] as const,
  list: () => [...tagKeys.all, 'list'] as const,
};

export function tagPageQueryOptions(api: ApiClient, search: string) {
  return queryOptions({
    queryKey: tagKeys.page(search),
    queryFn: ({ signal }) => listTagPage(api, search, signal),
    // A new search keeps the old rows on screen until its answer arrives.
    placeholderData: keepPreviousData,
  });
}

export function tagsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: tagKeys.list(), queryFn: ({ signal }) => listAllTags(api, signal) });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** The tags page's rows for `search`, with their ticket counts. */
export function useTagPage(search: string) {
  return useQuery(tagPageQueryOptions(useApi(), search));
}

/**
 * Every tag of the company, kept current as tags are created, changed or deleted (by anyone): for pickers
 * and filters in other features.
 */
export function useTags() {
  useTagEvents();
  return useQuery(tagsQueryOptions(useApi()));
}

/** Creates (`id` undefined) or updates a tag; every tags query is refetched after. */
export function useSaveTag() {
  return useInvalidatingMutation(tagKeys.all, createOrUpdate(createTag, updateTag));
}

export function useDeleteTag() {
  return useInvalidatingMutation(tagKeys.all, deleteTag);
}

/** Sets a ticket's tags; the tags' ticket counts are refetched after (the caller refetches its ticket). */
export function useSyncTicketTags() {
  return useInvalidatingMutation(
    tagKeys.all,
    (api, { ticketId, tagIds }: { ticketId: number; tagIds: readonly number[] }) =>
      syncTicketTags(api, ticketId, tagIds),
  );
}

/** Someone created, changed or deleted a tag (our own saves come back this way too): refetch. */
export function useTagEvents(): void {
  const client = useQueryClient();
  useCompanyEvent('tag', () => void client.invalidateQueries({ queryKey: tagKeys.all }));
}
