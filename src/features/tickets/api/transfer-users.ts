import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { parseAnswer } from '../../../lib/api-answer.ts';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';

/**
 * The company's users for the transfer dialog: `GET /users/list` (Atendechat's SimpleListService: name, id,
 * email and the user's queues, unpaged, for every signed-in user, not only admins). The backend says nothing
 * of who is online there (User.online exists but no list selects it), so the dialog cannot show it.
 */
const transferUserSchema = z.object({
  id: z.number(),
  name: z.string(),
  queues: z._default(z.array(z.object({ id: z.number(), name: z.string() })), []),
});
export type TransferUser = z.infer<typeof transferUserSchema>;

export async function listTransferUsers(api: ApiClient, signal?: AbortSignal): Promise<TransferUser[]> {
  const response = await api.get<unknown>('/users/list', { ...(signal && { signal }) });
  return parseAnswer(z.array(transferUserSchema), response.data, 'GET /users/list');
}

export const transferUserKeys = { all: ['users', 'list'] as const };

export function transferUsersQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: transferUserKeys.all, queryFn: ({ signal }) => listTransferUsers(api, signal) });
}

/** Fetched when the dialog opens (`enabled`). */
export function useTransferUsers(enabled: boolean) {
  const api = useApi();
  return useQuery({ ...transferUsersQueryOptions(api), enabled });
}
