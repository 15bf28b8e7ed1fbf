import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a page (or the whole screen) that is not ready yet. */
export function PageLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Box role="status" sx={{ minHeight: '50vh', flexGrow: 1, display: 'grid', placeItems: 'center' }}>
      <CircularProgress aria-label={label ?? t('app.loading')} />
    </Box>
  );
}
