import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

export function isPageVisible(): boolean {
  return document.visibilityState === 'visible';
}

/** Whether the tab is on screen (not hidden behind another tab or minimised), followed live. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribe, isPageVisible);
}
