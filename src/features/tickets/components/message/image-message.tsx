import { useOpenImage } from './image-viewer.tsx';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

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
  const { t } = useBubbleTexts();
  const openImage = useOpenImage();
  const alt = t(sticker ? 'message.sticker' : 'message.image', { name: author });
  const image = (
    <img
      src={url}
      alt={alt}
      loading="lazy"
      decoding="async"
      data-testid={sticker ? 'message-sticker' : 'message-image'}
    />
  );
  const className = `${bubbleClasses.image} ${sticker ? bubbleClasses.sticker : ''}`;
  if (!openImage) return <div className={className}>{image}</div>;
  return (
    <button
      type="button"
      className={className}
      onClick={() => openImage(messageId)}
      aria-label={`${t('message.openImage')}: ${alt}`}
      data-testid="message-image-open"
    >
      {image}
    </button>
  );
}
