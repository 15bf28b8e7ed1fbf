import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Search from '@mui/icons-material/Search';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { useAsync } from '../../../hooks/use-async.ts';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useReconnectEffect } from '../../../lib/realtime/index.ts';
import { deleteContact, listContacts, type Contact, type ContactPage } from '../api/contacts-api.ts';
import { pageFromParam } from '../paging.ts';
import { ContactFormDialog } from './contact-form-dialog.tsx';

const SEARCH_DELAY_MS = 300;
/** Contacts changed elsewhere (another user, a customer writing in) come in bursts: one refetch for a burst. */
const LIVE_RELOAD_DELAY_MS = 500;

type Editing = { mode: 'create' } | { mode: 'edit'; contact: Contact } | { mode: 'delete'; contact: Contact } | null;

/**
 * The company's contacts: search (names and numbers) and pages as the backend serves them, kept in the
 * address (`?q=&page=`) so a reload or the back button keeps them; create, edit and delete in dialogs.
 */
export function ContactsPage() {
  const { t } = useTranslation('contacts');
  const { errorText } = useErrorText();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = pageFromParam(params.get('page'));
  const [searchInput, setSearchInput] = useState(search);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const list = useAsync((signal) => listContacts(api, search, page, signal), [api, search, page]);
  // While a new page or search loads, the previous rows stay (dimmed) instead of a blank table.
  const [shown, setShown] = useState<ContactPage | null>(null);
  const loaded = list.status === 'success' ? list.data : undefined;
  useEffect(() => {
    if (loaded) setShown(loaded);
  }, [loaded]);

  const go = (next: { q?: string; page?: number }, replace = false) => {
    const q = next.q ?? search;
    const target = next.page ?? page;
    const entries: Record<string, string> = {};
    if (q) entries.q = q;
    if (target > 1) entries.page = String(target);
    setParams(entries, { replace });
  };

  // Contacts created, edited or deleted elsewhere: fetch the page again (which page a contact lands on
  // depends on the sort and the search, so the event alone cannot place it).
  const [changedElsewhere, setChangedElsewhere] = useState(0);
  useCompanyEvent('contact', () => setChangedElsewhere((n) => n + 1));
  useReconnectEffect(list.reload);
  useEffect(() => {
    if (changedElsewhere === 0) return;
    const timer = setTimeout(list.reload, LIVE_RELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changedElsewhere, list.reload]);

  // A page past the end (an old link, rows deleted elsewhere): back to the first one.
  useEffect(() => {
    if (loaded && loaded.contacts.length === 0 && page > 1) go({ page: 1 }, true);
  }, [loaded]);

  // Typing searches after a short pause, from the first page.
  useEffect(() => {
    if (searchInput.trim() === search) return;
    const timer = setTimeout(() => go({ q: searchInput.trim(), page: 1 }, true), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // `go` reads the current address; only the typed text should restart the pause.
  }, [searchInput]);

  // The address changed elsewhere (back button): show its search in the field.
  useEffect(() => {
    setSearchInput((current) => (current.trim() === search ? current : search));
  }, [search]);

  const afterDelete = (deleted: Contact) => {
    setEditing(null);
    setNotice(t('delete.done', { name: deleted.name }));
    // The last row of a page that is not the first: show the page before.
    if (shown && shown.contacts.length === 1 && page > 1) go({ page: page - 1 }, true);
    else list.reload();
  };

  const data = list.status === 'success' ? list.data : shown;
  const busy = list.status === 'loading';

  return (
    <>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 3, alignItems: { xs: 'stretch', sm: 'center' } }}
      >
        <Typography component="h1" variant="h4" sx={{ flexGrow: 1 }}>
          {t('title')}
        </Typography>
        <Button
          variant="contained"
          startIcon={<Add />}
          onClick={() => setEditing({ mode: 'create' })}
          data-testid="contacts-add"
        >
          {t('add')}
        </Button>
      </Stack>

      <TextField
        type="search"
        label={t('search')}
        fullWidth
        value={searchInput}
        onChange={(event) => setSearchInput(event.target.value)}
        sx={{ mb: 2 }}
        slotProps={{
          htmlInput: { 'data-testid': 'contacts-search', autoComplete: 'off' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search />
              </InputAdornment>
            ),
          },
        }}
      />

      {list.status === 'error' && (
        <ErrorPanel
          message={`${t('loadFailed')} ${errorText(list.error)}`}
          onRetry={list.reload}
          data-testid="contacts-error"
        />
      )}

      {list.status !== 'error' && !data && (
        <Box role="status" sx={{ display: 'grid', placeItems: 'center', py: 6 }} data-testid="contacts-loading">
          <CircularProgress aria-label={t('loading')} />
        </Box>
      )}

      {list.status !== 'error' && data && data.contacts.length === 0 && !busy && (
        <Alert severity="info" data-testid="contacts-empty">
          {search ? t('emptySearch', { search }) : t('empty')}
        </Alert>
      )}

      {list.status !== 'error' && data && (data.contacts.length > 0 || busy) && (
        <Paper variant="outlined" aria-busy={busy}>
          <Box sx={{ height: 4 }}>{busy && <LinearProgress aria-label={t('loading')} />}</Box>
          <TableContainer>
            <Table size="small" aria-label={t('title')} data-testid="contacts-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('columns.name')}</TableCell>
                  <TableCell>{t('columns.number')}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('columns.email')}</TableCell>
                  <TableCell align="right">{t('columns.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody sx={{ opacity: busy ? 0.6 : 1 }}>
                {data.contacts.map((contact) => (
                  <TableRow key={contact.id} hover data-testid="contact-row" data-contact-id={contact.id}>
                    <TableCell sx={{ overflowWrap: 'anywhere' }} data-testid="contact-row-name">
                      {contact.name}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="contact-row-number">
                      {contact.number}
                    </TableCell>
                    <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, overflowWrap: 'anywhere' }}>
                      {contact.email}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0 }}>
                      <IconButton
                        size="small"
                        aria-label={t('actions.edit', { name: contact.name })}
                        onClick={() => setEditing({ mode: 'edit', contact })}
                        data-testid="contact-edit"
                      >
                        <EditOutlined fontSize="small" />
                      </IconButton>
                      <IconButton
                        size="small"
                        aria-label={t('actions.delete', { name: contact.name })}
                        onClick={() => setEditing({ mode: 'delete', contact })}
                        data-testid="contact-delete"
                      >
                        <DeleteOutlined fontSize="small" />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Stack
            component="nav"
            aria-label={t('paging.label')}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', justifyContent: 'flex-end', px: 2, py: 1, flexWrap: 'wrap' }}
          >
            <Typography variant="body2" sx={{ color: 'text.secondary', flexGrow: 1 }} data-testid="contacts-total">
              {t('total', { count: data.count })}
            </Typography>
            <IconButton
              aria-label={t('paging.previous')}
              disabled={page <= 1 || busy}
              onClick={() => go({ page: page - 1 })}
              data-testid="contacts-prev"
            >
              <ChevronLeft />
            </IconButton>
            <Typography variant="body2" aria-current="page" data-testid="contacts-page">
              {t('paging.page', { page })}
            </Typography>
            <IconButton
              aria-label={t('paging.next')}
              disabled={!data.hasMore || busy}
              onClick={() => go({ page: page + 1 })}
              data-testid="contacts-next"
            >
              <ChevronRight />
            </IconButton>
          </Stack>
        </Paper>
      )}

      {editing?.mode === 'create' && (
        <ContactFormDialog
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('form.created', { name: saved.name }));
            list.reload();
          }}
        />
      )}
      {editing?.mode === 'edit' && (
        <ContactFormDialog
          contact={editing.contact}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('form.updated', { name: saved.name }));
            list.reload();
          }}
        />
      )}
      {editing?.mode === 'delete' && (
        <ConfirmDialog
          testId="contact-delete"
          dialogTestId="contact-delete-dialog"
          title={t('delete.title')}
          body={t('delete.body', { name: editing.contact.name, number: editing.contact.number })}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('delete.cancel')}
          onClose={() => setEditing(null)}
          onConfirm={async () => {
            await deleteContact(api, editing.contact.id);
            afterDelete(editing.contact);
          }}
        />
      )}

      <Snackbar open={notice !== null} autoHideDuration={5000} onClose={() => setNotice(null)}>
        <Alert severity="success" variant="filled" data-testid="contacts-notice" sx={{ width: '100%' }}>
          {notice}
        </Alert>
      </Snackbar>
    </>
  );
}
