import * as z from 'zod/mini';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';

export const queueSchema = z.object({
  id: z.number(),
  name: z.string(),
  color: z.optional(z.nullable(z.string())),
});

export type Queue = z.infer<typeof queueSchema>;

/** `GET /queue`: the company's queues, to choose a user's. */
export async function listQueues(api: ApiClient, signal?: AbortSignal): Promise<Queue[]> {
  const response = await api.get<unknown>('/queue', signal ? { signal } : undefined);
  return parseAnswer(z.array(queueSchema), response.data, 'GET /queue');
}

export const queueKeys = { all: ['queues'] as const };

export function queuesQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: queueKeys.all, queryFn: ({ signal }) => listQueues(api, signal) });
}

export function useQueues() {
  return useQuery(queuesQueryOptions(useApi()));
}

export function useQueueEvents(): void {
  const client = useQueryClient();
  useCompanyEvent('queue', () => void client.invalidateQueries({ queryKey: queueKeys.all }));
}
