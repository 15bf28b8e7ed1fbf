import * as z from 'zod/mini';
import type { ApiClient } from '../../../lib/api-client.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';

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
