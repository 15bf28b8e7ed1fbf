import { useEffect, useRef, useState } from 'react';
import { BubbleIcon } from './bubble-icon.tsx';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';
import { useMediaPreload } from './media-preload.tsx';
import { claimPlayback, releasePlayback } from './playback.ts';

/**
 * A video, inline, in a 16:9 box. Atendechat stores no poster: the first frame is shown instead (only the
 * metadata and that frame are fetched, `#t=0.1`, until the agent plays it; nothing while the list scrolls
 * past it). The browser's own controls come with the first play: before, a play button over the frame (the
 * controls' shadow tree, with its loading animation, restyled every frame while the list scrolls past a
 * column of videos).
 */
export function VideoMessage({ url }: { url: string }) {
  const { t } = useBubbleTexts();
  const preload = useMediaPreload();
  const video = useRef<HTMLVideoElement>(null);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    const element = video.current;
    return () => releasePlayback(element);
  }, []);
  const play = () => {
    setStarted(true);
    const element = video.current;
    element?.play().catch(() => undefined);
    element?.focus();
  };
  return (
    <div className={bubbleClasses.video}>
      <video
        ref={video}
        src={`${url.replace(/#.*$/, '')}#t=0.1`}
        controls={started}
        preload={preload}
        playsInline
        aria-label={t('message.video')}
        data-testid="message-video"
        onPlay={(event) => {
          setStarted(true);
          claimPlayback(event.currentTarget);
        }}
      />
      {!started && (
        <button
          type="button"
          className={bubbleClasses.videoPlay}
          onClick={play}
          aria-label={t('message.videoPlay')}
          data-testid="video-play"
        >
          <BubbleIcon name="playArrow" />
        </button>
      )}
    </div>
  );
}
