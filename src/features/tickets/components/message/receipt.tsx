import AccessTime from '@mui/icons-material/AccessTime';
import Done from '@mui/icons-material/Done';
import DoneAll from '@mui/icons-material/DoneAll';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import type { Receipt } from '../../model/message-content.ts';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

const ICONS = { pending: AccessTime, sent: Done, delivered: DoneAll, read: DoneAll, failed: ErrorOutline } as const;

/** The delivery receipt of one of the agent's messages (WhatsApp's ticks), named for screen readers. */
export function ReceiptMark({ receipt }: { receipt: Receipt }) {
  const { t } = useBubbleTexts();
  const Icon = ICONS[receipt];
  const label = t(`message.receipt.${receipt}`);
  return (
    <span
      className={bubbleClasses.receipt}
      role="img"
      aria-label={label}
      title={label}
      data-testid="message-receipt"
      data-receipt={receipt}
    >
      <Icon fontSize="inherit" aria-hidden />
    </span>
  );
}
