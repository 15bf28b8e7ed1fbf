import * as z from 'zod/mini';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';
import { applySettingsEvent, withSettingValue } from '../model/settings-catalog.ts';

const settingSchema = z.object({
  id: z.optional(z.number()),
  key: z.string(),
  // Atendechat stores text; a null from an older row reads as empty.
  value: z.pipe(
    z.nullable(z.optional(z.string())),
    z.transform((value) => value ?? ''),
  ),
  companyId: z.optional(z.nullable(z.number())),
});

export type Setting = z.infer<typeof settingSchema>;

// --- requests -------------------------------------------------------------------------------------------

/** `GET /settings`: the company's settings, `{id, key, value, companyId}` each. */
export async function getSettings(api: ApiClient, signal?: AbortSignal): Promise<Setting[]> {
  const response = await api.get<unknown>('/settings', signal ? { signal } : undefined);
  return parseAnswer(z.array(settingSchema), response.data, 'GET /settings');
}

/** `PUT /settings/:key {value}` (admins); answers the saved setting. */
export async function updateSetting(api: ApiClient, key: string, value: string): Promise<Setting> {
  const response = await api.put<unknown>(`/settings/${encodeURIComponent(key)}`, { value });
  return parseAnswer(settingSchema, response.data, 'PUT /settings');
}

// --- cache ----------------------------------------------------------------------------------------------

export const settingKeys = { all: ['settings'] as const };

export function settingsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: settingKeys.all, queryFn: ({ signal }) => getSettings(api, signal) });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** The company's settings, as stored (see model/settings-catalog.ts for what each shows). */
export function useSettings() {
  return useQuery(settingsQueryOptions(useApi()));
}

/**
 * Saves one setting. The list takes the saved value from the answer once the save succeeds (not before: a
 * switch that fails goes back to the stored value); nothing is refetched, so a text being typed in another
 * field stays as typed.
 */
export function useUpdateSetting() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value }: { key: string; value: string }) => updateSetting(api, key, value),
    onSuccess: (saved, { key }) =>
      client.setQueryData<readonly Setting[]>(settingKeys.all, (list) =>
        list ? withSettingValue(list, key, saved.value) : list,
      ),
  });
}

/** Another admin saved a setting: its new value, from the event itself. */
export function useSettingsEvents(): void {
  const client = useQueryClient();
  useCompanyEvent('settings', (event) =>
    client.setQueryData<readonly Setting[]>(settingKeys.all, (list) => (list ? applySettingsEvent(list, event) : list)),
  );
}
