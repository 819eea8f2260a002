import type { Classified } from './2-classify';
import type { Run } from './4-region';
import { STOPWORDS } from './stopwords';
import { TITLE_LOOKBACK_BLOCKS, TITLE_MAX_CHARS, TITLE_MAX_WORDS, TITLE_MIN_WORDS } from './rules';

/** The article's title and the blocks that show it (removed from the body as `repeated-title` or `title`). */
export interface TitleFind {
  readonly title: string | null;
  readonly indices: ReadonlySet<number>;
  /** Furniture between the title and the first paragraph (date lines, bylines, captions), with its reason. */
  readonly furniture: ReadonlyMap<number, string>;
}

const keyOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A line that could be a headline: a handful of words, not a sentence (a question or exclamation may be). */
function titleShaped(c: Classified): boolean {
  const b = c.block;
  const okReason = c.reason === null || c.reason === 'repeated-line';
  return (
    okReason &&
    b.chars <= TITLE_MAX_CHARS &&
    b.words >= TITLE_MIN_WORDS &&
    b.words <= TITLE_MAX_WORDS &&
    !/[.:;,]["'”’]?$/.test(b.text)
  );
}

/** Blocks showing a title the input already gave: the same words, or the heading inside "Title | Site". */
export function showingGiven(cs: readonly Classified[], given: string): Set<number> {
  const g = keyOf(given);
  const out = new Set<number>();
  cs.forEach((c, i) => {
    const k = c.block.key;
    if (k === g || (k.length >= g.length / 2 && titleShaped(c) && g.includes(k) && c.block.words >= TITLE_MIN_WORDS))
      out.add(i);
  });
  return out;
}

/** A date or a clock time in a line. */
const DATE_IN_LINE =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}[:.]\d{2}\b/i;
/** Words that say a line is the page's date line: "Updated 2 hours ago", "Posted: Jul 01". */
const DATE_LABEL =
  /\b(?:updated|published|posted|modified|written|pubblicato|publicado|publié|veröffentlicht|aktualisiert)\b|\bago$|\breading time\b|\bmins?\s+(?:to\s+)?read$/i;
/** Lower-case words a date line may hold besides the date ("at 4:31pm", "2 hours ago"). */
const DATE_LINE_WORD = /^(?:at|on|of|the|am|pm|a\.m\.|p\.m\.|ago|hours?|minutes?|mins?|days?|and|by|to)$/;

/** A date line: a labelled one, or a date with at most one lower-case word of prose ("Thu Jun 20 2024 - 06:00"). */
function dateLine(text: string): boolean {
  if (DATE_LABEL.test(text)) return true;
  if (!DATE_IN_LINE.test(text)) return false;
  const prose = text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !DATE_LINE_WORD.test(w.replace(/[,.]$/, '')));
  return prose.length < 2;
}

/** A byline or credit: "By Jane Roe", "Laura Chen · CBC News", "Jane Roe | Reuters", "Health Correspondent". */
const BYLINE_LINE = /^(?:by|from|written by)\s|\b(?:correspondent|reporter|editor|writer|columnist|staff)\s*$/iu;
/** A caption's photo credit, or a link to the next or previous story. */
const CAPTION_OR_LINK =
  /\((?:[^()]*\/[^()]*|[^()]*\b(?:photo|getty|reuters|afp|ap|epa)\b[^()]*)\)$|(?:next|previous|prev)\s*(?:article|post|story)\b|\bread more\b/i;
/** A name and an outlet, or a name and a date, joined by a separator ("Laura Chen · CBC News"). */
const CREDIT_JOIN = /[·|]/;
/** Most words a "Name · Outlet" credit line has; a longer line with "|" is a headline ("Update | Crash ..."). */
const CREDIT_MAX_WORDS = 5;
/** A control of the page: "Listen to this article", "Share this story", "Sign up for our newsletter". */
const CONTROL_LINE =
  /^(?:listen|share|save|print|gift|follow|subscribe|sign|watch|download|comment|advertisement|skip|jump|open|close|menu|search|log|get|pinterest|facebook|twitter|email|whatsapp|why you can trust)\b/i;
/** Words a name or an agency keeps lower-case ("Press Trust of India", "Juan de la Cruz"). */
const NAME_PARTICLE = /^(?:of|and|the|de|da|del|la|le|van|von|der|al|bin|for)$/i;

/**
 * A line of at most three capitalized words: a person's name under the headline, not a headline. Longer Title Case
 * lines are headlines ("The Collapse of Neoliberalism").
 */
function nameLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => NAME_PARTICLE.test(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** What piece of page furniture a headline-shaped line is: a date line, a byline, a caption, a page control. */
function furnitureReason(c: Classified): string | null {
  const t = c.block.text.trim();
  if (dateLine(t)) return 'dateline';
  if (BYLINE_LINE.test(t) || (CREDIT_JOIN.test(t) && c.block.words <= CREDIT_MAX_WORDS) || nameLine(t)) return 'byline';
  if (CAPTION_OR_LINK.test(t)) return 'image-caption';
  return CONTROL_LINE.test(t) ? 'navigation' : null;
}

const furniture = (c: Classified): boolean => furnitureReason(c) !== null;

/** The first paragraph of the article: its first good block that ends a sentence. */
function firstParagraph(cs: readonly Classified[], region: Run): number {
  let first = region.from;
  while (first <= region.to && !(cs[first]?.klass === 'good' && cs[first]?.block.endsSentence)) first++;
  return first;
}

/** Paragraphs of the story whose words a headline is expected to share. */
const STORY_BLOCKS = 6;

/** A word as compared between headline and story: lower case, without a plural or possessive "s". */
const stem = (w: string): string => w.toLowerCase().replace(/(?:['’]s|s)$/u, '');

/** The content words of a line: letters or digits, three characters or more, not function words. */
function contentWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]{2,}/gu) ?? [])
    .filter((w) => !STOPWORDS.has(w.toLowerCase()))
    .map(stem);
}

/** The content words of the story's first paragraphs. */
function storyWords(cs: readonly Classified[], region: Run, first: number): ReadonlySet<string> {
  const out = new Set<string>();
  let taken = 0;
  for (let i = first; i <= region.to && taken < STORY_BLOCKS; i++) {
    const c = cs[i];
    if (c?.klass !== 'good') continue;
    for (const w of contentWords(c.block.text)) out.add(w);
    taken++;
  }
  return out;
}

/** How many distinct content words a line shares with the story. */
function sharedWords(c: Classified | undefined, story: ReadonlySet<string>): number {
  if (!c) return 0;
  return new Set(contentWords(c.block.text).filter((w) => story.has(w))).size;
}

/** A headline: headline-shaped, four words or more, and no furniture. */
const headline = (c: Classified | undefined): c is Classified =>
  c !== undefined && titleShaped(c) && c.block.words >= 4 && !furniture(c);

/**
 * The title line when the input gave none: a line the page repeats near the article's start, else the nearest
 * headline (four words or more) before the first paragraph, else the nearest headline-shaped line; date lines,
 * bylines and page controls are never the title. When the line above the nearest headline is a headline too, it
 * is the title and the nearer one its standfirst ("River Ouse
 * reaches highest level in 23 years" over "Environment Agency issues 14 severe flood warnings").
 */
function detect(
  cs: readonly Classified[],
  region: Run,
  first: number,
): { at: number; standfirst: number | null } | null {
  const from = Math.max(0, region.from - TITLE_LOOKBACK_BLOCKS);
  const story = storyWords(cs, region, first);
  // A headline is about the story: a line sharing no word with its first paragraphs is the page's ("Media playback
  // is unsupported on your device", "Photo of the Day"), unless no line before the story shares one.
  const shaped = (c: Classified | undefined): c is Classified => c !== undefined && titleShaped(c) && !furniture(c);
  const anyShares = cs.slice(from, first).some((c) => shaped(c) && sharedWords(c, story) > 0);
  const candidate = (i: number): boolean => shaped(cs[i]) && (!anyShares || sharedWords(cs[i], story) > 0);
  for (let i = first - 1; i >= from; i--)
    if (candidate(i) && (cs[i]?.repeats ?? 1) > 1) return { at: i, standfirst: null };
  for (let i = first - 1; i >= from; i--)
    if (candidate(i) && headline(cs[i]))
      return i > from && candidate(i - 1) && headline(cs[i - 1])
        ? { at: i - 1, standfirst: i }
        : { at: i, standfirst: null };
  for (let i = first - 1; i >= from; i--) if (candidate(i)) return { at: i, standfirst: null };
  return null;
}

/**
 * Finds the title: the given one's occurrences in the text, or a detected one (a repeated line, else the nearest
 * headline before the article). Every block with the title's words is marked, so a repeated title goes twice.
 */
export function findTitle(cs: readonly Classified[], region: Run, given: string | null): TitleFind {
  const first = firstParagraph(cs, region);
  const found = given ? null : detect(cs, region, first);
  const at = found?.at ?? null;
  const indices = given ? showingGiven(cs, given) : new Set<number>();
  const hit = at === null ? undefined : cs[at];
  if (hit) cs.forEach((c, i) => c.block.key === hit.block.key && indices.add(i));
  // Inside the article's run, the lines between the title and the first paragraph that are furniture leave the
  // body: "By Jane Roe", "Posted: Jul 01, 2023 11:46 AM", a photo credit.
  const furnitureAt = new Map<number, string>();
  // The standfirst under the headline is the story's summary, not furniture: when the article's run left it out
  // (it sits above the first paragraph), it is marked as such and read with the headline; inside the run it is body.
  const standfirst = found?.standfirst ?? null;
  const sc = standfirst === null ? undefined : cs[standfirst];
  const inRun = standfirst !== null && standfirst >= region.from && standfirst <= region.to;
  const bodyAlready = inRun && (sc?.reason === null || sc?.reason === 'repeated-line');
  if (standfirst !== null && !indices.has(standfirst) && !bodyAlready) furnitureAt.set(standfirst, 'standfirst');
  for (let i = Math.max(region.from, (at ?? -1) + 1); i < first; i++) {
    const c = cs[i];
    const reason = c && !indices.has(i) && c.reason === null ? furnitureReason(c) : null;
    if (reason) furnitureAt.set(i, reason);
  }
  const title = given ?? (hit ? hit.block.text.replace(/\s+/g, ' ') : null);
  return { title, indices, furniture: furnitureAt };
}
