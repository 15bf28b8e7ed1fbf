/**
 * One voice note or video plays at a time, as on WhatsApp: starting one pauses the one that was playing.
 * Module state on purpose: every player on the page shares it.
 */
let current: HTMLMediaElement | null = null;

/** Call from a player's `play` event. */
export function claimPlayback(element: HTMLMediaElement): void {
  if (current && current !== element && !current.paused) current.pause();
  current = element;
}

/** Call when a player unmounts. */
export function releasePlayback(element: HTMLMediaElement | null): void {
  if (element && current === element) current = null;
}

/** `m:ss` (or `h:mm:ss`) for a time in seconds; `--:--` when it is not known yet. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
