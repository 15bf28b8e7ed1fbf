import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { useTranslation } from 'react-i18next';
import { useOpenImage } from './image-viewer.tsx';

/**
 * A photo or sticker in the bubble: lazy-loaded in a box of fixed size (the list does not jump when it
 * loads), opening the full-size viewer.
 */
export function ImageMessage({
  messageId,
  url,
  sticker,
  author,
}: {
  messageId: string;
  url: string;
  sticker: boolean;
  author: string;
}) {
  const { t } = useTranslation('tickets');
  const openImage = useOpenImage();
  const alt = t(sticker ? 'message.sticker' : 'message.image', { name: author });
  const image = (
    <Box
      component="img"
      src={url}
      alt={alt}
      loading="lazy"
      decoding="async"
      data-testid={sticker ? 'message-sticker' : 'message-image'}
      sx={{ display: 'block', width: '100%', height: '100%', objectFit: sticker ? 'contain' : 'cover' }}
    />
  );
  const size = sticker
    ? { width: 128, height: 128 }
    : { width: 260, maxWidth: '100%', aspectRatio: '4 / 3', bgcolor: 'action.hover', borderRadius: 1.5 };
  if (!openImage) return <Box sx={{ overflow: 'hidden', ...size }}>{image}</Box>;
  return (
    <ButtonBase
      onClick={() => openImage(messageId)}
      aria-label={`${t('message.openImage')}: ${alt}`}
      data-testid="message-image-open"
      sx={{
        display: 'block',
        overflow: 'hidden',
        ...size,
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      {image}
    </ButtonBase>
  );
}
