import { useCallback, useSyncExternalStore } from 'react';
import { useBrand } from '../../../config/brand-context.tsx';
import { browserStorage, storageKey, type KeyValueStorage } from '../../../lib/storage.ts';
import { parseSoundSetting, shouldChime, soundSettingValue } from '../model/attention.ts';

let storage: KeyValueStorage | undefined;
const store = () => (storage ??= browserStorage());
/** This tab's components that show the switch: told when it changes here (other tabs: the storage event). */
const listeners = new Set<() => void>();

function subscribeTo(key: string) {
  return (onChange: () => void) => {
    listeners.add(onChange);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(onChange);
      window.removeEventListener('storage', onStorage);
    };
  };
}

/**
 * The notification sound's switch, remembered per brand (`vitrine:<brand>:sound`), the same in every tab of
 * the brand: `[on, setOn]`. On unless the user turned it off.
 */
export function useSoundSetting(): [on: boolean, setOn: (on: boolean) => void] {
  const key = storageKey(useBrand().id, 'sound');
  const subscribe = useCallback((onChange: () => void) => subscribeTo(key)(onChange), [key]);
  const on = useSyncExternalStore(subscribe, () => parseSoundSetting(store().getItem(key)));
  const setOn = useCallback(
    (value: boolean) => {
      store().setItem(key, soundSettingValue(value));
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [on, setOn];
}

type AudioContextClass = typeof AudioContext;

let context: AudioContext | undefined;
let lastChimeAt: number | undefined;

/**
 * A short two-note chime made with WebAudio (no file to fetch, nothing for the CSP to allow). A burst of
 * messages chimes once. Silent where the browser has no WebAudio; the browser may keep it silent until the
 * user has interacted with the page (autoplay policy), which a signed-in user has.
 */
export function chime(): void {
  const now = Date.now();
  if (!shouldChime(lastChimeAt, now)) return;
  const Context: AudioContextClass | undefined =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (!Context) return;
  lastChimeAt = now;
  try {
    context ??= new Context();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.12, 1320],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.3);
    }
  } catch {
    // No audio device, or the browser refused: the other signals still show.
  }
}
