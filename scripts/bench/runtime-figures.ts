/** What `--json` writes: one run's figures (milliseconds unless named otherwise). */
export interface RuntimeFigures {
  openMs: number;
  scroll: {
    frames: number;
    ms: number;
    median: number;
    p95: number;
    worst: number;
    /** Frames over one display frame, and those of them around an older page's arrival. */
    long: number;
    longWithPage: number;
    /** 300 px steps a view correction dropped, of the steps counted. */
    lost: number;
    steps: number;
  };
  /** The main thread while scrolling: busy in all, and in script. */
  busyMs: { task: number; script: number };
  domNodes: number;
  heapGrowthMB: number;
}
