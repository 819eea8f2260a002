/** Text and metadata taken from an HTML page at ingest. */
export interface HtmlExtract {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly date: string | null;
}

/** First version: drops tags, scripts and styles, keeps block elements on their own lines. */
export function htmlToText(html: string): HtmlExtract {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? null;
  const text = html
    .replace(/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|header|footer|blockquote)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n\n');
  return { text, title, byline: null, date: null };
}
