import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiClient } from '../api-client.ts';
import { useApi } from '../api-context.tsx';

/**
 * A write to the backend that refetches every query under `key` once it settles, whether it succeeded or not
 * (a failed save may still have changed something). `mutateAsync` resolves after that refetch.
 */
export function useInvalidatingMutation<TVariables, TData>(
  key: QueryKey,
  write: (api: ApiClient, variables: TVariables) => Promise<TData>,
) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => write(api, variables),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** What a form's save sends: `id` undefined creates, otherwise it updates that row. */
export interface SaveVariables<TInput> {
  id: number | undefined;
  input: TInput;
}

/** A `write` for useInvalidatingMutation that creates or updates, by `id`. */
export function createOrUpdate<TInput, TData>(
  create: (api: ApiClient, input: TInput) => Promise<TData>,
  update: (api: ApiClient, id: number, input: TInput) => Promise<TData>,
) {
  return (api: ApiClient, { id, input }: SaveVariables<TInput>): Promise<TData> =>
    id === undefined ? create(api, input) : update(api, id, input);
}
