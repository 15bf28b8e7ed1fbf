import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useRealtimeStatus } from '../../../lib/realtime/index.ts';
import type { Connection } from '../api/connections.ts';
import { pairingCode, statusKind } from '../model/connections-state.ts';
import { QrCodeImage } from './qr-code-image.tsx';

/** Without the socket, the status is fetched this often while the dialog is open. */
const POLL_MS = 3000;

interface QrCodeDialogProps {
  /** The connection as the page knows it now (live); undefined once it has been deleted. */
  connection: Connection | undefined;
  /** Its name when the dialog opened, for the title if it disappears. */
  name: string;
  /** Asks the backend for a new code (restart the session). */
  onNewCode: () => Promise<void>;
  /** Fetches the list again: the fallback while the socket is down. */
  onPoll: () => void;
  onClose: () => void;
}

/**
 * Pairing: the QR code the backend sent, replaced live as the backend renews it, and the outcome (connected,
 * or expired with a way to get a new code). The status comes from socket events; if the socket is down,
 * from polling.
 */
export function QrCodeDialog({ connection, name, onNewCode, onPoll, onClose }: QrCodeDialogProps) {
  const { t } = useTranslation('connections');
  const { errorText } = useErrorText();
  const realtime = useRealtimeStatus();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = connection?.name ?? name;
  const kind = connection ? statusKind(connection.status) : undefined;
  const code = connection ? pairingCode(connection) : undefined;
  const settled = kind === 'connected' || connection === undefined;

  useEffect(() => {
    if (realtime === 'connected' || settled) return;
    const timer = setInterval(onPoll, POLL_MS);
    return () => clearInterval(timer);
  }, [realtime, settled, onPoll]);

  const newCode = async () => {
    setPending(true);
    setError(null);
    try {
      await onNewCode();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setPending(false);
    }
  };

  let body;
  if (!connection) {
    body = <Alert severity="info">{t('qr.gone')}</Alert>;
  } else if (kind === 'connected') {
    body = (
      <Alert severity="success" data-testid="qr-connected">
        {t('qr.connected', { name: title })}
      </Alert>
    );
  } else if (code) {
    body = (
      <Stack spacing={2}>
        <Typography variant="body2">{t('qr.instructions')}</Typography>
        <QrCodeImage code={code} alt={t('qr.image', { name: title })} />
      </Stack>
    );
  } else if (kind === 'disconnected' || kind === 'timeout') {
    body = (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Alert severity="warning" sx={{ width: '100%' }} data-testid="qr-expired">
          {t('qr.expired')}
        </Alert>
        <Button variant="contained" onClick={() => void newCode()} loading={pending} data-testid="qr-new-code">
          {t('qr.newCode')}
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Box role="status" sx={{ display: 'grid', justifyItems: 'center', gap: 2, py: 4 }} data-testid="qr-waiting">
        <CircularProgress aria-hidden />
        <Typography>{t('qr.waiting')}</Typography>
      </Box>
    );
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" data-testid="qr-dialog">
      <DialogTitle>{t('qr.title', { name: title })}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <Box aria-live="polite">{body}</Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="qr-close">
          {t('qr.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
