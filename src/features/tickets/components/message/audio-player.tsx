import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Slider from '@mui/material/Slider';
import Typography from '@mui/material/Typography';
import Mic from '@mui/icons-material/Mic';
import Pause from '@mui/icons-material/Pause';
import PlayArrow from '@mui/icons-material/PlayArrow';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../../../lib/intl-formats.ts';
import { claimPlayback, formatDuration, releasePlayback } from './playback.ts';

const SPEEDS = [1, 1.5, 2] as const;

/**
 * A voice note or audio file: play/pause, the position (a slider: drag or arrow keys), the time, and the
 * speed (1×, 1.5×, 2×). Starting it pauses any other player on the page.
 */
export function AudioPlayer({ url }: { url: string }) {
  const { t, i18n } = useTranslation('tickets');
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(Number.NaN);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = audio.current;
    return () => releasePlayback(element);
  }, []);

  const toggle = () => {
    const element = audio.current;
    if (!element) return;
    if (element.paused) element.play().catch(() => setFailed(true));
    else element.pause();
  };
  const changeSpeed = () => {
    const next = SPEEDS[(SPEEDS.indexOf(speed) + 1) % SPEEDS.length] ?? 1;
    setSpeed(next);
    if (audio.current) {
      audio.current.playbackRate = next;
      audio.current.defaultPlaybackRate = next;
    }
  };
  const known = Number.isFinite(duration) && duration > 0;
  const rate = numberFormat(i18n.language).format(speed);

  return (
    <Box
      role="group"
      aria-label={t('message.audio.label')}
      data-testid="message-audio"
      data-playing={playing}
      sx={{ display: 'flex', alignItems: 'center', gap: 1, width: 280, maxWidth: '100%', py: 0.5 }}
    >
      <audio
        ref={audio}
        src={url}
        preload="metadata"
        onPlay={(event) => {
          claimPlayback(event.currentTarget);
          setPlaying(true);
        }}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
        onLoadedMetadata={(event) => {
          setDuration(event.currentTarget.duration);
          // Loading resets the rate in some browsers.
          event.currentTarget.playbackRate = speed;
        }}
        onDurationChange={(event) => setDuration(event.currentTarget.duration)}
        onError={() => setFailed(true)}
      />
      <IconButton
        onClick={toggle}
        aria-label={playing ? t('message.audio.pause') : t('message.audio.play')}
        data-testid="audio-toggle"
        disabled={failed}
        size="small"
        sx={{ bgcolor: 'action.selected' }}
      >
        {playing ? <Pause /> : <PlayArrow />}
      </IconButton>
      <Box sx={{ flex: 1, minWidth: 0, display: 'grid' }}>
        {failed ? (
          <Typography variant="caption" role="alert" sx={{ color: 'error.main' }}>
            {t('message.audio.failed')}
          </Typography>
        ) : (
          <Slider
            size="small"
            min={0}
            max={known ? duration : 1}
            step={0.1}
            value={known ? Math.min(time, duration) : 0}
            disabled={!known}
            onChange={(_, value) => {
              const position = Array.isArray(value) ? (value[0] ?? 0) : value;
              if (audio.current) audio.current.currentTime = position;
              setTime(position);
            }}
            aria-label={t('message.audio.position')}
            getAriaValueText={(value) => `${formatDuration(value)} / ${formatDuration(duration)}`}
            data-testid="audio-position"
            sx={{ color: 'text.secondary', py: 1 }}
          />
        )}
        <Typography
          component="span"
          variant="caption"
          sx={{ color: 'text.secondary', lineHeight: 1, display: 'flex', gap: 0.5, alignItems: 'center' }}
        >
          <Mic sx={{ fontSize: 14 }} aria-hidden />
          <span data-testid="audio-time">
            {playing || time > 0 ? `${formatDuration(time)} / ${formatDuration(duration)}` : formatDuration(duration)}
          </span>
        </Typography>
      </Box>
      <Button
        size="small"
        variant="outlined"
        color="inherit"
        onClick={changeSpeed}
        aria-label={t('message.audio.speed', { rate })}
        data-testid="audio-speed"
        data-speed={speed}
        sx={{ minWidth: 48, px: 0.5, borderRadius: 4 }}
      >
        {`${rate}×`}
      </Button>
    </Box>
  );
}
