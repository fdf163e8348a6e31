/**
 * Pagefind returns excerpts as HTML with `<mark>` around the hits. We split that into plain
 * text parts so the page can build DOM nodes without ever setting innerHTML.
 */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e] ?? e);

export function splitExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: decode(html.slice(last, m.index).replace(/<[^>]*>/g, '')), hit: false });
    parts.push({ text: decode(m[1]!.replace(/<[^>]*>/g, '')), hit: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last).replace(/<[^>]*>/g, '')), hit: false });
  return parts.filter((p) => p.text.length > 0);
}
