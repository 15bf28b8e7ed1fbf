import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ListMore } from '../../../components/list-more.tsx';
import { ListStatus } from '../../../components/list-status.tsx';
import { useNotify } from '../../../components/notices.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SearchField } from '../../../components/search-field.tsx';
import { useSearchParam } from '../../../hooks/use-search-param.ts';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { PlanUsage, usePlanUsage } from '../../plan/index.ts';
import { useQueueEvents } from '../../queues/index.ts';
import { useDeleteUser, useUserEvents, useUsers, useUserTotal, type User } from '../api/users.ts';
import { UserFormDialog } from './user-form-dialog.tsx';
import { UsersTable } from './users-table.tsx';

const LIMIT_REASON_ID = 'users-plan-limit-reason';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'delete'; user: User } | undefined;

/** The company's users for admins: list, search, create, edit, delete, within the plan's user limit. */
export function UsersPage() {
  const { t, ready } = useTranslation(['users', 'plan']);
  const notify = useNotify();
  const self = useUser();
  const search = useSearchParam();

  const users = useUsers(search.term);
  const total = useUserTotal();
  const deleteUser = useDeleteUser();
  useUserEvents();
  useQueueEvents();
  const rows = users.data?.pages.flatMap((page) => page.users) ?? [];
  const count = users.data?.pages.at(-1)?.count ?? 0;
  const usage = usePlanUsage('users', total.data);
  const [dialog, setDialog] = useState<Dialog>();

  if (!ready) return <PageLoader />;

  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader
        title={t('title')}
        action={
          <Button
            variant="contained"
            startIcon={<PersonAddAlt1Outlined />}
            onClick={() => setDialog({ kind: 'create' })}
            disabled={usage.blocked}
            aria-describedby={usage.blocked ? LIMIT_REASON_ID : undefined}
            data-testid="user-add"
          >
            {t('add')}
          </Button>
        }
      >
        <PlanUsage kind="users" state={usage} reasonId={LIMIT_REASON_ID} />
        <SearchField label={t('search')} value={search.input} onChange={search.setInput} testId="users-search" />
      </PageHeader>

      <ListStatus
        query={{ ...users, isFetching: users.isFetching && !users.isFetchingNextPage }}
        isEmpty={rows.length === 0}
        emptyText={search.term === '' ? t('empty') : t('emptySearch', { search: search.term })}
        errorText={t('loadFailed')}
        testId="users"
      >
        <Paper variant="outlined" sx={{ minWidth: 0 }}>
          <TableContainer>
            <UsersTable
              users={rows}
              selfId={self.id}
              busy={users.isFetching}
              onEdit={(user) => setDialog({ kind: 'edit', user })}
              onDelete={(user) => setDialog({ kind: 'delete', user })}
            />
          </TableContainer>
        </Paper>
        <ListMore
          query={users}
          shownText={t('shown', { shown: rows.length, count })}
          loadMoreText={t('loadMore')}
          failedText={t('loadMoreFailed')}
          testId="users"
        />
      </ListStatus>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormDialog
          user={dialog.kind === 'edit' ? dialog.user : undefined}
          selfId={self.id}
          onClose={() => setDialog(undefined)}
          onPlanLimit={usage.reload}
          onSaved={(user, created) => {
            setDialog(undefined);
            const text = created ? t('toasts.created', { name: user.name }) : t('toasts.updated', { name: user.name });
            notify({ text, testId: 'users-toast' });
          }}
        />
      )}

      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          testId="user-delete"
          dialogTestId="user-delete-dialog"
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { name: dialog.user.name, email: dialog.user.email })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await deleteUser.mutateAsync(dialog.user.id);
            setDialog(undefined);
            notify({ text: t('toasts.deleted', { name: dialog.user.name }), testId: 'users-toast' });
          }}
        />
      )}
    </Box>
  );
}
