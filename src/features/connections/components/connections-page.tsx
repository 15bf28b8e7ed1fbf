import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ListStatus } from '../../../components/list-status.tsx';
import { useNotify } from '../../../components/notices.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useIsAdmin } from '../../../lib/auth/permissions.ts';
import { PlanUsage, usePlanUsage } from '../../plan/index.ts';
import {
  useConnectionEvents,
  useConnections,
  useDeleteConnection,
  useSessionAction,
  type Connection,
} from '../api/connections.ts';
import { statusKind } from '../model/connections-state.ts';
import { ConnectionFormDialog } from './connection-form-dialog.tsx';
import { ConnectionStatus } from './connection-status.tsx';
import { QrCodeDialog } from './qr-code-dialog.tsx';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; connection: Connection }
  | { kind: 'delete'; connection: Connection }
  | { kind: 'disconnect'; connection: Connection }
  | { kind: 'qr'; id: number; name: string }
  | undefined;

/**
 * The company's WhatsApp connections with their live status. Admins create (then pair with the QR code),
 * rename, delete, connect and disconnect them, within the plan's limit; agents see the list only.
 */
export function ConnectionsPage() {
  const { t } = useTranslation('connections');
  const { errorText } = useErrorText();
  const notify = useNotify();
  const isAdmin = useIsAdmin();
  const connections = useConnections();
  useConnectionEvents();
  const deleteConnection = useDeleteConnection();
  // One mutation per place that shows its error: the row actions above the list, the others in their dialogs.
  const rowAction = useSessionAction();
  const disconnect = useSessionAction();
  const newCode = useSessionAction();
  const [dialog, setDialog] = useState<Dialog>();

  const list = connections.data;
  const close = () => setDialog(undefined);
  const showQr = (connection: Connection) => setDialog({ kind: 'qr', id: connection.id, name: connection.name });
  const runSession = (connection: Connection, action: 'start' | 'restart') =>
    rowAction.mutate({ id: connection.id, action }, { onSuccess: () => showQr(connection) });

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      {isAdmin ? (
        <AdminHeader
          used={list?.length}
          creating={dialog?.kind === 'create'}
          onAdd={() => setDialog({ kind: 'create' })}
          onClose={close}
          onCreated={(created) => {
            notify({ text: t('notice.created', { name: created.name }), testId: 'connections-notice' });
            showQr(created);
          }}
        />
      ) : (
        <PageHeader title={t('title')} />
      )}

      {rowAction.isError && (
        <Alert
          severity="error"
          onClose={() => rowAction.reset()}
          closeText={t('qr.close')}
          data-testid="connections-action-error"
        >
          {t('actions.failed', { error: errorText(rowAction.error) })}
        </Alert>
      )}

      <ListStatus
        query={connections}
        isEmpty={list?.length === 0}
        emptyText={isAdmin ? t('empty') : t('emptyAgent')}
        errorText={t('loadFailed')}
        testId="connections"
      >
        <Stack
          component="ul"
          spacing={1.5}
          aria-label={t('listLabel')}
          sx={{ listStyle: 'none', m: 0, p: 0 }}
          data-testid="connections-list"
        >
          {list?.map((connection) => (
            <ConnectionRow
              key={connection.id}
              connection={connection}
              isAdmin={isAdmin}
              busy={rowAction.isPending && rowAction.variables.id === connection.id}
              onShowQr={() => showQr(connection)}
              onStart={() => runSession(connection, 'start')}
              onRestart={() => runSession(connection, 'restart')}
              onDisconnect={() => setDialog({ kind: 'disconnect', connection })}
              onRename={() => setDialog({ kind: 'edit', connection })}
              onDelete={() => setDialog({ kind: 'delete', connection })}
            />
          ))}
        </Stack>
      </ListStatus>

      {dialog?.kind === 'qr' && (
        <QrCodeDialog
          connection={list?.find((connection) => connection.id === dialog.id)}
          name={dialog.name}
          onNewCode={() => newCode.mutateAsync({ id: dialog.id, action: 'restart' })}
          onPoll={connections.refetch}
          onClose={close}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ConnectionFormDialog
          connection={dialog.connection}
          onClose={close}
          onSaved={(renamed) => {
            notify({ text: t('notice.renamed', { name: renamed.name }), testId: 'connections-notice' });
            close();
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          testId="connection-delete-dialog"
          title={t('delete.title')}
          body={t('delete.body', { name: dialog.connection.name })}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('delete.cancel')}
          onClose={close}
          onConfirm={async () => {
            await deleteConnection.mutateAsync(dialog.connection.id);
            notify({ text: t('notice.deleted', { name: dialog.connection.name }), testId: 'connections-notice' });
            close();
          }}
        />
      )}
      {dialog?.kind === 'disconnect' && (
        <ConfirmDialog
          testId="connection-disconnect-dialog"
          title={t('disconnect.title')}
          body={t('disconnect.body', { name: dialog.connection.name })}
          confirmLabel={t('disconnect.confirm')}
          cancelLabel={t('disconnect.cancel')}
          onClose={close}
          onConfirm={async () => {
            await disconnect.mutateAsync({ id: dialog.connection.id, action: 'disconnect' });
            close();
          }}
        />
      )}
    </Stack>
  );
}

/**
 * Title, the add button, and the plan's usage ("N of M used", and why nothing more can be added at or above
 * the limit), with the creation form: for admins only (agents never fetch the plan).
 */
function AdminHeader({
  used,
  creating,
  onAdd,
  onClose,
  onCreated,
}: {
  used: number | undefined;
  creating: boolean;
  onAdd: () => void;
  onClose: () => void;
  onCreated: (created: Connection) => void;
}) {
  const { t } = useTranslation('connections');
  const usage = usePlanUsage('connections', used);
  const reasonId = useId();

  return (
    <PageHeader
      title={t('title')}
      action={
        <Button
          variant="contained"
          startIcon={<Add />}
          onClick={onAdd}
          disabled={usage.blocked}
          aria-describedby={usage.blocked ? reasonId : undefined}
          data-testid="connections-add"
        >
          {t('add')}
        </Button>
      }
    >
      <PlanUsage kind="connections" state={usage} reasonId={reasonId} />
      {creating && (
        <ConnectionFormDialog connection={undefined} onClose={onClose} onPlanLimit={usage.reload} onSaved={onCreated} />
      )}
    </PageHeader>
  );
}

interface ConnectionRowProps {
  connection: Connection;
  isAdmin: boolean;
  /** A session action of this row is under way. */
  busy: boolean;
  onShowQr: () => void;
  onStart: () => void;
  onRestart: () => void;
  onDisconnect: () => void;
  onRename: () => void;
  onDelete: () => void;
}

function ConnectionRow({
  connection,
  isAdmin,
  busy,
  onShowQr,
  onStart,
  onRestart,
  onDisconnect,
  onRename,
  onDelete,
}: ConnectionRowProps) {
  const { t } = useTranslation('connections');
  const kind = statusKind(connection.status);
  const sessionAction =
    kind === 'connected'
      ? { label: t('actions.disconnect'), onClick: onDisconnect, testId: 'connection-disconnect' }
      : kind === 'qrcode'
        ? { label: t('actions.showQr'), onClick: onShowQr, testId: 'connection-show-qr' }
        : kind === 'disconnected'
          ? { label: t('actions.connect'), onClick: onStart, testId: 'connection-connect' }
          : { label: t('actions.restart'), onClick: onRestart, testId: 'connection-restart' };

  return (
    <Paper
      component="li"
      variant="outlined"
      data-testid="connection-row"
      data-connection-id={connection.id}
      sx={{ p: 2 }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { xs: 'stretch', sm: 'center' } }}>
        <Stack spacing={1} sx={{ flexGrow: 1, minWidth: 0, alignItems: 'flex-start' }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', minWidth: 0 }}>
            <Typography
              component="h2"
              variant="subtitle1"
              sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}
              data-testid="connection-name-text"
            >
              {connection.name}
            </Typography>
            {connection.isDefault && <Chip size="small" label={t('default')} data-testid="connection-default" />}
          </Stack>
          <ConnectionStatus status={connection.status} />
        </Stack>
        {isAdmin && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
            <Button
              variant="outlined"
              size="small"
              onClick={sessionAction.onClick}
              loading={busy}
              data-testid={sessionAction.testId}
            >
              {sessionAction.label}
            </Button>
            <IconButton
              aria-label={t('actions.rename', { name: connection.name })}
              onClick={onRename}
              data-testid="connection-rename"
            >
              <EditOutlined />
            </IconButton>
            <IconButton
              aria-label={t('actions.delete', { name: connection.name })}
              onClick={onDelete}
              data-testid="connection-delete"
            >
              <DeleteOutlined />
            </IconButton>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
