/** What to do about the browser before the browser tests run: a pure decision, so it can be tested. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

export type ChromiumPlan =
  { kind: 'use'; path: string } | { kind: 'install'; command: string } | { kind: 'stop'; message: string };

export interface ChromiumFacts {
  /** CHROME_PATH, when set and non-empty. */
  chromePath?: string;
  exists(path: string): boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

export function planChromium(facts: ChromiumFacts): ChromiumPlan {
  if (facts.chromePath) {
    return facts.exists(facts.chromePath)
      ? { kind: 'use', path: facts.chromePath }
      : {
          kind: 'stop',
          message: `CHROME_PATH=${facts.chromePath} does not exist: point it at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}`,
        };
  }
  if (facts.exists(DEFAULT_CHROMIUM)) return { kind: 'use', path: DEFAULT_CHROMIUM };
  if (facts.isRoot && facts.hasAptGet) return { kind: 'install', command: INSTALL_COMMAND };
  return {
    kind: 'stop',
    message: `The browser tests need Chromium at ${DEFAULT_CHROMIUM}, and it is not installed.\nRun:\n\n  sudo ${INSTALL_COMMAND}\n\nor set CHROME_PATH to a Chromium binary, then run npm test again.`,
  };
}
