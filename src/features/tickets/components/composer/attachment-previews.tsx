import type { KeyboardEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import InsertDriveFile from '@mui/icons-material/InsertDriveFileOutlined';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../hooks/use-error-text.ts';
import { formatFileSize, previewKind, type Attachment } from '../../model/send.ts';

interface AttachmentPreviewsProps {
  attachments: Attachment[];
  onCaption: (key: string, caption: string) => void;
  onRemove: (key: string) => void;
  onCancel: () => void;
  onSend: () => void;
  /** Upload under way: 0 to 1. */
  progress: number | undefined;
  /** The last upload failed: the files and captions stay for a retry. */
  error: unknown;
}

/**
 * The files about to be sent: each shown (an image, a player, or an icon with its name and size) with an
 * optional caption; one Send for them all, with the upload's progress; a failed upload keeps everything.
 */
export function AttachmentPreviews({
  attachments,
  onCaption,
  onRemove,
  onCancel,
  onSend,
  progress,
  error,
}: AttachmentPreviewsProps) {
  const { t, i18n } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const uploading = progress !== undefined;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (!uploading) onSend();
    }
  };

  return (
    <Box
      component="section"
      aria-label={t('composer.attachments', { count: attachments.length })}
      data-testid="composer-attachments"
      sx={{ borderTop: 1, borderColor: 'divider', px: { xs: 1, sm: 2 }, py: 1, display: 'grid', gap: 1 }}
    >
      <Box
        component="ul"
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1, maxHeight: '40vh', overflowY: 'auto' }}
      >
        {attachments.map((attachment) => (
          <Box
            component="li"
            key={attachment.key}
            data-testid="composer-attachment"
            sx={{
              display: 'flex',
              gap: 1.5,
              alignItems: 'flex-start',
              p: 1,
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              bgcolor: 'background.paper',
            }}
          >
            <Preview attachment={attachment} />
            <Box sx={{ flex: 1, minWidth: 0, display: 'grid', gap: 0.75 }}>
              <Typography variant="body2" noWrap sx={{ fontWeight: 500 }} data-testid="composer-attachment-name">
                {attachment.file.name}
              </Typography>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {formatFileSize(attachment.file.size, i18n.language)}
              </Typography>
              <TextField
                size="small"
                multiline
                maxRows={3}
                value={attachment.caption}
                onChange={(event) => onCaption(attachment.key, event.target.value)}
                onKeyDown={onKeyDown}
                disabled={uploading}
                placeholder={t('composer.captionPlaceholder')}
                slotProps={{
                  htmlInput: {
                    'aria-label': t('composer.caption', { name: attachment.file.name }),
                    'data-testid': 'composer-attachment-caption',
                  },
                }}
              />
            </Box>
            <IconButton
              size="small"
              onClick={() => onRemove(attachment.key)}
              disabled={uploading}
              aria-label={t('composer.removeAttachment', { name: attachment.file.name })}
              data-testid="composer-attachment-remove"
            >
              <Close fontSize="small" />
            </IconButton>
          </Box>
        ))}
      </Box>
      {uploading && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <LinearProgress
            variant="determinate"
            value={Math.round(progress * 100)}
            sx={{ flex: 1 }}
            aria-label={t('composer.uploading')}
            data-testid="composer-upload-progress"
          />
          <Typography variant="caption" sx={{ minWidth: '4ch', textAlign: 'right' }}>
            {`${Math.round(progress * 100)}%`}
          </Typography>
        </Box>
      )}
      {error !== undefined && error !== null && !uploading && (
        <Alert severity="error" data-testid="composer-upload-error">
          {`${t('composer.uploadFailed')} ${errorText(error)}`}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
        <Button color="inherit" onClick={onCancel} disabled={uploading} data-testid="composer-attachments-cancel">
          {t('composer.cancelAttachments')}
        </Button>
        <Button
          variant="contained"
          endIcon={<SendIcon />}
          onClick={onSend}
          disabled={uploading}
          data-testid="composer-attachments-send"
        >
          {error !== undefined && error !== null ? t('composer.retry') : t('composer.send')}
        </Button>
      </Box>
    </Box>
  );
}

function Preview({ attachment }: { attachment: Attachment }) {
  const kind = previewKind(attachment.file.type);
  const box = { width: 72, height: 72, flex: 'none', borderRadius: 1 } as const;
  if (kind === 'image' && attachment.previewUrl)
    return (
      <Box
        component="img"
        src={attachment.previewUrl}
        alt=""
        data-testid="composer-attachment-image"
        sx={{ ...box, objectFit: 'cover', bgcolor: 'action.hover' }}
      />
    );
  if (kind === 'audio' && attachment.previewUrl)
    return (
      <Box
        component="audio"
        controls
        src={attachment.previewUrl}
        data-testid="composer-attachment-audio"
        sx={{ width: 200, maxWidth: '40%', flex: 'none' }}
      />
    );
  if (kind === 'video' && attachment.previewUrl)
    return <Box component="video" src={attachment.previewUrl} muted sx={{ ...box, objectFit: 'cover' }} />;
  return (
    <Box sx={{ ...box, display: 'grid', placeItems: 'center', bgcolor: 'action.hover' }} aria-hidden>
      <InsertDriveFile sx={{ color: 'text.secondary' }} />
    </Box>
  );
}
