/**
 * Escaping for XML text and attribute values. Every string that reaches GraphML or SVG
 * goes through here, so a label such as `<script>` or `A & B` stays text.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string | number): string {
  return String(value)
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
