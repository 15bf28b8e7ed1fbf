import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../../../components/error-panel.tsx';
import { useErrorText } from '../../../../hooks/use-error-text.ts';
import { useIsAdmin } from '../../../../lib/auth/permissions.ts';
import {
  useCreateTicketNote,
  useDeleteTicketNote,
  useTicketNotes,
  type NoteTarget,
  type TicketNote,
} from '../../api/ticket-notes.ts';
import { formatMessageTime } from '../../model/format.ts';

/** Atendechat's CreateTicketNoteService refuses notes under 3 characters. */
const NOTE_MIN = 3;

/**
 * The team's notes on the ticket: never sent to the customer. Another agent's notes show when the panel is
 * opened again or the window regains focus (the backend emits no event for notes).
 */
export function TicketNotesSection({ target }: { target: NoteTarget }) {
  const { t, i18n } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const admin = useIsAdmin();
  const notes = useTicketNotes(target);
  const create = useCreateTicketNote(target);
  const remove = useDeleteTicketNote(target);
  const [text, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [deleting, setDeleting] = useState<TicketNote | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const note = text.trim();
    if (note.length < NOTE_MIN) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    create.mutate(note, { onSuccess: () => setText('') });
  };

  return (
    <Box data-testid="ticket-notes">
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {t('panel.notes.hint')}
      </Typography>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 1 }}>
        <TextField
          size="small"
          multiline
          minRows={2}
          label={t('panel.notes.label')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={tooShort}
          helperText={tooShort ? t('panel.notes.tooShort', { count: NOTE_MIN }) : undefined}
          slotProps={{ htmlInput: { 'data-testid': 'ticket-note-input', maxLength: 5000 } }}
        />
        {create.isError && (
          <Alert severity="error" data-testid="ticket-note-error">
            {`${t('panel.notes.saveFailed')} ${errorText(create.error)}`}
          </Alert>
        )}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button
            type="submit"
            variant="contained"
            size="small"
            disabled={create.isPending}
            startIcon={create.isPending ? <CircularProgress size={14} color="inherit" /> : undefined}
            data-testid="ticket-note-save"
          >
            {t('panel.notes.add')}
          </Button>
        </Box>
      </Box>
      {notes.data === undefined ? (
        notes.isError ? (
          <ErrorPanel
            message={`${t('panel.notes.loadFailed')} ${errorText(notes.error)}`}
            onRetry={() => void notes.refetch()}
          />
        ) : (
          <Box sx={{ display: 'grid', placeItems: 'center', py: 2 }}>
            <CircularProgress size={20} aria-label={t('panel.loading')} />
          </Box>
        )
      ) : notes.data.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1.5 }} data-testid="ticket-notes-empty">
          {t('panel.notes.empty')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1.5, display: 'grid', gap: 1 }}>
          {notes.data.map((note) => (
            <Box
              component="li"
              key={note.id}
              data-testid="ticket-note"
              sx={{ p: 1.25, borderRadius: 1, bgcolor: 'action.hover', display: 'flex', gap: 1 }}
            >
              <Box sx={{ minWidth: 0, flex: 1 }}>
                <Typography
                  variant="body2"
                  sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  data-testid="ticket-note-text"
                >
                  {note.note}
                </Typography>
                <Typography variant="caption" sx={{ color: 'text.secondary' }} data-testid="ticket-note-meta">
                  {[note.user?.name ?? t('panel.notes.unknownAuthor'), formatMessageTime(note.createdAt, i18n.language)]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </Box>
              {admin && (
                <IconButton
                  size="small"
                  aria-label={t('panel.notes.delete')}
                  onClick={() => setDeleting(note)}
                  data-testid="ticket-note-delete"
                >
                  <DeleteOutline fontSize="small" />
                </IconButton>
              )}
            </Box>
          ))}
        </Box>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('panel.notes.deleteTitle')}
          body={t('panel.notes.deleteBody')}
          confirmLabel={t('panel.notes.delete')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => remove.mutateAsync(deleting.id)}
          onClose={() => setDeleting(undefined)}
          testId="ticket-note-delete-dialog"
        />
      )}
    </Box>
  );
}
