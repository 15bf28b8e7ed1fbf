import { relative, sep } from 'node:path';

/** Where a command writes; the tests pass buffers, the CLI passes the process's streams. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A path as the user should read it: relative to the working directory when inside it. */
export function shownPath(path: string, isDir = false): string {
  const rel = relative(process.cwd(), path);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? path : rel;
  return isDir && !shown.endsWith(sep) ? `${shown}${sep}` : shown;
}

/** node:util parseArgs errors are TypeErrors with an ERR_PARSE_ARGS_* code: those are the user's mistakes. */
export function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof TypeError &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    ((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS')
  );
}
