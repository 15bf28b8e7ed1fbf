import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ListStatus } from '../../../components/list-status.tsx';
import { useNotify } from '../../../components/notices.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDeleteQueue, useQueueEvents, useQueues, type Queue } from '../api/queues.ts';
import { firstFreeColor } from '../model/queue-color.ts';
import { QueueFormDialog } from './queue-form-dialog.tsx';
import { QueuesTable } from './queues-table.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit'; queue: Queue } | { kind: 'delete'; queue: Queue } | undefined;

/**
 * The company's queues for admins: list, create, edit, delete. `GET /queue` has no search or pages, so the
 * whole list is shown; other admins' changes arrive as `company-<id>-queue` events.
 */
export function QueuesPage() {
  const { t, ready } = useTranslation('queues');
  const notify = useNotify();
  const queues = useQueues();
  const deleteQueue = useDeleteQueue();
  useQueueEvents();
  const rows = queues.data ?? [];
  const [dialog, setDialog] = useState<Dialog>();

  if (!ready) return <PageLoader />;

  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader
        title={t('title')}
        action={
          <Button
            variant="contained"
            startIcon={<AddOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="queue-add"
          >
            {t('add')}
          </Button>
        }
      />

      <ListStatus
        query={queues}
        isEmpty={rows.length === 0}
        emptyText={t('empty')}
        errorText={t('loadFailed')}
        testId="queues"
      >
        <Paper variant="outlined" sx={{ minWidth: 0 }}>
          <TableContainer>
            <QueuesTable
              queues={rows}
              busy={queues.isFetching}
              onEdit={(queue) => setDialog({ kind: 'edit', queue })}
              onDelete={(queue) => setDialog({ kind: 'delete', queue })}
            />
          </TableContainer>
        </Paper>
      </ListStatus>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <QueueFormDialog
          queue={dialog.kind === 'edit' ? dialog.queue : undefined}
          newColor={firstFreeColor(rows.map((queue) => queue.color))}
          onClose={() => setDialog(undefined)}
          onSaved={(queue, created) => {
            setDialog(undefined);
            const text = created
              ? t('toasts.created', { name: queue.name })
              : t('toasts.updated', { name: queue.name });
            notify({ text, testId: 'queues-toast' });
          }}
        />
      )}

      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          testId="queue-delete"
          dialogTestId="queue-delete-dialog"
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { name: dialog.queue.name })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await deleteQueue.mutateAsync(dialog.queue.id);
            setDialog(undefined);
            notify({ text: t('toasts.deleted', { name: dialog.queue.name }), testId: 'queues-toast' });
          }}
        />
      )}
    </Box>
  );
}
