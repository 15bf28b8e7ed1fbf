import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useIsAdmin } from '../../../lib/auth/permissions.ts';
import { PlanUsage, usePlanLimitMessage, usePlanUsage } from '../../plan/index.ts';
import {
  createConnection,
  deleteConnection,
  disconnectSession,
  renameConnection,
  restartSession,
  startSession,
  type Connection,
} from '../api/connections-api.ts';
import { statusKind, upsertConnection } from '../connections-state.ts';
import { useConnections, type ConnectionsStore } from '../hooks/use-connections.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ConnectionFormDialog } from './connection-form-dialog.tsx';
import { ConnectionStatus } from './connection-status.tsx';
import { QrCodeDialog } from './qr-code-dialog.tsx';

type OpenDialog =
  | { kind: 'rename'; connection: Connection }
  | { kind: 'delete'; connection: Connection }
  | { kind: 'disconnect'; connection: Connection }
  | { kind: 'qr'; id: number; name: string }
  | null;

/**
 * The company's WhatsApp connections with their live status. Admins create (then pair with the QR code),
 * rename, delete, connect and disconnect them, within the plan's limit; agents see the list only.
 */
export function ConnectionsPage() {
  const { t } = useTranslation('connections');
  const { errorText } = useErrorText();
  const api = useApi();
  const isAdmin = useIsAdmin();
  const store = useConnections();
  const { state } = store;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const list = state.status === 'success' ? state.list : undefined;
  const close = () => setDialog(null);

  const onCreated = (created: Connection) => {
    // The socket may have announced it (and its QR code) already: that copy is newer.
    store.update((current) =>
      current.some((connection) => connection.id === created.id) ? current : upsertConnection(current, created),
    );
    setNotice(t('notice.created', { name: created.name }));
    setDialog({ kind: 'qr', id: created.id, name: created.name });
  };

  const session = async (connection: Connection, action: 'start' | 'restart') => {
    setBusyId(connection.id);
    setActionError(null);
    try {
      await (action === 'start' ? startSession(api, connection.id) : restartSession(api, connection.id));
      setDialog({ kind: 'qr', id: connection.id, name: connection.name });
    } catch (error) {
      setActionError(t('actions.failed', { error: errorText(error) }));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      {isAdmin ? (
        <AdminHeader used={list?.length} store={store} onCreated={onCreated} />
      ) : (
        <Typography component="h1" variant="h4" sx={{ mb: 3 }}>
          {t('title')}
        </Typography>
      )}

      {actionError && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          onClose={() => setActionError(null)}
          closeText={t('qr.close')}
          data-testid="connections-action-error"
        >
          {actionError}
        </Alert>
      )}

      {state.status === 'error' && (
        <ErrorPanel
          message={`${t('loadFailed')} ${errorText(state.error)}`}
          onRetry={store.reload}
          data-testid="connections-error"
        />
      )}
      {state.status === 'loading' && (
        <Box role="status" sx={{ display: 'grid', placeItems: 'center', py: 6 }} data-testid="connections-loading">
          <CircularProgress aria-label={t('loading')} />
        </Box>
      )}
      {list && list.length === 0 && (
        <Alert severity="info" data-testid="connections-empty">
          {isAdmin ? t('empty') : t('emptyAgent')}
        </Alert>
      )}
      {list && list.length > 0 && (
        <Stack
          component="ul"
          spacing={1.5}
          aria-label={t('listLabel')}
          sx={{ listStyle: 'none', m: 0, p: 0 }}
          data-testid="connections-list"
        >
          {list.map((connection) => (
            <ConnectionRow
              key={connection.id}
              connection={connection}
              isAdmin={isAdmin}
              busy={busyId === connection.id}
              onShowQr={() => setDialog({ kind: 'qr', id: connection.id, name: connection.name })}
              onStart={() => void session(connection, 'start')}
              onRestart={() => void session(connection, 'restart')}
              onDisconnect={() => setDialog({ kind: 'disconnect', connection })}
              onRename={() => setDialog({ kind: 'rename', connection })}
              onDelete={() => setDialog({ kind: 'delete', connection })}
            />
          ))}
        </Stack>
      )}

      {dialog?.kind === 'qr' && (
        <QrCodeDialog
          connection={list?.find((connection) => connection.id === dialog.id)}
          name={dialog.name}
          onNewCode={() => restartSession(api, dialog.id)}
          onPoll={store.refresh}
          onClose={close}
        />
      )}
      {dialog?.kind === 'rename' && (
        <ConnectionFormDialog
          initialName={dialog.connection.name}
          onClose={close}
          onSubmit={async (name) => {
            const renamed = await renameConnection(api, dialog.connection, name);
            store.update((current) =>
              current.map((connection) =>
                connection.id === renamed.id ? { ...connection, name: renamed.name } : connection,
              ),
            );
            setNotice(t('notice.renamed', { name: renamed.name }));
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
            await deleteConnection(api, dialog.connection.id);
            store.update((current) => current.filter((connection) => connection.id !== dialog.connection.id));
            setNotice(t('notice.deleted', { name: dialog.connection.name }));
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
            await disconnectSession(api, dialog.connection.id);
            close();
          }}
        />
      )}

      <Snackbar open={notice !== null} autoHideDuration={5000} onClose={() => setNotice(null)}>
        <Alert severity="success" variant="filled" data-testid="connections-notice" sx={{ width: '100%' }}>
          {notice}
        </Alert>
      </Snackbar>
    </>
  );
}

/**
 * Title, the plan's usage ("N of M used", and why nothing more can be added at or above the limit) and the
 * add button with its form. The plan's refusal of a creation is shown in the form, which keeps the name.
 */
function AdminHeader({
  used,
  store,
  onCreated,
}: {
  used: number | undefined;
  store: ConnectionsStore;
  onCreated: (created: Connection) => void;
}) {
  const { t } = useTranslation('connections');
  const api = useApi();
  const usage = usePlanUsage('connections', used);
  const planRefusal = usePlanLimitMessage();
  const reasonId = useId();
  const [creating, setCreating] = useState(false);

  return (
    <Box sx={{ mb: 3 }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: { xs: 'stretch', sm: 'center' } }}
      >
        <Typography component="h1" variant="h4" sx={{ flexGrow: 1 }}>
          {t('title')}
        </Typography>
        <Button
          variant="contained"
          startIcon={<Add />}
          onClick={() => setCreating(true)}
          disabled={usage.blocked}
          aria-describedby={usage.blocked ? reasonId : undefined}
          data-testid="connections-add"
        >
          {t('add')}
        </Button>
      </Stack>
      <PlanUsage kind="connections" state={usage} reasonId={reasonId} />

      {creating && (
        <ConnectionFormDialog
          onClose={() => setCreating(false)}
          describeRefusal={(error) => {
            const message = planRefusal(error);
            if (message) {
              // The limit was reached meanwhile (another tab, another admin): show where things stand.
              usage.reload();
              store.refresh();
            }
            return message;
          }}
          onSubmit={async (name) => {
            const created = await createConnection(api, name);
            setCreating(false);
            onCreated(created);
          }}
        />
      )}
    </Box>
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
