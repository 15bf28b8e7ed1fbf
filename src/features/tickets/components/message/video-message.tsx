import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { claimPlayback, releasePlayback } from './playback.ts';

/**
 * A video, inline, in a 16:9 box. Atendechat stores no poster: the first frame is shown instead (only the
 * metadata and that frame are fetched, `#t=0.1`, until the agent plays it).
 */
export function VideoMessage({ url }: { url: string }) {
  const { t } = useTranslation('tickets');
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    return () => releasePlayback(element);
  }, []);
  return (
    <Box
      component="video"
      ref={video}
      src={`${url.replace(/#.*$/, '')}#t=0.1`}
      controls
      preload="metadata"
      playsInline
      aria-label={t('message.video')}
      data-testid="message-video"
      onPlay={(event) => claimPlayback(event.currentTarget)}
      sx={{
        display: 'block',
        width: 280,
        maxWidth: '100%',
        aspectRatio: '16 / 9',
        bgcolor: 'common.black',
        borderRadius: 1.5,
      }}
    />
  );
}
