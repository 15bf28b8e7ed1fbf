import {
  lazy,
  memo,
  Suspense,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import AttachFile from '@mui/icons-material/AttachFile';
import EmojiEmotions from '@mui/icons-material/EmojiEmotionsOutlined';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import { QuickAnswerPicker } from '../../quick-messages/index.ts';
import { useBrand } from '../../../config/brand-context.tsx';
import { browserStorage, storageKey } from '../../../lib/storage.ts';
import { useSendMedia } from '../api/messages.ts';
import { readDraft, writeDraft } from '../model/drafts.ts';
import { formatFileSize, pastedFileName, type Attachment, type QuotedMessage } from '../model/send.ts';
import { AttachmentPreviews } from './composer/attachment-previews.tsx';
import { useComposer } from './composer/composer-state.tsx';
import { ReplyPreview } from './composer/reply-preview.tsx';
import { RecordButton, RecordingBar, useVoiceRecorder } from './composer/voice-recorder.tsx';

// Its own chunk, loaded when the picker is first opened.
const EmojiPicker = lazy(() => import('./composer/emoji-picker.tsx'));

const storage = browserStorage();

interface ComposerProps {
  ticketId: number;
  contactName: string;
  /** Sends a text (a reply to `quoted`); it shows as pending, and a failed one stays with a retry. */
  onSend: (body: string, quoted?: QuotedMessage) => void;
}

/**
 * What the agent writes: a text (Enter sends, Shift+Enter starts a new line; the draft is kept per ticket
 * across navigation and reloads), files (the button, a paste, or a drop on the conversation) with captions
 * sent in one upload, a voice note, emoji, and a reply to a message chosen in the conversation.
 */
export const Composer = memo(function Composer({ ticketId, contactName, onSend }: ComposerProps) {
  const { t, i18n } = useTranslation('tickets');
  const draftKey = storageKey(useBrand().id, 'drafts');
  const composer = useComposer();
  const { attachments, addFiles, reply, setReply, clearAttachments, removeAttachment } = composer;
  const [text, setText] = useState(() => readDraft(storage, draftKey, ticketId));
  const input = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [emojiAnchor, setEmojiAnchor] = useState<HTMLElement | null>(null);

  const media = useSendMedia(ticketId);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const upload = (items: Attachment[]) => {
    if (items.length === 0 || media.isPending) return;
    setProgress(0);
    media.mutate(
      { attachments: items, onProgress: setProgress },
      {
        onSuccess: () => items.forEach((item) => removeAttachment(item.key)),
        onSettled: () => setProgress(undefined),
      },
    );
  };

  const recorder = useVoiceRecorder((file) => upload(addFiles([file])));

  const changeText = (value: string) => {
    setText(value);
    writeDraft(storage, draftKey, ticketId, value, Date.now());
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const body = text.trim();
    if (body === '') return;
    onSend(body, reply && { id: reply.id, body: reply.body, fromMe: reply.fromMe });
    changeText('');
    setReply(undefined);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const onPaste = (event: ClipboardEvent) => {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0) return;
    event.preventDefault();
    const now = new Date();
    // A pasted screenshot is `image.png` (or nameless) whatever it shows: a dated name tells pastes apart.
    addFiles(
      files.map((file) =>
        file.name === '' || /^image\.\w+$/i.test(file.name)
          ? new File([file], pastedFileName(file.type, now), { type: file.type })
          : file,
      ),
    );
  };

  const onPickFiles = (event: ChangeEvent<HTMLInputElement>) => {
    addFiles(Array.from(event.target.files ?? []));
    event.target.value = '';
  };

  const insertEmoji = (emoji: string) => {
    const element = input.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    changeText(text.slice(0, start) + emoji + text.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + emoji.length, start + emoji.length);
    });
  };

  const recording = recorder.phase === 'recording';
  const notices = (
    <>
      {composer.refused.length > 0 && (
        <Alert
          severity="warning"
          onClose={composer.dismissRefused}
          sx={{ mx: { xs: 1, sm: 2 }, mt: 1 }}
          data-testid="composer-refused"
        >
          {composer.refused
            .map((file) =>
              file.reason === 'empty'
                ? t('composer.refusedEmpty', { name: file.name })
                : t('composer.refusedTooLarge', {
                    name: file.name,
                    size: formatFileSize(file.size, i18n.language),
                    limit: `${composer.maxUploadMb} MB`,
                  }),
            )
            .join(' ')}
        </Alert>
      )}
      {recorder.problem && (
        <Alert
          severity="error"
          onClose={recorder.dismissProblem}
          sx={{ mx: { xs: 1, sm: 2 }, mt: 1 }}
          data-testid="composer-record-problem"
          data-problem={recorder.problem}
        >
          {t(`composer.recordProblem.${recorder.problem}`)}
        </Alert>
      )}
    </>
  );

  if (attachments.length > 0) {
    return (
      <Box>
        {notices}
        <AttachmentPreviews
          attachments={attachments}
          onCaption={composer.setCaption}
          onRemove={removeAttachment}
          onCancel={() => {
            clearAttachments();
            media.reset();
          }}
          onSend={() => upload(attachments)}
          progress={progress}
          error={media.isError ? media.error : undefined}
        />
      </Box>
    );
  }

  return (
    <Box sx={{ borderTop: 1, borderColor: 'divider' }}>
      {notices}
      {!recording && (
        <Box sx={{ px: { xs: 1, sm: 2 }, pt: 1, '&:empty': { display: 'none' } }}>
          <QuickAnswerPicker
            text={text}
            context={{ contactName }}
            inputRef={input}
            onPick={(filled) => {
              changeText(filled);
              input.current?.focus();
            }}
          />
        </Box>
      )}
      {reply && !recording && (
        <ReplyPreview message={reply} contactName={contactName} onCancel={() => setReply(undefined)} />
      )}
      <Box
        component="form"
        onSubmit={submit}
        sx={{ display: 'flex', alignItems: 'flex-end', gap: 0.5, px: { xs: 1, sm: 2 }, py: 1 }}
      >
        {recording ? (
          <RecordingBar recorder={recorder} />
        ) : (
          <>
            <IconButton
              aria-label={t('composer.emoji')}
              aria-haspopup="dialog"
              aria-expanded={emojiAnchor !== null}
              onClick={(event) => setEmojiAnchor(event.currentTarget)}
              data-testid="composer-emoji"
            >
              <EmojiEmotions />
            </IconButton>
            <IconButton
              aria-label={t('composer.attach')}
              onClick={() => fileInput.current?.click()}
              data-testid="composer-attach"
            >
              <AttachFile />
            </IconButton>
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              onChange={onPickFiles}
              tabIndex={-1}
              aria-hidden
              data-testid="composer-file-input"
            />
            <TextField
              fullWidth
              multiline
              maxRows={5}
              size="small"
              value={text}
              onChange={(event) => changeText(event.target.value)}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
              placeholder={t('composer.placeholder')}
              inputRef={input}
              slotProps={{ htmlInput: { 'aria-label': t('composer.label'), 'data-testid': 'composer-input' } }}
            />
            {text.trim() === '' ? (
              <RecordButton recorder={recorder} disabled={false} />
            ) : (
              <IconButton type="submit" color="primary" aria-label={t('composer.send')} data-testid="composer-send">
                <SendIcon />
              </IconButton>
            )}
          </>
        )}
      </Box>
      <Popover
        open={emojiAnchor !== null}
        anchorEl={emojiAnchor}
        onClose={() => setEmojiAnchor(null)}
        anchorOrigin={{ vertical: 'top', horizontal: 'left' }}
        transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('composer.emoji') } }}
      >
        <Suspense
          fallback={
            <Box sx={{ p: 3, display: 'grid', placeItems: 'center' }}>
              <CircularProgress size={24} aria-label={t('composer.emojiLoading')} />
            </Box>
          }
        >
          <EmojiPicker onPick={insertEmoji} />
        </Suspense>
      </Popover>
    </Box>
  );
});
