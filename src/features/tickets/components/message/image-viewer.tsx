import { createContext, use, useCallback, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Close from '@mui/icons-material/Close';
import OpenInNew from '@mui/icons-material/OpenInNew';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/schemas.ts';
import { captionOf, messageKind } from '../../model/message-content.ts';
import { parseRichText } from '../../model/rich-text.ts';
import { RichText } from './rich-text.tsx';

interface ViewerImage {
  id: string;
  url: string;
  caption: string;
}

const ViewerContext = createContext<((messageId: string) => void) | null>(null);

/** Opens the full-size viewer on a message's image (inside an ImageViewerProvider; else nothing). */
export function useOpenImage(): ((messageId: string) => void) | null {
  return use(ViewerContext);
}

/** The conversation's images, oldest first (deleted messages left out). */
export function viewerImages(messages: Message[]): ViewerImage[] {
  const images: ViewerImage[] = [];
  for (const message of messages) {
    if (message.isDeleted) continue;
    const kind = messageKind(message);
    if (kind.kind === 'image') images.push({ id: message.id, url: kind.url, caption: captionOf(message, kind) });
  }
  return images;
}

/**
 * The full-size image viewer of a conversation: opened from a thumbnail, the left and right arrows move
 * between the conversation's images, Esc closes (and focus returns to the thumbnail, as MUI's Dialog does).
 */
export function ImageViewerProvider({ messages, children }: { messages: Message[]; children: ReactNode }) {
  const { t } = useTranslation('tickets');
  const [openId, setOpenId] = useState<string | null>(null);
  // Only while the viewer is open: a page of older messages must not walk the whole conversation again.
  const images = useMemo(() => (openId === null ? [] : viewerImages(messages)), [openId, messages]);
  const index = openId === null ? -1 : images.findIndex((image) => image.id === openId);
  const image = images[index];

  const open = useCallback((messageId: string) => setOpenId(messageId), []);
  const move = (step: number) => {
    const next = images[index + step];
    if (next) setOpenId(next.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') move(-1);
    else if (event.key === 'ArrowRight') move(1);
    else return;
    event.preventDefault();
  };

  return (
    <ViewerContext value={open}>
      {children}
      <Dialog
        open={image !== undefined}
        onClose={() => setOpenId(null)}
        onKeyDown={onKeyDown}
        maxWidth={false}
        slotProps={{
          paper: {
            'aria-label': t('message.viewer.label', { index: index + 1, count: images.length }),
            sx: { bgcolor: 'grey.900', color: 'common.white', m: 1, maxWidth: 'calc(100vw - 16px)' },
          } as object,
        }}
        data-testid="image-viewer"
      >
        {image && (
          <Box sx={{ display: 'grid', gridTemplateRows: 'auto 1fr auto', maxHeight: 'calc(100vh - 16px)' }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1, py: 0.5 }}>
              <Typography variant="body2" sx={{ flex: 1, pl: 1 }} data-testid="image-viewer-position">
                {`${index + 1} / ${images.length}`}
              </Typography>
              <IconButton
                component={Link}
                href={image.url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('message.viewer.download')}
                sx={{ color: 'inherit' }}
              >
                <OpenInNew />
              </IconButton>
              <IconButton
                onClick={() => setOpenId(null)}
                aria-label={t('message.viewer.close')}
                sx={{ color: 'inherit' }}
                data-testid="image-viewer-close"
                autoFocus
              >
                <Close />
              </IconButton>
            </Box>
            <Box
              sx={{
                position: 'relative',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                minHeight: 0,
              }}
            >
              <IconButton
                onClick={() => move(-1)}
                disabled={index <= 0}
                aria-label={t('message.viewer.previous')}
                sx={{ color: 'inherit', position: 'absolute', left: 4, bgcolor: 'rgba(0,0,0,0.4)' }}
                data-testid="image-viewer-previous"
              >
                <ChevronLeft />
              </IconButton>
              <Box
                component="img"
                src={image.url}
                alt={image.caption}
                data-testid="image-viewer-image"
                data-message-id={image.id}
                sx={{
                  display: 'block',
                  // Small photos are enlarged to the viewer's size, large ones shrunk to it.
                  width: 'min(calc(100vw - 32px), 960px)',
                  height: 'min(calc(100vh - 160px), 720px)',
                  objectFit: 'contain',
                }}
              />
              <IconButton
                onClick={() => move(1)}
                disabled={index >= images.length - 1}
                aria-label={t('message.viewer.next')}
                sx={{ color: 'inherit', position: 'absolute', right: 4, bgcolor: 'rgba(0,0,0,0.4)' }}
                data-testid="image-viewer-next"
              >
                <ChevronRight />
              </IconButton>
            </Box>
            {image.caption && (
              <Typography
                variant="body2"
                dir="auto"
                sx={{
                  px: 2,
                  py: 1,
                  whiteSpace: 'pre-wrap',
                  overflowWrap: 'anywhere',
                  unicodeBidi: 'isolate',
                  maxHeight: 96,
                  overflowY: 'auto',
                }}
              >
                <RichText nodes={parseRichText(image.caption.slice(0, 2000))} />
              </Typography>
            )}
          </Box>
        )}
      </Dialog>
    </ViewerContext>
  );
}
