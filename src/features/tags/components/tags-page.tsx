import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ListStatus } from '../../../components/list-status.tsx';
import { useNotify } from '../../../components/notices.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SearchField } from '../../../components/search-field.tsx';
import { useSearchParam } from '../../../hooks/use-search-param.ts';
import { useIsAdmin } from '../../../lib/auth/permissions.ts';
import { useDeleteTag, useTagEvents, useTagPage, type TagSummary } from '../api/tags.ts';
import { TagFormDialog } from './tag-form-dialog.tsx';
import { TagsTable } from './tags-table.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit'; tag: TagSummary } | { kind: 'delete'; tag: TagSummary } | undefined;

/**
 * The company's tags: list and search, create, edit, delete. As in Atendechat, every user lists, creates and
 * deletes tags; only admins edit them (the backend answers others 403 ERR_NO_PERMISSION).
 */
export function TagsPage() {
  const { t, ready } = useTranslation('tags');
  const notify = useNotify();
  const canEdit = useIsAdmin();
  const search = useSearchParam();

  const tags = useTagPage(search.term);
  const deleteTag = useDeleteTag();
  useTagEvents();
  const rows = tags.data?.tags ?? [];
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
            data-testid="tag-add"
          >
            {t('add')}
          </Button>
        }
      >
        <Box sx={{ display: 'grid', gap: 0.5 }}>
          <SearchField label={t('search')} value={search.input} onChange={search.setInput} testId="tags-search" />
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {t('searchHelp')}
          </Typography>
        </Box>
      </PageHeader>

      <ListStatus
        query={tags}
        isEmpty={rows.length === 0}
        emptyText={search.term === '' ? t('empty') : t('emptySearch', { search: search.term })}
        errorText={t('loadFailed')}
        testId="tags"
      >
        <Paper variant="outlined" sx={{ minWidth: 0 }}>
          <TableContainer>
            <TagsTable
              tags={rows}
              canEdit={canEdit}
              busy={tags.isFetching}
              onEdit={(tag) => setDialog({ kind: 'edit', tag })}
              onDelete={(tag) => setDialog({ kind: 'delete', tag })}
            />
          </TableContainer>
        </Paper>
      </ListStatus>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <TagFormDialog
          tag={dialog.kind === 'edit' ? dialog.tag : undefined}
          onClose={() => setDialog(undefined)}
          onSaved={(tag, created) => {
            setDialog(undefined);
            const text = created ? t('toasts.created', { name: tag.name }) : t('toasts.updated', { name: tag.name });
            notify({ text, testId: 'tags-toast' });
          }}
        />
      )}

      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          testId="tag-delete"
          dialogTestId="tag-delete-dialog"
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { name: dialog.tag.name, count: dialog.tag.ticketsCount })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await deleteTag.mutateAsync(dialog.tag.id);
            setDialog(undefined);
            notify({ text: t('toasts.deleted', { name: dialog.tag.name }), testId: 'tags-toast' });
          }}
        />
      )}
    </Box>
  );
}
