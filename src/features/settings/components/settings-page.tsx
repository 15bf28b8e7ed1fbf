import { useState } from 'react';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useAsync } from '../../../hooks/use-async.ts';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useReconnectEffect } from '../../../lib/realtime/index.ts';
import { getSettings } from '../api/settings-api.ts';
import { SETTINGS, settingValues, type SettingGroup, type SettingKey } from '../settings-catalog.ts';
import { SettingField } from './setting-field.tsx';

const SECTIONS: ReadonlyArray<{ heading: 'service' | 'whatsapp' | 'integrations'; groups: readonly SettingGroup[] }> = [
  { heading: 'service', groups: ['service'] },
  { heading: 'whatsapp', groups: ['whatsapp'] },
  { heading: 'integrations', groups: ['ixc', 'mkauth', 'asaas'] },
];

/** The company's settings (`GET /settings`), each saved on its own (`PUT /settings/:key`). */
export function SettingsPage() {
  const { t, ready } = useTranslation('settings');
  const { errorText } = useErrorText();
  const api = useApi();
  const settings = useAsync((signal) => getSettings(api, signal), [api]);
  /** Values saved since the list was loaded. */
  const [saved, setSaved] = useState<Partial<Record<string, string>>>({});
  const onSaved = (key: string, value: string) => setSaved((current) => ({ ...current, [key]: value }));
  // Another admin saved a setting: show its new value (a text being typed here stays as typed).
  useCompanyEvent('settings', (event) => {
    const setting = event.setting as { key?: unknown; value?: unknown } | undefined;
    if (typeof setting?.key === 'string' && typeof setting.value === 'string') onSaved(setting.key, setting.value);
  });

  const reload = () => {
    setSaved({});
    settings.reload();
  };
  // Back from a disconnection: fetch quietly (no loading state, so what is being typed stays) and show what changed.
  useReconnectEffect(() => {
    getSettings(api).then(
      (latest) =>
        setSaved((current) => ({
          ...current,
          ...Object.fromEntries(latest.map((setting) => [setting.key, setting.value])),
        })),
      () => undefined, // the values shown stay; the next save will tell if the backend is still away
    );
  });

  if (!ready) return <PageLoader />;

  const values = settings.status === 'success' ? { ...settingValues(settings.data), ...saved } : undefined;

  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: '56rem', minWidth: 0 }}>
      <Typography component="h1" variant="h4">
        {t('title')}
      </Typography>
      <Typography sx={{ color: 'text.secondary' }}>{t('intro')}</Typography>

      {settings.status === 'error' && (
        <ErrorPanel
          data-testid="settings-error"
          message={`${t('loadFailed')} ${errorText(settings.error)}`}
          onRetry={reload}
        />
      )}

      {settings.status === 'loading' && (
        <Paper variant="outlined" sx={{ p: 2 }} aria-busy="true" data-testid="settings-loading">
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} height={56} />
          ))}
        </Paper>
      )}

      {values &&
        SECTIONS.map((section) => (
          <Paper
            key={section.heading}
            component="section"
            variant="outlined"
            aria-labelledby={`settings-${section.heading}`}
            sx={{ px: { xs: 2, sm: 3 }, py: 2 }}
          >
            <Typography id={`settings-${section.heading}`} component="h2" variant="h6">
              {t(`groups.${section.heading}`)}
            </Typography>
            {section.groups.map((group, index) => (
              <Box key={group}>
                {section.groups.length > 1 && (
                  <>
                    {index > 0 && <Divider sx={{ my: 1 }} />}
                    <Typography component="h3" variant="subtitle1" sx={{ mt: 1, fontWeight: 500 }}>
                      {t(`groups.${group}`)}
                    </Typography>
                  </>
                )}
                {SETTINGS.filter((definition) => definition.group === group).map((definition) => (
                  <SettingField
                    key={definition.key}
                    definition={definition}
                    value={values[definition.key as SettingKey]}
                    onSaved={onSaved}
                  />
                ))}
              </Box>
            ))}
          </Paper>
        ))}
    </Box>
  );
}
