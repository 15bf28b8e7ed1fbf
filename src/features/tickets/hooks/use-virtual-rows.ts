import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import {
  Virtualizer,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

/** What a list gives the virtualizer: everything but the DOM plumbing, which is always the element's own. */
export type VirtualRowsOptions = Omit<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  'scrollToFn' | 'observeElementRect' | 'observeElementOffset' | 'onChange'
>;

/**
 * What a render reads: the rows to draw (index, key, offset), the height of the whole list, and whether it
 * is being scrolled (until 150 ms after the last scroll event, the virtualizer's isScrollingResetDelay).
 */
export interface VirtualRowsSnapshot {
  items: VirtualItem[];
  totalSize: number;
  isScrolling: boolean;
}

/**
 * A TanStack Virtual `Virtualizer` held as an external store, read with useSyncExternalStore: a render reads
 * an immutable snapshot (rows and total height), never the mutable instance, so it is safe under memoization
 * (the library's own `useVirtualizer` returns the mutable instance, which the React Compiler rules refuse).
 */
class VirtualRowsStore {
  readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private readonly listeners = new Set<() => void>();
  private snapshot: VirtualRowsSnapshot = { items: [], totalSize: 0, isScrolling: false };

  constructor(options: VirtualRowsOptions) {
    this.virtualizer = new Virtualizer(this.complete(options));
    this.refresh();
  }

  private complete(options: VirtualRowsOptions): VirtualizerOptions<HTMLElement, HTMLElement> {
    return {
      ...options,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      onChange: () => {
        if (this.refresh()) for (const listener of this.listeners) listener();
      },
    };
  }

  /** New options (the row count, the keys): takes effect in the render that passes them, as useVirtualizer does. */
  setOptions(options: VirtualRowsOptions): void {
    this.virtualizer.setOptions(this.complete(options));
    this.refresh();
  }

  /** Recomputes the snapshot; true when it changed. */
  private refresh(): boolean {
    const items = this.virtualizer.getVirtualItems();
    const totalSize = this.virtualizer.getTotalSize();
    const { isScrolling } = this.virtualizer;
    const { snapshot } = this;
    if (items === snapshot.items && totalSize === snapshot.totalSize && isScrolling === snapshot.isScrolling) {
      return false;
    }
    this.snapshot = { items, totalSize, isScrolling };
    return true;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.snapshot;
}

/**
 * A virtualised list: only the rows in view (and `overscan` more each side) are rendered. Returns the rows
 * to draw, the list's height, and the virtualizer for commands (scrollToEnd, isAtEnd, measureElement).
 */
export function useVirtualRows(options: VirtualRowsOptions): VirtualRowsSnapshot & {
  virtualizer: Virtualizer<HTMLElement, HTMLElement>;
} {
  const [store] = useState(() => new VirtualRowsStore(options));
  // As useVirtualizer: the new count and keys are applied before this render reads the rows, so a prepend
  // is anchored in the same frame (no frame drawn with the old offsets).
  store.setOptions(options);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { virtualizer } = store;
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  // After every commit: the scroll element may be new, and a prepend's anchor is written to it here.
  useLayoutEffect(() => {
    virtualizer._willUpdate();
  });
  return { ...snapshot, virtualizer };
}
