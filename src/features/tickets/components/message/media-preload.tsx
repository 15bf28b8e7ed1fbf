import { createContext, use, useState, type ReactNode } from 'react';

const ListScrollingContext = createContext(false);

/**
 * Tells the voice notes and videos of a list whether it is being scrolled. A media element with a source
 * sets up a player and fetches its metadata (a video also its first frame) as soon as it is drawn; in a fling
 * rows are drawn and dropped again a few frames later, and waiting for the list to be still halved the
 * bench's 95th-percentile frame (scripts/bench/README-runtime.md).
 */
export function ListScrolling({ scrolling, children }: { scrolling: boolean; children: ReactNode }) {
  return <ListScrollingContext value={scrolling}>{children}</ListScrollingContext>;
}

/**
 * The `preload` of a media element in a list: "none" while the list scrolls past it, "metadata" from the
 * first moment the list is still with it drawn, and from then on (scrolling again does not unload it).
 * Playing it loads it whatever this says.
 */
export function useMediaPreload(): 'none' | 'metadata' {
  const scrolling = use(ListScrollingContext);
  const [still, setStill] = useState(!scrolling);
  // Latched while rendering (React renders again at once, before committing): the element gets "metadata"
  // in the commit in which the list becomes still.
  if (!scrolling && !still) setStill(true);
  return still ? 'metadata' : 'none';
}
