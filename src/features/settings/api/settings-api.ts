import * as z from 'zod/mini';
import type { ApiClient } from '../../../lib/api-client.ts';

const settingSchema = z.object({
  id: z.optional(z.number()),
  key: z.string(),
  // Atendechat stores text; a null from an older row reads as empty.
  value: z.pipe(z.nullable(z.optional(z.string())), z.transform((value) => value ?? '')),
  companyId: z.optional(z.nullable(z.number())),
});

export type Setting = z.infer<typeof settingSchema>;

/** `GET /settings`: the company's settings, `{id, key, value, companyId}` each. */
export async function getSettings(api: ApiClient, signal?: AbortSignal): Promise<Setting[]> {
  const response = await api.get<unknown>('/settings', signal ? { signal } : undefined);
  const parsed = z.array(settingSchema).safeParse(response.data);
  if (!parsed.success) throw new Error('Unexpected answer to GET /settings');
  return parsed.data;
}

/** `PUT /settings/:key {value}` (admins); answers the saved setting. */
export async function updateSetting(api: ApiClient, key: string, value: string): Promise<Setting> {
  const response = await api.put<unknown>(`/settings/${encodeURIComponent(key)}`, { value });
  const parsed = settingSchema.safeParse(response.data);
  if (!parsed.success) throw new Error('Unexpected answer to PUT /settings');
  return parsed.data;
}
