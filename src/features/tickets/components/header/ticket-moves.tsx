import { useState } from 'react';
import Button from '@mui/material/Button';
import SwapHoriz from '@mui/icons-material/SwapHoriz';
import Undo from '@mui/icons-material/Undo';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../api/schemas.ts';
import { useUpdateTicket } from '../../api/tickets.ts';
import { TransferDialog } from './transfer-dialog.tsx';

interface TicketMovesProps {
  ticket: Ticket;
  onTicketChanged: (ticket: Ticket) => void;
}

/**
 * The conversation header's transfer and "back to the queue" (Atendechat's TicketActionButtonsCustom: PUT
 * status pending, userId null; the queue stays). Transfer is offered on open and waiting tickets.
 */
export function TicketMoves({ ticket, onTicketChanged }: TicketMovesProps) {
  const { t } = useTranslation('tickets');
  const [transferring, setTransferring] = useState(false);
  const update = useUpdateTicket();
  if (ticket.status !== 'open' && ticket.status !== 'pending') return null;
  return (
    <>
      {ticket.status === 'open' && (
        <Button
          variant="text"
          startIcon={<Undo />}
          disabled={update.isPending}
          onClick={() =>
            update.mutate(
              { ticketId: ticket.id, change: { status: 'pending', userId: null } },
              { onSuccess: onTicketChanged },
            )
          }
          data-testid="ticket-return"
        >
          {t('actions.return')}
        </Button>
      )}
      <Button
        variant="text"
        startIcon={<SwapHoriz />}
        onClick={() => setTransferring(true)}
        data-testid="ticket-transfer"
      >
        {t('actions.transfer')}
      </Button>
      {transferring && (
        <TransferDialog ticket={ticket} onClose={() => setTransferring(false)} onTransferred={onTicketChanged} />
      )}
    </>
  );
}
