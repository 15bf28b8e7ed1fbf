/**
 * The settings this page edits, with the control each needs, following the Atendechat frontend's
 * conventions (its Settings/Options.js): on/off settings store "enabled" / "disabled".
 */
import type { Setting } from '../api/settings.ts';

export const ENABLED = 'enabled';
export const DISABLED = 'disabled';

export type SettingControl =
  /** "enabled" / "disabled". */
  | { type: 'switch' }
  /** One of `options`; a stored value outside them (another fork's) is kept as an extra choice. */
  | { type: 'select'; options: readonly string[] }
  /** Free text, e.g. a server address. */
  | { type: 'text'; inputMode?: 'url' }
  /** A token or password: masked, with show/hide. */
  | { type: 'secret' };

export type SettingGroup = 'service' | 'whatsapp' | 'ixc' | 'mkauth' | 'asaas';

export interface SettingDefinition {
  key: SettingKey;
  group: SettingGroup;
  control: SettingControl;
  /** What Atendechat assumes when the company has no row for it. */
  fallback: string;
}

export const SETTING_KEYS = [
  'userRating',
  'sendGreetingAccepted',
  'sendMsgTransfTicket',
  'sendGreetingMessageOneQueues',
  'chatBotType',
  'scheduleType',
  'CheckMsgIsGroup',
  'call',
  'ipixc',
  'tokenixc',
  'ipmkauth',
  'clientidmkauth',
  'clientsecretmkauth',
  'asaas',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const CHATBOT_TYPES = ['text', 'button', 'list'] as const;
export const SCHEDULE_TYPES = ['disabled', 'queue', 'company'] as const;

export const SETTINGS: readonly SettingDefinition[] = [
  { key: 'userRating', group: 'service', control: { type: 'switch' }, fallback: DISABLED },
  { key: 'sendGreetingAccepted', group: 'service', control: { type: 'switch' }, fallback: DISABLED },
  { key: 'sendMsgTransfTicket', group: 'service', control: { type: 'switch' }, fallback: DISABLED },
  { key: 'sendGreetingMessageOneQueues', group: 'service', control: { type: 'switch' }, fallback: DISABLED },
  { key: 'chatBotType', group: 'service', control: { type: 'select', options: CHATBOT_TYPES }, fallback: 'text' },
  { key: 'scheduleType', group: 'service', control: { type: 'select', options: SCHEDULE_TYPES }, fallback: 'disabled' },
  { key: 'CheckMsgIsGroup', group: 'whatsapp', control: { type: 'switch' }, fallback: ENABLED },
  { key: 'call', group: 'whatsapp', control: { type: 'switch' }, fallback: ENABLED },
  { key: 'ipixc', group: 'ixc', control: { type: 'text', inputMode: 'url' }, fallback: '' },
  { key: 'tokenixc', group: 'ixc', control: { type: 'secret' }, fallback: '' },
  { key: 'ipmkauth', group: 'mkauth', control: { type: 'text', inputMode: 'url' }, fallback: '' },
  { key: 'clientidmkauth', group: 'mkauth', control: { type: 'text' }, fallback: '' },
  { key: 'clientsecretmkauth', group: 'mkauth', control: { type: 'secret' }, fallback: '' },
  { key: 'asaas', group: 'asaas', control: { type: 'secret' }, fallback: '' },
];

/** The value to show for each known setting: the company's, or Atendechat's fallback when it has none. */
export function settingValues(settings: ReadonlyArray<{ key: string; value: string }>): Record<SettingKey, string> {
  const stored = new Map(settings.map((setting) => [setting.key, setting.value]));
  return Object.fromEntries(
    SETTINGS.map((definition) => [definition.key, stored.get(definition.key) ?? definition.fallback]),
  ) as Record<SettingKey, string>;
}

/** The choices of a select: its options, plus a stored value outside them so it is not silently replaced. */
export function selectChoices(options: readonly string[], current: string): string[] {
  return options.includes(current) || current === '' ? [...options] : [...options, current];
}

/** The list with `key` set to `value` (added when the company had no row for it). */
export function withSettingValue(settings: readonly Setting[], key: string, value: string): Setting[] {
  return settings.some((setting) => setting.key === key)
    ? settings.map((setting) => (setting.key === key ? { ...setting, value } : setting))
    : [...settings, { key, value }];
}

/**
 * `company-<id>-settings`: `{action: "update", setting: {key, value, …}}`, another admin's save: the list
 * with its new value. A payload without a readable key and value leaves the list alone.
 */
export function applySettingsEvent(settings: readonly Setting[], payload: unknown): readonly Setting[] {
  const setting =
    typeof payload === 'object' && payload !== null ? (payload as { setting?: unknown }).setting : undefined;
  if (typeof setting !== 'object' || setting === null) return settings;
  const { key, value } = setting as { key?: unknown; value?: unknown };
  return typeof key === 'string' && typeof value === 'string' ? withSettingValue(settings, key, value) : settings;
}
