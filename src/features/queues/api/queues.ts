import * as z from 'zod/mini';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { createOrUpdate, useInvalidatingMutation } from '../../../lib/query/use-invalidating-mutation.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';
import { removeQueue, upsertQueue } from '../model/queue-list.ts';

/**
 * A queue as other resources embed it (a user's `queues`: Atendechat includes `["id", "name", "color"]`).
 * The colour is the backend's text: `^#[0-9a-f]{3,6}$` there, so not always a colour CSS knows.
 */
export const queueRefSchema = z.object({
  id: z.number(),
  name: z.string(),
  color: z.optional(z.nullable(z.string())),
});

export type QueueRef = z.infer<typeof queueRefSchema>;

/**
 * One weekday of `Queue.schedules` (JSONB, whatever the frontend sent): Atendechat's form writes
 * `{weekday: "Segunda-feira", weekdayEn: "monday", startTime: "08:00", endTime: "18:00"}` and its message
 * listener reads `weekdayEn`, `startTime` and `endTime`.
 */
const scheduleSchema = z.looseObject({
  weekday: z.optional(z.nullable(z.string())),
  weekdayEn: z.optional(z.nullable(z.string())),
  startTime: z.optional(z.nullable(z.string())),
  endTime: z.optional(z.nullable(z.string())),
});

export type QueueSchedule = z.infer<typeof scheduleSchema>;

/** `GET /queue`, `GET|POST|PUT /queue/:id` (backend/src/models/Queue.ts). */
export const queueSchema = z.object({
  id: z.number(),
  name: z.string(),
  color: z.optional(z.nullable(z.string())),
  greetingMessage: z.optional(z.nullable(z.string())),
  outOfHoursMessage: z.optional(z.nullable(z.string())),
  // A column without a default: null for queues created without it; anything unreadable counts as no hours.
  schedules: z.catch(z.array(scheduleSchema), []),
  orderQueue: z.optional(z.nullable(z.number())),
  companyId: z.optional(z.number()),
});

export type Queue = z.infer<typeof queueSchema>;

/**
 * What the form sends (QueueController.store/update read these). `integrationId` and `promptId` are left
 * out, so an update keeps whatever the queue has.
 */
export interface QueueInput {
  name: string;
  color: string;
  greetingMessage: string;
  outOfHoursMessage: string;
  schedules: { weekday: string; weekdayEn: string; startTime: string; endTime: string }[];
  /** null: no order (the controller turns "" into null too). */
  orderQueue: number | null;
}

// --- requests -------------------------------------------------------------------------------------------

/** `GET /queue`: every queue of the company, by `orderQueue` (no search, no pages). */
export async function listQueues(api: ApiClient, signal?: AbortSignal): Promise<Queue[]> {
  const response = await api.get<unknown>('/queue', signal ? { signal } : undefined);
  return parseAnswer(z.array(queueSchema), response.data, 'GET /queue');
}

/** `POST /queue`: 200 with the queue; emitted as `company-<id>-queue` `update`. */
export async function createQueue(api: ApiClient, input: QueueInput): Promise<Queue> {
  const response = await api.post<unknown>('/queue', input);
  return parseAnswer(queueSchema, response.data, 'POST /queue');
}

/** `PUT /queue/:id`: 201 with the queue. */
export async function updateQueue(api: ApiClient, id: number, input: QueueInput): Promise<Queue> {
  const response = await api.put<unknown>(`/queue/${id}`, input);
  return parseAnswer(queueSchema, response.data, 'PUT /queue/:id');
}

/** `DELETE /queue/:id`: 200, empty; the queue's tickets lose their queue. */
export async function deleteQueue(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/queue/${id}`);
}

// --- cache ----------------------------------------------------------------------------------------------

export const queueKeys = { all: ['queues'] as const };

export function queuesQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: queueKeys.all, queryFn: ({ signal }) => listQueues(api, signal) });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** The company's queues, in the backend's order. */
export function useQueues() {
  return useQuery(queuesQueryOptions(useApi()));
}

/** Creates (`id` undefined) or updates a queue; the list is refetched after. */
export function useSaveQueue() {
  return useInvalidatingMutation(queueKeys.all, createOrUpdate(createQueue, updateQueue));
}

export function useDeleteQueue() {
  return useInvalidatingMutation(queueKeys.all, deleteQueue);
}

const queueEventSchema = z.union([
  z.object({ action: z.literal('update'), queue: queueSchema }),
  z.object({ action: z.literal('create'), queue: queueSchema }),
  z.object({ action: z.literal('delete'), queueId: z.number() }),
]);

/**
 * `company-<id>-queue` from anyone (our own saves too): `update` (also sent on creation) puts the queue in
 * the cached list, `delete` takes it out; a payload that does not read as either refetches the list.
 */
export function useQueueEvents(): void {
  const client = useQueryClient();
  useCompanyEvent('queue', (payload) => {
    const event = queueEventSchema.safeParse(payload);
    if (!event.success) {
      void client.invalidateQueries({ queryKey: queueKeys.all });
      return;
    }
    const data = event.data;
    client.setQueryData<Queue[]>(queueKeys.all, (list) => {
      if (!list) return list;
      return data.action === 'delete' ? removeQueue(list, data.queueId) : upsertQueue(list, data.queue);
    });
  });
}
