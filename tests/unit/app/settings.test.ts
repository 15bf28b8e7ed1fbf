import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_DIR } from '../../../scripts/paths.ts';
import { getSettings, updateSetting } from '../../../src/features/settings/api/settings.ts';
import {
  applySettingsEvent,
  selectChoices,
  SETTING_KEYS,
  SETTINGS,
  settingValues,
  withSettingValue,
} from '../../../src/features/settings/model/settings-catalog.ts';
import type { ApiClient } from '../../../src/lib/api-client.ts';

/** The 14 settings of the recorded `GET /settings`. */
function recordedSettings(): Array<{ key: string; value: string }> {
  const http = readFileSync(join(CONTRACT_DIR, '10_settings.http'), 'utf8');
  const body = http.slice(http.indexOf('\n[', http.indexOf('## RESPONSE')));
  return JSON.parse(body) as Array<{ key: string; value: string }>;
}

describe('settings catalog', () => {
  it('has a control for each recorded setting, and nothing else', () => {
    const recorded = recordedSettings().map((setting) => setting.key);
    expect(recorded).toHaveLength(14);
    expect([...SETTING_KEYS].sort()).toEqual([...recorded].sort());
    expect(SETTINGS.map((definition) => definition.key).sort()).toEqual([...recorded].sort());
  });

  it('picks each control by the values the setting takes', () => {
    const control = (key: string) => SETTINGS.find((definition) => definition.key === key)?.control.type;
    for (const key of [
      'call',
      'userRating',
      'CheckMsgIsGroup',
      'sendGreetingAccepted',
      'sendMsgTransfTicket',
      'sendGreetingMessageOneQueues',
    ])
      expect(control(key), key).toBe('switch');
    expect(control('scheduleType')).toBe('select');
    expect(control('chatBotType')).toBe('select');
    for (const key of ['tokenixc', 'clientsecretmkauth', 'asaas']) expect(control(key), key).toBe('secret');
    for (const key of ['ipixc', 'ipmkauth', 'clientidmkauth']) expect(control(key), key).toBe('text');
  });

  it("reads the company's values, with Atendechat's fallbacks for missing rows", () => {
    const values = settingValues([
      { key: 'call', value: 'enabled' },
      { key: 'unknownKey', value: 'x' },
    ]);
    expect(values.call).toBe('enabled');
    expect(values.scheduleType).toBe('disabled');
    expect(values.asaas).toBe('');
    expect(values).not.toHaveProperty('unknownKey');
    const recorded = settingValues(recordedSettings());
    expect(recorded).toMatchObject({
      chatBotType: 'text',
      scheduleType: 'queue',
      CheckMsgIsGroup: 'enabled',
      call: 'disabled',
    });
  });

  it('keeps a stored select value it does not know as a choice', () => {
    expect(selectChoices(['disabled', 'queue', 'company'], 'queue')).toEqual(['disabled', 'queue', 'company']);
    expect(selectChoices(['text', 'button', 'list'], 'typebot')).toEqual(['text', 'button', 'list', 'typebot']);
  });
});

describe('settings in the cache', () => {
  const list = [
    { id: 1, key: 'call', value: 'disabled', companyId: 1 },
    { id: 2, key: 'asaas', value: '', companyId: 1 },
  ];

  it('take a saved value, adding a row the company did not have', () => {
    expect(withSettingValue(list, 'call', 'enabled')).toEqual([{ ...list[0], value: 'enabled' }, list[1]]);
    expect(withSettingValue(list, 'userRating', 'enabled')).toEqual([...list, { key: 'userRating', value: 'enabled' }]);
    expect(list[0]!.value).toBe('disabled');
  });

  it("take another admin's save from its event, and ignore what they cannot read", () => {
    const event = { action: 'update', setting: { id: 2, key: 'asaas', value: 'tok', companyId: 1 } };
    expect(applySettingsEvent(list, event)[1]).toMatchObject({ key: 'asaas', value: 'tok' });
    for (const payload of [null, 'x', { action: 'update' }, { setting: { key: 'call' } }, { setting: { value: 'x' } }])
      expect(applySettingsEvent(list, payload)).toBe(list);
  });
});

describe('settings api', () => {
  it('sends PUT /settings/:key {value} and reads a null value as empty', async () => {
    const calls: unknown[] = [];
    const api = {
      get: async () => ({ data: [{ id: 9, key: 'ipixc', value: null, companyId: 1 }] }),
      put: async (url: string, body: unknown) => {
        calls.push([url, body]);
        return { data: { id: 8, key: 'call', value: 'enabled', companyId: 1 } };
      },
    } as unknown as ApiClient;
    expect(await getSettings(api)).toEqual([{ id: 9, key: 'ipixc', value: '', companyId: 1 }]);
    expect(await updateSetting(api, 'call', 'enabled')).toMatchObject({ key: 'call', value: 'enabled' });
    expect(calls).toEqual([['/settings/call', { value: 'enabled' }]]);
  });

  it('refuses an answer that is not a settings list', async () => {
    const api = { get: async () => ({ data: '<html>proxy</html>' }) } as unknown as ApiClient;
    await expect(getSettings(api)).rejects.toThrow(/GET \/settings/);
  });
});
