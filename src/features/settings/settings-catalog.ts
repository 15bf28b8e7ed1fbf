/**
 * The settings this page edits, with the control each needs, following the Atendechat frontend's
 * conventions (its Settings/Options.js): on/off settings store "enabled" / "disabled".
 */

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

export const SETTING_GROUPS: readonly SettingGroup[] = ['service', 'whatsapp', 'ixc', 'mkauth', 'asaas'];

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
