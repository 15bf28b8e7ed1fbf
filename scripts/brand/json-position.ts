/** Turns a JSON.parse error into "line L, column C" so a designer can find the typo in brand.json. */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `invalid JSON at line ${lineColumn[1]}, column ${lineColumn[2]}: ${stripPosition(message)}`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `invalid JSON at line ${line}, column ${column}: ${stripPosition(message)}`;
  }
  // Errors at the very end ("Unexpected end of JSON input") carry no position.
  const { line, column } = lineAndColumn(text, text.length);
  return `invalid JSON at line ${line}, column ${column}: ${message}`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function stripPosition(message: string): string {
  return message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
}
