import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/**
 * Shown instead of the app when the bundle carries no valid brand: deliberately plain, with no colours or
 * names, so a broken deployment never looks like some other client's app.
 */
export function ConfigError({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <Box component="main" data-testid="config-error" sx={{ maxWidth: 640, mx: 'auto', my: 8, px: 3 }}>
      <Typography component="h1" variant="h5" gutterBottom>
        {t('config.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('config.body')}</Typography>
      <Typography component="h2" variant="subtitle2">
        {t('config.detail')}
      </Typography>
      <Box
        component="pre"
        sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 13, color: 'text.secondary' }}
      >
        {detail}
      </Box>
    </Box>
  );
}
