/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * A JSON text with `<`, `>` and `&` written as unicode escapes (U+2028/9 too): the same value for any JSON
 * parser, but no markup in its bytes, whatever the brand's strings hold. Those characters only occur
 * inside JSON strings, where the escapes mean the same characters.
 */
export function escapeJsonMarkup(json: string): string {
  return json
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/**
 * JSON that is safe inside a `<script type="application/json">` block: no value can close the element
 * (`</script>`) or open a comment.
 */
export function jsonForScriptElement(value: unknown): string {
  return escapeJsonMarkup(JSON.stringify(value));
}
