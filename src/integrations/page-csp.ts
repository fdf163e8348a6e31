import { createHash } from 'node:crypto';

/** The CSP source of an inline `<style>` or `<script>` element's text: `'sha256-…'`. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Inline `<script>` (no `src`) and `<style>` elements: the text between their tags. */
export const inlineElement = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * `html` whose Content-Security-Policy `<meta>` keeps only the hashes of the inline scripts and styles in that page.
 * Astro lists the hash of every inline script and style of the whole site on every page; on an article most were
 * other pages', and they pushed the document past one round trip on a phone (issue #21). Only for pages that add
 * no inline script or style after they load: a hash dropped here would block one.
 */
export function keepOwnHashes(html: string): string {
  const own = new Set<string>();
  for (const [, , attributes, text] of html.matchAll(inlineElement)) {
    if (!/\bsrc=/.test(attributes!)) own.add(cspHash(text!));
  }
  return html.replace(cspMeta, (_, open: string, policy: string, close: string) => {
    const kept = policy.replace(/ ?'sha256-[A-Za-z0-9+/=]+'/g, (source) => (own.has(source.trim()) ? source : ''));
    return `${open}${kept}${close}`;
  });
}
