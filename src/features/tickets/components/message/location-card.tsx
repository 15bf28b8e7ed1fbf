import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LocationOn from '@mui/icons-material/LocationOn';
import OpenInNew from '@mui/icons-material/OpenInNew';
import { useTranslation } from 'react-i18next';

/** A shared location: its description (text) and a link to the map (only an http(s) one). */
export function LocationCard({
  mapUrl,
  description,
}: {
  mapUrl?: string | undefined;
  description?: string | undefined;
}) {
  const { t } = useTranslation('tickets');
  return (
    <Box
      data-testid="message-location"
      sx={{ display: 'grid', gap: 0.5, width: 280, maxWidth: '100%', p: 1, borderRadius: 1.5, bgcolor: 'action.hover' }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <LocationOn sx={{ color: 'error.main', fontSize: 32 }} aria-hidden />
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {t('message.location.title')}
          </Typography>
          {description && (
            <Typography
              variant="body2"
              dir="auto"
              data-testid="location-description"
              sx={{ color: 'text.secondary', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', unicodeBidi: 'isolate' }}
            >
              {description}
            </Typography>
          )}
        </Box>
      </Box>
      {mapUrl && (
        <Button
          href={mapUrl}
          target="_blank"
          rel="noopener noreferrer"
          size="small"
          color="inherit"
          variant="outlined"
          endIcon={<OpenInNew />}
          data-testid="location-open"
        >
          {t('message.location.open')}
        </Button>
      )}
    </Box>
  );
}
