import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

interface ErrorPanelProps {
  message: string;
  /** Shows a retry button (data-testid="retry") when given. */
  onRetry?: () => void;
  'data-testid'?: string;
}

/** An error with an optional retry: failed loads, an unreachable server. */
export function ErrorPanel({ message, onRetry, 'data-testid': testId }: ErrorPanelProps) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      data-testid={testId}
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry} data-testid="retry">
            {t('errors.retry')}
          </Button>
        )
      }
    >
      {message}
    </Alert>
  );
}
