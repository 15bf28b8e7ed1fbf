/**
 * WhatsApp's text formatting, `*bold*`, `_italic_`, `~strike~` and ```` ```monospace``` ````, and the links in
 * a message, as a token tree the bubble renders as React elements (never HTML). Pure and linear enough for a
 * 100 KB message: closing markers are looked up by binary search, link patterns have bounded repetitions.
 *
 * As WhatsApp: a marker opens at the start, after a space or punctuation, before a non-space; it closes before
 * the end, a space or punctuation, after a non-space; bold, italic and strike stay on one line and nest;
 * monospace may span lines and holds nothing but text.
 */
export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'bold' | 'italic' | 'strike'; children: RichNode[] }
  | { type: 'mono'; text: string }
  | { type: 'link'; href: string; text: string };

const STYLE: Record<string, 'bold' | 'italic' | 'strike'> = { '*': 'bold', _: 'italic', '~': 'strike' };
const MONO = '```';

/** Only these schemes become links; anything else (javascript:, data:, vbscript:…) stays text. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** A URL safe to put in an `href`, normalised by the URL parser, or undefined. */
export function safeHref(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '') return undefined;
  return url.href;
}

/** Media is loaded only from http(s) URLs: anything else is refused (undefined). */
export function safeMediaUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const href = safeHref(raw);
  return href && /^https?:/.test(href) ? href : undefined;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Positions of `marker` that may open and close a span, sorted. */
function markerPositions(text: string, marker: string): { open: Set<number>; close: number[] } {
  const open = new Set<number>();
  const close: number[] = [];
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
    const before = text[i - 1];
    const after = text[i + marker.length];
    if (!isWordChar(before) && !isSpace(after)) open.add(i);
    if (!isSpace(before) && !isWordChar(after)) close.push(i);
  }
  return { open, close };
}

/** The first element of the sorted `list` greater than or equal to `from`, or -1. */
function firstFrom(list: number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] ?? -1;
}

interface Scan {
  text: string;
  markers: Record<string, { open: Set<number>; close: number[] }>;
  mono: { open: Set<number>; close: number[] };
  lineEnd: number[];
}

/** Index of the end of the line that holds `i` (a `\n` position, or the text's length). */
function lineEndOf(scan: Scan, i: number): number {
  const end = firstFrom(scan.lineEnd, i);
  return end < 0 ? scan.text.length : end;
}

/** The text between `start` and `end`, as nodes; `depth` bounds nesting (three styles at most). */
function parseRange(scan: Scan, start: number, end: number, depth: number): RichNode[] {
  const nodes: RichNode[] = [];
  const { text } = scan;
  let plain = start;
  let i = start;
  const flush = (to: number) => {
    if (to > plain) nodes.push(...linkify(text.slice(plain, to)));
  };
  while (i < end) {
    if (scan.mono.open.has(i)) {
      const close = firstFrom(scan.mono.close, i + MONO.length + 1);
      if (close >= 0 && close + MONO.length <= end) {
        flush(i);
        nodes.push({ type: 'mono', text: text.slice(i + MONO.length, close) });
        i = close + MONO.length;
        plain = i;
        continue;
      }
    }
    const char = text[i] ?? '';
    const style = STYLE[char];
    const markers = scan.markers[char];
    if (style && markers && depth < 3 && markers.open.has(i) && text.slice(i, i + MONO.length) !== MONO) {
      const close = firstFrom(markers.close, i + 2);
      if (close >= 0 && close < end && close < lineEndOf(scan, i)) {
        flush(i);
        nodes.push({ type: style, children: parseRange(scan, i + 1, close, depth + 1) });
        i = close + 1;
        plain = i;
        continue;
      }
    }
    i++;
  }
  flush(end);
  return nodes;
}

/** A message body as formatted nodes. */
export function parseRichText(text: string): RichNode[] {
  const lineEnd: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineEnd.push(i);
  const scan: Scan = {
    text,
    markers: {
      '*': markerPositions(text, '*'),
      _: markerPositions(text, '_'),
      '~': markerPositions(text, '~'),
    },
    mono: markerPositions(text, MONO),
    lineEnd,
  };
  return parseRange(scan, 0, text.length, 0);
}

// --- links ----------------------------------------------------------------------------------------------

/**
 * Links as WhatsApp finds them: `http(s)://…`, `www.…` and e-mail addresses. Repetitions are bounded so a
 * long run of letters costs a bounded amount per position.
 */
const LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>"]{1,2048}|[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/giu;

/** Punctuation that ends a sentence rather than a link; a `)` only when it has no `(` in the link. */
function trimLink(candidate: string): string {
  let link = candidate;
  for (;;) {
    const last = link.at(-1);
    if (last && '.,;:!?\'"*_~'.includes(last)) link = link.slice(0, -1);
    else if (last === ')' && (link.match(/\(/g)?.length ?? 0) < (link.match(/\)/g)?.length ?? 0))
      link = link.slice(0, -1);
    else return link;
  }
}

/** Plain text cut into text and links; only safe links (http, https, mailto) are made. */
export function linkify(text: string): RichNode[] {
  const nodes: RichNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    const raw = trimLink(match[0]);
    if (raw === '') continue;
    const href =
      raw.includes('@') && !/^(https?:\/\/|www\.)/i.test(raw)
        ? safeHref(`mailto:${raw}`)
        : safeHref(/^www\./i.test(raw) ? `https://${raw}` : raw);
    if (!href) continue;
    if (start > last) nodes.push({ type: 'text', text: text.slice(last, start) });
    nodes.push({ type: 'link', href, text: raw });
    last = start + raw.length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes;
}

/** The text of nodes without their formatting (for quotes and previews). */
export function plainText(nodes: RichNode[]): string {
  return nodes.map((node) => ('children' in node ? plainText(node.children) : node.text)).join('');
}
