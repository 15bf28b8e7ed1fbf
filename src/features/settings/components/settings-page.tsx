import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useSettings, useSettingsEvents } from '../api/settings.ts';
import { SETTINGS, settingValues, type SettingGroup, type SettingKey } from '../model/settings-catalog.ts';
import { SettingField } from './setting-field.tsx';

const SECTIONS: ReadonlyArray<{ heading: 'service' | 'whatsapp' | 'integrations'; groups: readonly SettingGroup[] }> = [
  { heading: 'service', groups: ['service'] },
  { heading: 'whatsapp', groups: ['whatsapp'] },
  { heading: 'integrations', groups: ['ixc', 'mkauth', 'asaas'] },
];

/**
 * The company's settings (`GET /settings`), each saved on its own (`PUT /settings/:key`). Another admin's
 * saves show up live; after a reconnection the list is fetched again quietly (what is being typed stays).
 */
export function SettingsPage() {
  const { t, ready } = useTranslation('settings');
  const { errorText } = useErrorText();
  const settings = useSettings();
  useSettingsEvents();

  if (!ready) return <PageLoader />;

  const values = settings.isSuccess ? settingValues(settings.data) : undefined;

  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: '56rem', minWidth: 0 }}>
      <PageHeader title={t('title')}>
        <Typography sx={{ color: 'text.secondary' }}>{t('intro')}</Typography>
      </PageHeader>

      {settings.isError && (
        <ErrorPanel
          data-testid="settings-error"
          message={`${t('loadFailed')} ${errorText(settings.error)}`}
          onRetry={() => void settings.refetch()}
        />
      )}

      {settings.isPending && (
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
                  />
                ))}
              </Box>
            ))}
          </Paper>
        ))}
    </Box>
  );
}
