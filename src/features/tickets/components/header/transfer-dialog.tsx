import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../../components/form-dialog.tsx';
import { useErrorText } from '../../../../hooks/use-error-text.ts';
import { useQueues } from '../../../queues/index.ts';
import type { Ticket } from '../../api/schemas.ts';
import { transferChange, useUpdateTicket } from '../../api/tickets.ts';
import { useTransferUsers } from '../../api/transfer-users.ts';
import { usersOfQueue } from '../../model/transfer.ts';

interface TransferDialogProps {
  ticket: Ticket;
  onClose: () => void;
  onTransferred: (ticket: Ticket) => void;
}

/**
 * Transfer to a queue (required, as Atendechat's dialog) and perhaps a user of that queue: with a user the
 * ticket keeps its status and goes to them; without, it waits in the queue (pending, no agent).
 */
export function TransferDialog({ ticket, onClose, onTransferred }: TransferDialogProps) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const queues = useQueues();
  const users = useTransferUsers(true);
  const update = useUpdateTicket();
  const [queueId, setQueueId] = useState<number | null>(ticket.queueId);
  const [userId, setUserId] = useState<number | null>(null);
  const [missingQueue, setMissingQueue] = useState(false);
  const members = usersOfQueue(users.data ?? [], queueId);

  const submit = () => {
    if (queueId === null) {
      setMissingQueue(true);
      return;
    }
    update.mutate(
      { ticketId: ticket.id, change: transferChange(queueId, userId) },
      {
        onSuccess: (updated) => {
          onTransferred(updated);
          onClose();
        },
      },
    );
  };

  const loadError = queues.isError ? queues.error : users.isError ? users.error : undefined;
  const formError = update.isError
    ? `${t('transfer.failed')} ${errorText(update.error)}`
    : loadError !== undefined
      ? `${t('transfer.loadFailed')} ${errorText(loadError)}`
      : undefined;

  return (
    <FormDialog
      title={t('transfer.title')}
      onSubmit={submit}
      onClose={onClose}
      saving={update.isPending}
      formError={formError}
      testId="transfer"
      maxWidth="xs"
      saveLabel={t('transfer.save')}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField
          select
          label={t('transfer.queue')}
          value={queueId ?? ''}
          onChange={(event) => {
            setQueueId(event.target.value === '' ? null : Number(event.target.value));
            setUserId(null);
            setMissingQueue(false);
          }}
          required
          error={missingQueue}
          helperText={missingQueue ? t('transfer.queueRequired') : undefined}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'transfer-queue' } as object } }}
        >
          {(queues.data ?? []).map((queue) => (
            <MenuItem key={queue.id} value={queue.id} data-testid={`transfer-queue-option-${queue.id}`}>
              {queue.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('transfer.user')}
          value={userId ?? ''}
          onChange={(event) => setUserId(event.target.value === '' ? null : Number(event.target.value))}
          helperText={t('transfer.userHint')}
          disabled={queueId === null}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'transfer-user' } as object } }}
        >
          <MenuItem value="" data-testid="transfer-user-option-none">
            {t('transfer.noUser')}
          </MenuItem>
          {members.map((user) => (
            <MenuItem key={user.id} value={user.id} data-testid={`transfer-user-option-${user.id}`}>
              {user.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </FormDialog>
  );
}
