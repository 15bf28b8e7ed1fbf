import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import CheckCircle from '@mui/icons-material/CheckCircle';
import CloudOff from '@mui/icons-material/CloudOff';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import QrCode2 from '@mui/icons-material/QrCode2';
import TimerOff from '@mui/icons-material/TimerOff';
import { useTranslation } from 'react-i18next';
import { statusKind, type StatusKind } from '../model/connections-state.ts';

const ICONS: Record<Exclude<StatusKind, 'opening'>, typeof CheckCircle> = {
  connected: CheckCircle,
  qrcode: QrCode2,
  disconnected: CloudOff,
  timeout: TimerOff,
  unknown: HelpOutlineOutlined,
};

// The colour is on the icon only: coloured text (warning on white) would fail contrast; the words carry it.
const ICON_COLOURS: Record<StatusKind, string> = {
  connected: 'success.main',
  qrcode: 'warning.main',
  opening: 'info.main',
  disconnected: 'error.main',
  timeout: 'error.main',
  unknown: 'text.secondary',
};

/** The connection's status in words, with an icon. `data-status` carries the backend's raw value. */
export function ConnectionStatus({ status }: { status: string }) {
  const { t } = useTranslation('connections');
  const kind = statusKind(status);
  const Icon = kind === 'opening' ? null : ICONS[kind];
  return (
    <Chip
      variant="outlined"
      size="small"
      data-testid="connection-status"
      data-status={status}
      icon={
        Icon ? (
          <Icon fontSize="small" sx={{ '&&': { color: ICON_COLOURS[kind] } }} />
        ) : (
          <CircularProgress size={14} sx={{ ml: 1, color: ICON_COLOURS[kind] }} aria-hidden />
        )
      }
      label={kind === 'unknown' ? t('status.unknown', { status }) : t(`status.${kind}`)}
      sx={{ maxWidth: '100%' }}
    />
  );
}
