/**
 * An SVG logo is served from the client's own origin and may be opened directly, where any script
 * in it runs with that origin's rights. We refuse anything active or anything that loads from elsewhere,
 * rather than trying to clean it: the designer gets told what to remove.
 */
export interface SvgFinding {
  what: string;
  excerpt: string;
}

const RULES: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a <script> element', pattern: /<script\b[^>]*>?/i },
  { what: 'a <foreignObject> element (can embed HTML)', pattern: /<foreignObject\b[^>]*>?/i },
  { what: 'an event-handler attribute (on…=)', pattern: /\son[a-z]+\s*=\s*["']?[^"'>\s]*/i },
  { what: 'a javascript: URL', pattern: /javascript\s*:/i },
  { what: 'a data:text/html URL', pattern: /data\s*:\s*text\/html/i },
  {
    what: 'an external reference (href/src to another host)',
    pattern:
      /\b(?:xlink:)?(?:href|src)\s*=\s*["']\s*(?:[a-z][a-z0-9+.-]*:|\/\/)(?!image\/(?:png|jpeg|gif|webp);base64,)[^"']*/i,
  },
  {
    what: 'an external reference in CSS (url(…) or @import to another host)',
    pattern: /(?:url\(\s*["']?\s*(?:https?:)?\/\/|@import)[^)"';]*/i,
  },
  { what: 'an <!ENTITY> declaration', pattern: /<!ENTITY\b[^>]*>?/i },
];

export function findUnsafeSvgContent(svg: string): SvgFinding[] {
  const findings: SvgFinding[] = [];
  for (const rule of RULES) {
    const match = rule.pattern.exec(svg);
    if (match) findings.push({ what: rule.what, excerpt: match[0].slice(0, 60) });
  }
  return findings;
}

/** Cheap structural check before sharp is asked to decode it. */
export function looksLikeSvg(text: string): boolean {
  return /<svg[\s>]/i.test(text.slice(0, 4096));
}
