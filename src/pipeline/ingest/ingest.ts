import type { Doc, RawArticle } from '../../model/document';
import { emptyDoc } from '../../model/document';
import type { Message } from '../../model/message';
import { message } from '../../model/message';
import type { Ingest } from '../stage';
import { isoDayOf } from '../../text/dates/iso-day';
import { decodeBytes } from './decode';
import type { HtmlExtract } from './html';
import { loneSurrogates, wellFormed, wellFormedOrNull } from './surrogates';

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
  messages.push(
    message(
      'ingest',
      'bad-published',
      'warning',
      `published ${JSON.stringify(raw.published)} is not a real calendar day written YYYY-MM-DD; ignored`,
    ),
  );
  return null;
}

/** The article's content as given or decoded: HTML to read, or the text itself. Decoding problems go to `messages`. */
function contentOf(raw: RawArticle, messages: Message[]): { readonly content: string; readonly html: boolean } {
  if (raw.html !== undefined) return { content: raw.html, html: true };
  if (raw.text !== undefined || !raw.bytes) return { content: raw.text ?? '', html: false };
  const html = raw.format === 'html';
  const decoded = decodeBytes(raw.bytes, { html });
  messages.push(...decoded.messages);
  return { content: decoded.text, html };
}

/** Lone surrogates become U+FFFD (one code unit each, offsets unchanged), with a warning pointing at the first. */
function repaired(content: string, html: boolean, messages: Message[]): string {
  const lone = loneSurrogates(content);
  if (lone.count === 0) return content;
  const span = html ? null : { start: lone.first, end: lone.first + 1 };
  messages.push(
    message(
      'ingest',
      'lone-surrogate',
      'warning',
      `${lone.count} unpaired UTF-16 surrogate${lone.count === 1 ? '' : 's'} replaced with U+FFFD`,
      span,
    ),
  );
  return wellFormed(content);
}

/**
 * Bytes, text or HTML -> the document. From here on `doc.text` never changes. Bytes are decoded here whatever
 * their format (`format: 'html'` honours a `<meta charset>`), so decoding messages stay on the article.
 */
export const ingest: Ingest = (raw: RawArticle): Doc => {
  const messages: Message[] = [];
  const inputPublished = publishedOf(raw, messages);
  const given = contentOf(raw, messages);
  const content = repaired(given.content, given.html, messages);
  const fatal = messages.some((m) => m.severity === 'fatal');
  const fields = {
    id: wellFormed(raw.id),
    source: wellFormed(raw.source),
    url: wellFormedOrNull(raw.url) ?? null,
    inputPublished,
    messages,
  };
  if (given.html && !fatal) {
    const page = htmlToText(content);
    messages.push(...page.messages);
    if (page.text.trim() === '') messages.push(message('ingest', 'empty-article', 'info', 'the page has no text'));
    const meta = { byline: page.byline, date: page.date, dateSource: page.dateSource };
    return emptyDoc({
      ...fields,
      text: page.text,
      format: 'html',
      title: wellFormedOrNull(raw.title) ?? page.title,
      meta,
    });
  }
  // A binary file was already reported as fatal; "no text" would only repeat it.
  if (content.trim() === '' && !fatal)
    messages.push(message('ingest', 'empty-article', 'info', 'the article has no text'));
  return emptyDoc({ ...fields, text: content, title: wellFormedOrNull(raw.title) ?? null });
};
