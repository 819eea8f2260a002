// Below the story, pages list other stories under a heading ("More on this story", "Related articles", "Also
// read", "Lire aussi", "Leggi anche", "Mehr zum Thema", "相关新闻"), each with its own date. Once the story's prose
// has started, the date lines under such a heading belong to the other stories, never to the page itself.
import type { DateLine } from './date-lines';

/**
 * The same headings in Spanish, Portuguese, Catalan, Russian, Ukrainian, Turkish, Polish, Czech and Slovak,
 * Romanian, Greek, Vietnamese, Indonesian and Malay, Arabic, Hebrew and Swahili ("Más de Cartera", "Читайте также",
 * "İlgili Haberler", "Zobacz także", "Tin liên quan", "Berita Terkait", "اقرأ أيضا"), and a few more English ones.
 */
const FOREIGN_RELATED = [
  'further\\s+reading',
  'read\\s+next',
  'what\\s+to\\s+read\\s+next',
  'in\\s+other\\s+news',
  'also\\s+on\\s+\\S.*',
  'más\\s+(?:de|en|sobre)\\s+\\S.*',
  'más\\s+(?:noticias|leídas|leído|vistas)',
  'lo\\s+más\\s+(?:leído|visto)',
  '(?:le|te)\\s+puede\\s+(?:interesar|gustar)',
  'lea\\s+también',
  'notas\\s+relacionadas',
  'relacionad[oa]s',
  'mais\\s+(?:lidas|lidos|vistas|notícias|de\\s+\\S.*)',
  '(?:leia|veja)\\s+(?:também|mais)',
  'notícias\\s+relacionadas',
  'saiba\\s+mais',
  'llegiu\\s+també',
  'читайте\\s+также',
  'новости\\s+по\\s+теме',
  'по\\s+теме',
  '(?:похожие|другие|последние)\\s+новости',
  'читайте\\s+також',
  'усі\\s+новини',
  'новини\\s+за\\s+темою',
  '(?:схожі|інші|останні)\\s+новини',
  '[iİ]lg[iİ]l[iİ]\\s+haberler',
  '(?:benzer|diğer|son)\\s+haberler',
  '(?:zobacz|czytaj)\\s+(?:też|także|więcej)',
  'powiązane(?:\\s+artykuły)?',
  'související(?:\\s+články)?',
  'čtěte\\s+také',
  'súvisiace(?:\\s+články)?',
  'citește\\s+(?:și|mai\\s+mult)',
  'διαβάστε\\s+(?:επίσης|ακόμα)',
  'σχετικά\\s+άρθρα',
  'tin\\s+(?:liên\\s+quan|cùng\\s+chuyên\\s+mục|khác)',
  'xem\\s+thêm',
  'berita\\s+(?:terkait|lainnya)',
  'baca\\s+juga',
  'artikel\\s+terkait',
  'berita\\s+berkaitan',
  'اقرأ\\s+أيضا',
  'اقرأ\\s+أيضاً',
  'أخبار\\s+ذات\\s+صلة',
  'مواضيع\\s+ذات\\s+صلة',
  'כתבות\\s+נוספות',
  'habari\\s+(?:zaidi|zinazohusiana)',
].join('|');

/** A line that heads a list of other stories, in English and the main European, Nordic and East Asian languages. */
const RELATED_HEADING = new RegExp(
  String.raw`^\s*(?:related(?:\s+(?:stories|story|articles?|news|content|coverage|links|posts|topics|reading))?|more\s+(?:on\s+this\s+(?:story|topic)|stories|news|articles|from\s+\S.*|in\s+\S.*|about\s+\S.*)|(?:read|see)\s+(?:more|also)|also\s+read|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|(?:most\s+(?:read|viewed|popular|shared)|trending|top\s+stories|latest|editor'?s\s+picks)(?:\s+\S+){0,3}|other\s+articles(?:\s+\S+){0,4}|lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|leggi\s+anche|noticias\s+relacionadas|te\s+puede\s+interesar|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|meer\s+nieuws|lees\s+ook|mer\s+om|les\s+også|siste\s+nytt|læs\s+også|相关(?:新闻|报道|阅读)|関連記事|관련\s*기사|${FOREIGN_RELATED})\s*[:.]?\s*$`,
  'iu',
);

/** The index of the first related-stories heading at or after line `from`, or Infinity. */
function relatedStart(lines: readonly string[], from: number): number {
  for (let i = Math.max(0, from); i < lines.length; i++) if (RELATED_HEADING.test(lines[i] ?? '')) return i;
  return Number.POSITIVE_INFINITY;
}

/**
 * The date lines under a related-stories heading found from line `proseLine` on (a heading above the story, in a
 * sidebar pasted before it, is not searched): the dates of other stories.
 */
export function relatedLines(text: string, all: readonly DateLine[], proseLine: number): Set<DateLine> {
  const start = relatedStart(text.split('\n'), proseLine);
  return new Set(all.filter((l) => l.index > start));
}
