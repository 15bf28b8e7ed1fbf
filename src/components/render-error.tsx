import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { LightButton } from './light-button.tsx';

/**
 * What the app shows when rendering fails, most often because a page's chunk could not be fetched (offline,
 * or a new deploy replaced the files): reloading fetches the current ones. In the main bundle, so it is built
 * from what the login page already loads (no Typography, no MUI Button).
 */
export function RenderError() {
  const { t } = useTranslation();
  return (
    <Box
      component="main"
      sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 3, textAlign: 'center' }}
    >
      <div>
        <Box component="h1" sx={{ typography: 'h5', m: 0, mb: 2 }}>
          {t('errors.unexpected')}
        </Box>
        <LightButton onClick={() => window.location.reload()} data-testid="retry">
          {t('errors.retry')}
        </LightButton>
      </div>
    </Box>
  );
}
