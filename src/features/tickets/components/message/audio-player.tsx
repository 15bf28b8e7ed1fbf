import { useEffect, useRef, useState } from 'react';
import { numberFormat } from '../../../../lib/intl-formats.ts';
import { BubbleIcon } from './bubble-icon.tsx';
import { bubbleClasses } from './bubble-styles.tsx';
import { claimPlayback, formatDuration, releasePlayback } from './playback.ts';
import { useBubbleTexts } from './bubble-texts.tsx';
import { useMediaPreload } from './media-preload.tsx';

const SPEEDS = [1, 1.5, 2] as const;

/**
 * A voice note or audio file: play/pause, the position (a slider: drag or arrow keys), the time, and the
 * speed (1×, 1.5×, 2×). Starting it pauses any other player on the page.
 */
export function AudioPlayer({ url }: { url: string }) {
  const { t, language } = useBubbleTexts();
  const preload = useMediaPreload();
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
  const rate = numberFormat(language).format(speed);

  return (
    <div
      className={bubbleClasses.audio}
      role="group"
      aria-label={t('message.audio.label')}
      data-testid="message-audio"
      data-playing={playing}
    >
      <audio
        ref={audio}
        src={url}
        preload={preload}
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
      <button
        type="button"
        className={bubbleClasses.audioToggle}
        onClick={toggle}
        aria-label={playing ? t('message.audio.pause') : t('message.audio.play')}
        data-testid="audio-toggle"
        disabled={failed}
      >
        <BubbleIcon name={playing ? 'pause' : 'playArrow'} />
      </button>
      <div className={bubbleClasses.audioTrack}>
        {failed ? (
          <span className={bubbleClasses.audioFailed} role="alert">
            {t('message.audio.failed')}
          </span>
        ) : (
          // The browser's own slider: arrow keys, Home and End, and drag, at no cost while the list scrolls.
          <input
            type="range"
            className={bubbleClasses.audioPosition}
            min={0}
            max={known ? duration : 1}
            step={0.1}
            value={known ? Math.min(time, duration) : 0}
            disabled={!known}
            onChange={(event) => {
              const position = Number(event.currentTarget.value);
              if (audio.current) audio.current.currentTime = position;
              setTime(position);
            }}
            aria-label={t('message.audio.position')}
            aria-valuetext={`${formatDuration(known ? Math.min(time, duration) : 0)} / ${formatDuration(duration)}`}
            data-testid="audio-position"
          />
        )}
        <span className={bubbleClasses.audioTime}>
          <BubbleIcon name="mic" />
          <span data-testid="audio-time">
            {playing || time > 0 ? `${formatDuration(time)} / ${formatDuration(duration)}` : formatDuration(duration)}
          </span>
        </span>
      </div>
      <button
        type="button"
        className={bubbleClasses.audioSpeed}
        onClick={changeSpeed}
        aria-label={t('message.audio.speed', { rate })}
        data-testid="audio-speed"
        data-speed={speed}
      >
        {`${rate}×`}
      </button>
    </div>
  );
}
