import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/**
 * What the app shows when rendering fails, most often because a page's chunk could not be fetched (offline,
 * or a new deploy replaced the files): reloading fetches the current ones.
 */
export function RenderError() {
  const { t } = useTranslation();
  return (
    <Box component="main" sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 3, textAlign: 'center' }}>
      <div>
        <Typography component="h1" variant="h5" gutterBottom>
          {t('errors.unexpected')}
        </Typography>
        <Button variant="contained" onClick={() => window.location.reload()} data-testid="retry">
          {t('errors.retry')}
        </Button>
      </div>
    </Box>
  );
}
