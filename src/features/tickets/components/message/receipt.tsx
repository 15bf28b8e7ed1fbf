import Box from '@mui/material/Box';
import AccessTime from '@mui/icons-material/AccessTime';
import Done from '@mui/icons-material/Done';
import DoneAll from '@mui/icons-material/DoneAll';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../model/message-content.ts';

const ICONS = { pending: AccessTime, sent: Done, delivered: DoneAll, read: DoneAll, failed: ErrorOutline } as const;

/** The delivery receipt of one of the agent's messages (WhatsApp's ticks), named for screen readers. */
export function ReceiptMark({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation('tickets');
  const Icon = ICONS[receipt];
  const label = t(`message.receipt.${receipt}`);
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      title={label}
      data-testid="message-receipt"
      data-receipt={receipt}
      sx={{
        display: 'inline-flex',
        verticalAlign: 'middle',
        color: receipt === 'read' ? 'info.main' : receipt === 'failed' ? 'error.main' : 'inherit',
      }}
    >
      <Icon sx={{ fontSize: 16 }} aria-hidden />
    </Box>
  );
}
