/**
 * The stand-in's clock for token lifetimes: the system clock, plus whatever time tests skipped. Moving it
 * forward expires tokens at once, so a test of an expired session waits for the backend's refusal, not
 * for a token to run out.
 */
export class TokenClock {
  #skippedSeconds = 0;

  /** Now in whole seconds since the epoch, as JWT `iat` and `exp` count. */
  nowSeconds(): number {
    return Math.floor(Date.now() / 1000) + this.#skippedSeconds;
  }

  /** As if `seconds` had passed: tokens issued before expire if their lifetime is shorter. */
  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new Error(`TokenClock.advance: expected seconds >= 0, got ${seconds}`);
    this.#skippedSeconds += seconds;
  }
}
