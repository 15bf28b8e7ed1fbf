import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BrandLogo } from '../../components/brand-logo.tsx';

/** Any URL the app does not know. */
export function Component() {
  const { t } = useTranslation();
  return (
    <Box
      component="main"
      data-testid="not-found"
      sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 3, textAlign: 'center' }}
    >
      <div>
        <Box sx={{ display: 'flex', justifyContent: 'center', mb: 4 }}>
          <BrandLogo height={56} />
        </Box>
        <Typography component="h1" variant="h4" gutterBottom>
          {t('notFound.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mb: 3 }}>{t('notFound.body')}</Typography>
        <Button component={RouterLink} to="/" variant="contained">
          {t('notFound.home')}
        </Button>
      </div>
    </Box>
  );
}
