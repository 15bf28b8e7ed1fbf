import { useCallback, useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ListStatus } from '../../../components/list-status.tsx';
import { useNotify } from '../../../components/notices.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchField } from '../../../components/search-field.tsx';
import { useSearchParam } from '../../../hooks/use-search-param.ts';
import { useContactEvents, useContacts, useDeleteContact, type Contact } from '../api/contacts.ts';
import { pageFromParam } from '../model/paging.ts';
import { ContactFormDialog } from './contact-form-dialog.tsx';
import { ContactsTable } from './contacts-table.tsx';

/** A new search starts from the first page. */
const SEARCH_RESETS = ['page'] as const;

type Dialog =
  { kind: 'create' } | { kind: 'edit'; contact: Contact } | { kind: 'delete'; contact: Contact } | undefined;

/**
 * The company's contacts: search (names and numbers) and pages as the backend serves them, kept in the
 * address (`?q=&page=`) so a reload or the back button keeps them; create, edit and delete in dialogs.
 */
export function ContactsPage() {
  const { t } = useTranslation('contacts');
  const notify = useNotify();
  const search = useSearchParam('q', SEARCH_RESETS);
  const [params, setParams] = useSearchParams();
  const page = pageFromParam(params.get('page'));

  const contacts = useContacts(search.term, page);
  const deleteContact = useDeleteContact();
  useContactEvents();
  const [dialog, setDialog] = useState<Dialog>();
  const rows = contacts.data?.contacts ?? [];
  const busy = contacts.isFetching;

  const goToPage = useCallback(
    (target: number, replace = false) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (target > 1) updated.set('page', String(target));
          else updated.delete('page');
          return updated;
        },
        { replace },
      ),
    [setParams],
  );

  // A page past the end (an old link, rows deleted elsewhere): back to the first one.
  const pastTheEnd = contacts.isSuccess && !contacts.isPlaceholderData && rows.length === 0 && page > 1;
  useEffect(() => {
    if (pastTheEnd) goToPage(1, true);
  }, [pastTheEnd, goToPage]);

  const close = () => setDialog(undefined);

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <PageHeader
        title={t('title')}
        action={
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="contacts-add"
          >
            {t('add')}
          </Button>
        }
      >
        <SearchField label={t('search')} value={search.input} onChange={search.setInput} testId="contacts-search" />
      </PageHeader>

      <ListStatus
        query={contacts}
        isEmpty={rows.length === 0}
        emptyText={search.term === '' ? t('empty') : t('emptySearch', { search: search.term })}
        errorText={t('loadFailed')}
        testId="contacts"
      >
        <Paper variant="outlined" aria-busy={busy}>
          <TableContainer>
            <ContactsTable
              contacts={rows}
              busy={busy}
              onEdit={(contact) => setDialog({ kind: 'edit', contact })}
              onDelete={(contact) => setDialog({ kind: 'delete', contact })}
            />
          </TableContainer>
          <Stack
            component="nav"
            aria-label={t('paging.label')}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', justifyContent: 'flex-end', px: 2, py: 1, flexWrap: 'wrap' }}
          >
            <Typography variant="body2" sx={{ color: 'text.secondary', flexGrow: 1 }} data-testid="contacts-total">
              {t('total', { count: contacts.data?.count ?? 0 })}
            </Typography>
            <IconButton
              aria-label={t('paging.previous')}
              disabled={page <= 1 || busy}
              onClick={() => goToPage(page - 1)}
              data-testid="contacts-prev"
            >
              <ChevronLeft />
            </IconButton>
            <Typography variant="body2" aria-current="page" data-testid="contacts-page">
              {t('paging.page', { page })}
            </Typography>
            <IconButton
              aria-label={t('paging.next')}
              disabled={!contacts.data?.hasMore || busy}
              onClick={() => goToPage(page + 1)}
              data-testid="contacts-next"
            >
              <ChevronRight />
            </IconButton>
          </Stack>
        </Paper>
      </ListStatus>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ContactFormDialog
          contact={dialog.kind === 'edit' ? dialog.contact : undefined}
          onClose={close}
          onSaved={(saved, created) => {
            close();
            const text = created ? t('form.created', { name: saved.name }) : t('form.updated', { name: saved.name });
            notify({ text, testId: 'contacts-notice' });
          }}
        />
      )}

      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          testId="contact-delete"
          dialogTestId="contact-delete-dialog"
          title={t('delete.title')}
          body={t('delete.body', { name: dialog.contact.name, number: dialog.contact.number })}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('delete.cancel')}
          onClose={close}
          onConfirm={async () => {
            await deleteContact.mutateAsync(dialog.contact.id);
            close();
            notify({ text: t('delete.done', { name: dialog.contact.name }), testId: 'contacts-notice' });
            // The last row of a page that is not the first: show the page before.
            if (rows.length === 1 && page > 1) goToPage(page - 1, true);
          }}
        />
      )}
    </Stack>
  );
}
