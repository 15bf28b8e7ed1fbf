import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import AddCommentOutlined from '@mui/icons-material/AddCommentOutlined';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ListMore } from '../../../components/list-more.tsx';
import { ListStatus } from '../../../components/list-status.tsx';
import { useNotify } from '../../../components/notices.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SearchField } from '../../../components/search-field.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useSearchParam } from '../../../hooks/use-search-param.ts';
import {
  useDeleteQuickMessage,
  useQuickMessageEvents,
  useQuickMessages,
  type QuickMessage,
} from '../api/quick-messages.ts';
import { QuickMessageFormDialog } from './quick-message-form-dialog.tsx';
import { QuickMessagesTable } from './quick-messages-table.tsx';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; quickMessage: QuickMessage }
  | { kind: 'delete'; quickMessage: QuickMessage }
  | undefined;

/**
 * The signed-in user's quick answers (Atendechat keeps them per user; every user may manage their own):
 * list, search by shortcut, create, edit, delete, with an attached file.
 */
export function QuickMessagesPage() {
  const { t, ready } = useTranslation('quick-messages');
  const { errorText } = useErrorText();
  const notify = useNotify();
  const search = useSearchParam();

  const list = useQuickMessages(search.term);
  const deleteQuickMessage = useDeleteQuickMessage();
  useQuickMessageEvents();
  const rows = list.data?.pages.flatMap((page) => page.records) ?? [];
  const count = list.data?.pages.at(-1)?.count ?? 0;
  const [dialog, setDialog] = useState<Dialog>();

  if (!ready) return <PageLoader />;

  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader
        title={t('title')}
        action={
          <Button
            variant="contained"
            startIcon={<AddCommentOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="quick-message-add"
          >
            {t('add')}
          </Button>
        }
      >
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('intro')}
        </Typography>
        <SearchField
          label={t('search')}
          value={search.input}
          onChange={search.setInput}
          testId="quick-messages-search"
        />
      </PageHeader>

      <ListStatus
        query={{ ...list, isFetching: list.isFetching && !list.isFetchingNextPage }}
        isEmpty={rows.length === 0}
        emptyText={search.term === '' ? t('empty') : t('emptySearch', { search: search.term })}
        errorText={t('loadFailed')}
        testId="quick-messages"
      >
        <Paper variant="outlined" sx={{ minWidth: 0 }}>
          <TableContainer>
            <QuickMessagesTable
              quickMessages={rows}
              busy={list.isFetching}
              onEdit={(quickMessage) => setDialog({ kind: 'edit', quickMessage })}
              onDelete={(quickMessage) => setDialog({ kind: 'delete', quickMessage })}
            />
          </TableContainer>
        </Paper>
        <ListMore
          query={list}
          shownText={t('shown', { shown: rows.length, count })}
          loadMoreText={t('loadMore')}
          failedText={t('loadMoreFailed')}
          testId="quick-messages"
        />
      </ListStatus>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <QuickMessageFormDialog
          quickMessage={dialog.kind === 'edit' ? dialog.quickMessage : undefined}
          onClose={() => setDialog(undefined)}
          onSaved={(quickMessage, created, mediaError) => {
            setDialog(undefined);
            const shortcode = quickMessage.shortcode;
            if (mediaError !== undefined) {
              const text = t('toasts.mediaFailed', { shortcode, error: errorText(mediaError) });
              notify({ text, severity: 'error', testId: 'quick-messages-toast' });
              return;
            }
            const text = created ? t('toasts.created', { shortcode }) : t('toasts.updated', { shortcode });
            notify({ text, testId: 'quick-messages-toast' });
          }}
        />
      )}

      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          testId="quick-message-delete"
          dialogTestId="quick-message-delete-dialog"
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { shortcode: dialog.quickMessage.shortcode })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await deleteQuickMessage.mutateAsync(dialog.quickMessage.id);
            setDialog(undefined);
            notify({
              text: t('toasts.deleted', { shortcode: dialog.quickMessage.shortcode }),
              testId: 'quick-messages-toast',
            });
          }}
        />
      )}
    </Box>
  );
}
