import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import TableContainer from '@mui/material/TableContainer';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import Search from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useAsync } from '../../../hooks/use-async.ts';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useReconnectEffect } from '../../../lib/realtime/index.ts';
import { useUser } from '../../auth/session-context.tsx';
import { PlanUsage, usePlanUsage } from '../../plan/index.ts';
import { deleteUser, listQueues, type User } from '../api/users-api.ts';
import { useUserList } from './use-user-list.ts';
import { UserFormDialog } from './user-form-dialog.tsx';
import { UsersTable } from './users-table.tsx';

const SEARCH_DELAY_MS = 300;
const LIMIT_REASON_ID = 'users-plan-limit-reason';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | undefined;

/** The company's users for admins: list, search, create, edit, delete, within the plan's user limit. */
export function UsersPage() {
  const { t, ready } = useTranslation(['users', 'plan']);
  const { errorText } = useErrorText();
  const api = useApi();
  const self = useUser();

  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchInput.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput]);

  const list = useUserList(search);
  const { state } = list;
  const loaded = state.status === 'success' ? state : state.previous;
  const usage = usePlanUsage('users', loaded?.total);
  const queues = useAsync((signal) => listQueues(api, signal), [api]);
  // Someone else added, changed or removed a user (our own saves come back this way too): fetch again.
  useCompanyEvent('user', list.refresh);
  useCompanyEvent('queue', queues.reload);
  useReconnectEffect(list.refresh);

  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<User | undefined>();
  const [toast, setToast] = useState<string | undefined>();

  if (!ready) return <PageLoader />;

  /** After a plan-limit refusal: the count and the plan itself may both have changed. */
  const refreshAll = () => {
    list.refresh();
    usage.reload();
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <Typography component="h1" variant="h4">
        {t('title')}
      </Typography>

      <PlanUsage kind="users" state={usage} reasonId={LIMIT_REASON_ID} />

      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          type="search"
          size="small"
          label={t('search')}
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
          sx={{ flex: '1 1 16rem', maxWidth: { sm: '24rem' } }}
          slotProps={{
            htmlInput: { 'data-testid': 'users-search' },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Search />
                </InputAdornment>
              ),
            },
          }}
        />
        <Button
          variant="contained"
          startIcon={<PersonAddAlt1Outlined />}
          onClick={() => setEditing({ mode: 'create' })}
          disabled={usage.blocked}
          aria-describedby={usage.blocked ? LIMIT_REASON_ID : undefined}
          data-testid="user-add"
          sx={{ ml: { sm: 'auto' } }}
        >
          {t('add')}
        </Button>
      </Box>

      {state.status === 'error' && (
        <ErrorPanel
          data-testid="users-error"
          message={`${t('loadFailed')} ${errorText(state.error)}`}
          onRetry={list.refresh}
        />
      )}

      {(state.status !== 'error' || loaded) && (
        <Paper variant="outlined" sx={{ minWidth: 0 }}>
          <Box sx={{ height: 4 }}>
            {state.status === 'loading' && loaded && <LinearProgress aria-label={t('loading')} />}
          </Box>
          <TableContainer>
            <UsersTable
              users={loaded?.users}
              selfId={self.id}
              busy={state.status === 'loading'}
              emptyText={search === '' ? t('empty') : t('emptySearch', { search })}
              onEdit={(user) => setEditing({ mode: 'edit', user })}
              onDelete={setDeleting}
            />
          </TableContainer>
        </Paper>
      )}

      {loaded && loaded.users.length > 0 && (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="users-shown">
            {t('shown', { shown: loaded.users.length, count: loaded.count })}
          </Typography>
          {loaded.hasMore && (
            <Button onClick={list.loadMore} disabled={list.more.loading} data-testid="users-load-more">
              {t('loadMore')}
            </Button>
          )}
        </Box>
      )}
      {list.more.error !== undefined && (
        <ErrorPanel
          data-testid="users-more-error"
          message={`${t('loadMoreFailed')} ${errorText(list.more.error)}`}
          onRetry={list.loadMore}
        />
      )}

      {editing && (
        <UserFormDialog
          user={editing.mode === 'edit' ? editing.user : undefined}
          selfId={self.id}
          queues={queues}
          onClose={() => setEditing(undefined)}
          onPlanLimit={refreshAll}
          onSaved={(user, created) => {
            setEditing(undefined);
            setToast(created ? t('toasts.created', { name: user.name }) : t('toasts.updated', { name: user.name }));
            list.refresh();
          }}
        />
      )}

      {deleting && (
        <ConfirmDialog
          testId="user-delete"
          dialogTestId="user-delete-dialog"
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { name: deleting.name, email: deleting.email })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onClose={() => setDeleting(undefined)}
          onConfirm={async () => {
            await deleteUser(api, deleting.id);
            setDeleting(undefined);
            setToast(t('toasts.deleted', { name: deleting.name }));
            list.refresh();
          }}
        />
      )}

      <Snackbar open={toast !== undefined} autoHideDuration={5000} onClose={() => setToast(undefined)}>
        <Alert
          severity="success"
          variant="filled"
          data-testid="users-toast"
          action={
            <IconButton size="small" color="inherit" aria-label={t('toasts.close')} onClick={() => setToast(undefined)}>
              <Close fontSize="small" />
            </IconButton>
          }
        >
          {toast}
        </Alert>
      </Snackbar>
    </Box>
  );
}
