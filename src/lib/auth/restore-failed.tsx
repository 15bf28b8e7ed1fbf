import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { useErrorText } from '../../hooks/use-error-text.ts';
import { describeApiFailure, type ApiFailure } from '../api-errors.ts';
import { useSession } from './session-context.tsx';

/** A stored session could not be checked (server unreachable or failing): say so, offer a retry. */
export default function RestoreFailed({ failure }: { failure: ApiFailure }) {
  const session = useSession();
  const { t, i18n } = useTranslation();
  const { messageText } = useErrorText();
  return (
    <Box component="main" sx={{ maxWidth: 560, mx: 'auto', mt: 8, px: 2 }}>
      <ErrorPanel
        data-testid="session-restore-error"
        message={`${t('session.restoreFailed')} ${messageText(describeApiFailure(failure, (key) => i18n.exists(key)))}`}
        onRetry={() => void session.restore()}
      />
    </Box>
  );
}
