// Comment threads under a story carry their own timestamps ("Robert Cline SR / December 14, 2019 8:44 pm / … /
// Reply"), often with no "says:" to mark them. A thread is told by its heading ("4 Comments", "Leave a Reply",
// "Join the discussion") once the story's prose is under way, and each comment by the "Reply" link under it.
import type { DateLine } from './date-lines';

/**
 * Comment-thread headings of Portuguese, Russian, Ukrainian, Turkish, Polish, Czech and Slovak, Vietnamese,
 * Indonesian, Greek, Arabic, Hebrew and the Nordic languages ("Комментарии (3)", "Yorumlar", "Bình luận").
 */
const FOREIGN_THREAD = [
  'comentários',
  'комментарии',
  'комментариев',
  'коментарі',
  'yorumlar',
  'yorum\\s+yap',
  'komentarze',
  'komentáře',
  'diskuse',
  'diskuze',
  'diskusia',
  'bình\\s+luận',
  'komentar',
  'σχόλια',
  'التعليقات',
  'تعليقات',
  'תגובות',
  'kommentarer',
  'kommentit',
].join('|');

/** A line that opens a comment thread. */
const THREAD_HEADING = new RegExp(
  String.raw`^\s*(?:\d+\s+(?:comments?|responses?|replies|thoughts\s+on\b.*)|(?:leave|post|add|write)\s+an?\s+(?:reply|comment|response)|comments?(?:\s*\(\d+\))?|discussion|join\s+the\s+(?:discussion|conversation)|what\s+do\s+you\s+think\??|kommentare?|commentaires?|comentarios?|commenti|reacties|${FOREIGN_THREAD})\s*(?:\(\d+\))?\s*[.:!]?(?:\s+leave\s+new)?\s*$`,
  'iu',
);
/** The link under each comment. */
const REPLY_LINK =
  /^\s*(?:reply|reply\s+to\s+\S.*|antworten|répondre|responder|rispondi|beantwoorden|responda|ответить|відповісти|yan[ıi]tla|cevapla|odpowiedz|odpovědět|odpovedať|trả\s+lời|balas|balasan|απάντηση|رد|הגב|svara|svar|vastaa)\s*(?:↓|→)?\s*$/iu;
/** How many lines under a timestamp its comment's "Reply" link may sit. */
export const REPLY_REACH = 8;

/** The index of the first thread heading at or after line `from`, or Infinity. */
function threadStart(lines: readonly string[], from: number): number {
  for (let i = Math.max(0, from); i < lines.length; i++) if (THREAD_HEADING.test(lines[i] ?? '')) return i;
  return Number.POSITIVE_INFINITY;
}

/**
 * The date lines inside a comment thread: below a thread heading found from line `proseLine` on (a heading above
 * the story is a link to the comments, not the thread), or with a "Reply" link within REPLY_REACH lines under them.
 * They are never the publication date; unlike timestamps shaped as comments ("says:"), they do not bound it either,
 * since a heading can be followed by related stories and a republished story can be newer than its comments.
 */
export function threadLines(text: string, all: readonly DateLine[], proseLine: number): Set<DateLine> {
  const lines = text.split('\n');
  const start = threadStart(lines, proseLine);
  const replyAfter = (index: number): boolean =>
    lines.slice(index + 1, index + 1 + REPLY_REACH).some((l) => REPLY_LINK.test(l));
  return new Set(all.filter((l) => l.index > start || replyAfter(l.index)));
}
