import type { Receipt } from '../../model/message-content.ts';
import { BubbleIcon, type BubbleIconName } from './bubble-icon.tsx';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

const ICONS: Record<Receipt, BubbleIconName> = {
  pending: 'accessTime',
  sent: 'done',
  delivered: 'doneAll',
  read: 'doneAll',
  failed: 'errorOutline',
};

/** The delivery receipt of one of the agent's messages (WhatsApp's ticks), named for screen readers. */
export function ReceiptMark({ receipt }: { receipt: Receipt }) {
  const { t } = useBubbleTexts();
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
      <BubbleIcon name={ICONS[receipt]} />
    </span>
  );
}
