import type { Doc, RawArticle } from '../../model/document';
import { emptyDoc } from '../../model/document';
import type { Message } from '../../model/message';
import { message } from '../../model/message';
import type { Ingest } from '../stage';
import { isoDayOf } from '../../text/dates/iso-day';
import { decodeBytes } from './decode';
import type { HtmlExtract } from './html';

// The HTML reader (linkedom and Readability: ~0.1 s to load) is loaded with the first HTML article, so runs over
// text never pay for it. Loading a module once is not state a stage could observe.
let htmlReader: ((html: string) => HtmlExtract) | null = null;
function htmlToText(html: string): HtmlExtract {
  htmlReader ??= (require('./html') as typeof import('./html')).htmlToText;
  return htmlReader(html);
}

/** Validates an input `published` value: YYYY-MM-DD (a time part after it is ignored), else null with a warning. */
function publishedOf(raw: RawArticle, messages: Message[]): string | null {
  if (raw.published === undefined || raw.published === null || raw.published === '') return null;
  const day = isoDayOf(raw.published);
  if (day !== null) return day;
  messages.push(message('ingest', 'bad-published', 'warning', `published ${JSON.stringify(raw.published)} is not a real calendar day written YYYY-MM-DD; ignored`));
  return null;
}

/** Bytes, text or HTML -> the document. From here on `doc.text` never changes. */
export const ingest: Ingest = (raw: RawArticle): Doc => {
  const messages: Message[] = [];
  const inputPublished = publishedOf(raw, messages);
  if (raw.html !== undefined) {
    const page = htmlToText(raw.html);
    return emptyDoc({
      id: raw.id,
      source: raw.source,
      text: page.text,
      format: 'html',
      url: raw.url ?? null,
      title: raw.title ?? page.title,
      inputPublished,
      meta: { byline: page.byline, date: page.date },
      messages,
    });
  }
  let text = raw.text ?? '';
  if (raw.text === undefined && raw.bytes) {
    const decoded = decodeBytes(raw.bytes);
    text = decoded.text;
    messages.push(...decoded.messages);
  }
  // A binary file was already reported as fatal; "no text" would only repeat it.
  if (text.trim() === '' && !messages.some((m) => m.severity === 'fatal')) messages.push(message('ingest', 'empty-article', 'info', 'the article has no text'));
  return emptyDoc({ id: raw.id, source: raw.source, text, url: raw.url ?? null, title: raw.title ?? null, inputPublished, messages });
};
