/**
 * Tuning values and pattern lists of the boilerplate stage, in the spirit of jusText (Pomikálek 2011). Length and
 * stopword thresholds are jusText's published defaults unless a comment says otherwise; the text has no markup,
 * so link density is replaced by patterns, repetition and runs of short lines.
 */

/**
 * A block shorter than this (characters) is "short": too little text to judge alone; its neighbours decide.
 * jusText uses 70; web pages pasted as text have many one-sentence lines of 65-70 characters (a code comment, a
 * Q&A line, a list item) that are the article's, so near-good starts a little lower (dev set: +0.010 found).
 */
export const LENGTH_LOW = 65;
/** A block longer than this with enough stopwords is "good" on its own. */
export const LENGTH_HIGH = 150;
/** Stopword share at or above which a block reads as prose ("near-good" when not long). */
export const STOPWORDS_LOW = 0.2;
/** Stopword share at or above which a long block is "good". */
export const STOPWORDS_HIGH = 0.25;

/** Most words a hard-wrapped prose line can be shorter than and still continue into the next line (segment rule). */
export const WRAP_MIN_LINE = 60;

/** Longest line a weak (short-line) boilerplate pattern applies to: longer lines are prose that uses the word. */
export const WEAK_PATTERN_MAX = 120;
/** A sentence-final line with at least this many words is prose: weak patterns do not apply to it. */
export const PROSE_MIN_WORDS = 14;
/** Longest line a strong pattern (cookies, copyright, comment policy) applies to. */
export const STRONG_PATTERN_MAX = 400;

/** Non-good blocks allowed between two good blocks of one coherent run (a subhead, a caption, an ad slot). */
export const MAX_GAP_BLOCKS = 8;
/** A run near the article joins it if it is at least this share of the article's good text (a split article). */
export const FAR_RUN_SHARE = 0.05;
/** Across a related-articles heading a run joins only if it is this big: teaser lists are small. */
export const FAR_RUN_SHARE_AFTER_END = 0.2;

/** Weight of good text after a copyright line when choosing the article's run: it is the site's footer blurb. */
export const AFTER_FOOTER_WEIGHT = 0.2;

/**
 * Weight of good text after a comment-section marker when choosing the article's run, once at least
 * COMMENTS_AFTER_PROSE_MIN characters of good text came before it: a long comment thread must not outweigh the
 * article above it. (A "12 comments" line under the headline comes before the prose, so it does not count.)
 */
export const AFTER_COMMENTS_WEIGHT = 0.1;
/** See AFTER_COMMENTS_WEIGHT. */
export const COMMENTS_AFTER_PROSE_MIN = 1000;

/** Fewer page-furniture hits than this (patterns + repeated lines) means the text is a clean article: keep it. */
export const PAGE_EVIDENCE_MIN = 2;
/**
 * The same for HTML input, whose text is Readability's main content: a few share or credit lines are normal
 * there. This many furniture lines, making up at least HTML_PAGE_EVIDENCE_SHARE of all lines, means ingest kept
 * the whole page and the full text rules must run.
 */
export const HTML_PAGE_EVIDENCE_MIN = 8;
/** See HTML_PAGE_EVIDENCE_MIN. */
export const HTML_PAGE_EVIDENCE_SHARE = 0.5;

/** A title candidate has at most this many words (headlines are short) and at least this many. */
export const TITLE_MAX_WORDS = 30;
export const TITLE_MIN_WORDS = 3;
/** Longest title line in characters (jusText's LENGTH_HIGH: longer is a paragraph). */
export const TITLE_MAX_CHARS = 150;

/** One boilerplate rule: the reason id written on the removed span and the patterns that fire it. */
export interface BoilerRule {
  readonly reason: string;
  /** Strong rules apply to lines up to STRONG_PATTERN_MAX, weak ones up to WEAK_PATTERN_MAX. */
  readonly strong: boolean;
  /** True when the line ends the article (what follows is page footer unless it is as big as the article). */
  readonly endsArticle: boolean;
  readonly patterns: readonly RegExp[];
  /**
   * A lower-case word every match of the patterns contains: a block whose `key` (its lower-cased words) lacks it
   * skips the patterns, which would scan the whole line to find nothing.
   */
  readonly needs?: string;
}

/**
 * Known boilerplate lines, first match wins. Patterns are anchored or bounded (no nested quantifiers), so each
 * runs in time linear in the line.
 */
export const BOILER_RULES: readonly BoilerRule[] = [
  {
    reason: 'copyright',
    strong: true,
    endsArticle: true,
    patterns: [
      /(^|[\s(|])(©|&copy;)|\(c\) ?(19|20)\d\d|^copy(right|left)\b|all rights reserved|\bcopyright (19|20)\d\d/i,
    ],
  },
  {
    // "A version of this article appears in print on April 14, 2024, Section MB, Page 1 of the New York edition".
    reason: 'print-edition',
    strong: true,
    endsArticle: true,
    patterns: [/^a version of this (article|story) appear(s|ed) in print\b/i],
  },
  {
    reason: 'cookie-notice',
    strong: true,
    endsArticle: false,
    needs: 'cookie',
    patterns: [
      /\bcookies?\b.{0,80}\b(use|using|accept|consent|policy|settings|enable|disable|browser|experience|preferences)\b|\b(use|accept|consent|enable|disable|allow)\b.{0,40}\bcookies?\b/i,
    ],
  },
  {
    reason: 'comment-prompt',
    strong: true,
    endsArticle: true,
    patterns: [
      /^(leave|post|add|write|submit) (a|your) (comment|reply|response)|^(\d+|no) (comments?|responses?|replies)\b|^comments?( \(\d+\))?\W*$|^(view|show|hide|read) (all )?(the )?comments|^join the (discussion|conversation)|^be the first to comment/i,
      /your email address will not be published|required fields are marked|^cancel reply|comments are moderated|^(recent|top|latest|newest|featured|readers['’]?) comments\W*$|^log ?in to (comment|reply)|\bno comments on\b/i,
    ],
  },
  {
    reason: 'subscribe',
    strong: true,
    endsArticle: false,
    patterns: [
      /\bto (view|read|continue reading) (the|this) (full|whole|rest of the) (story|article)|\balready a subscriber|\bsubscribers? (get|receive|also receive)\b|\blog ?in for (immediate )?access|\bunlimited (digital )?access\b/i,
    ],
  },
  {
    reason: 'subscribe',
    strong: false,
    endsArticle: false,
    patterns: [
      /\b(subscrib(e|er|ers|ed|ing)|subscription|sign ?up|newsletters?|unsubscribe)\b|\benter your (e-?mail|email address)|\bdelivered (straight |right )?to your inbox|^(your )?e-?mail( address)?\W*$/i,
    ],
  },
  {
    reason: 'related-articles',
    strong: false,
    endsArticle: true,
    patterns: [
      /^((more |other )?related( articles| posts| stories| content| news| reading| topics| links| videos)?|you (may|might) (also )?(like|enjoy|be interested in)|more (stories|articles|news|posts|from [\w .]{1,30}|on this( story| topic)?)|(editor'?s? )?(picks|recommendations)|[\w .]{0,20}recommends?|recommended( for you| stories| articles| reading)?|see also|also read|further reading|(most )?(popular|read|viewed|shared)( posts| stories| articles| now| today)?|trending( now| posts| stories)?|latest( news| posts| articles| stories)?|recent( posts| articles| stories)|top stories|in this section|what to read next)\W*$/i,
    ],
  },
  {
    reason: 'related-articles',
    strong: false,
    endsArticle: true,
    patterns: [
      /^[\w '’]{0,30}\b(related|trending|popular|recommended|more stories|more from|explore further|you may have missed)\b[\w '’]{0,30}$/i,
    ],
  },
  {
    reason: 'read-more',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(read|see|watch|listen)( (more|also|next|now|the full story))?\s*[:>»|-]|^(read|see) more\W*$|^continue reading|^click here\b|^watch video\b/i,
    ],
  },
  {
    reason: 'image-credit',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(photo|photograph|image|picture|pic|foto)s?( (credits?|by|courtesy|via)\b|\s*[:|/©])|^(photo|image|picture|pic|foto|video|credit)s?( credits?| by| courtesy)?\s*[:|/©-]|^(getty images|shutterstock|istock|reuters|ap photo|afp)\b.{0,40}$|\b(getty images|ap photo|shutterstock)\s*\)?\W*$|^\(?(photo|image|picture)s?:/i,
    ],
  },
  {
    reason: 'back-to-top',
    strong: false,
    endsArticle: false,
    patterns: [/^(back to top|scroll to top|go to top|top of page|return to top|to top)\W*$|^[↑⬆]\W*$/i],
  },
  {
    reason: 'advertisement',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(advertisement|advertising|ad|ads|sponsored( content| links)?|paid content|promoted( content| stories)?|(story|article) continues below( advertisement)?|continue reading (the main story|below))\W*$/i,
    ],
  },
  {
    reason: 'tags',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(tags?|tagged( with)?|filed under|posted in|categories|category|topics?|keywords?|related (subjects|topics))\b\s*[:|]?/i,
    ],
  },
  {
    reason: 'share-prompt',
    strong: true,
    endsArticle: false,
    patterns: [
      /^(follow|like|join|connect with|find) (us|@?[\w.]+( [\w.]+){0,3})\b.{0,40}\b(on|at) (twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp)\b/i,
    ],
  },
  {
    reason: 'share-prompt',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(share|tweet|e-?mail|print|pin( it)?|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|copy link|save|like)( (this|the) (article|story|post|page))?\W*$|^(share|follow|like|find) (this|us|on|via|it)\b|^click to (share|email|print)|^follow @?\w+ on (twitter|facebook|instagram)|^print (this )?(page|article|recipe)\b/i,
    ],
  },
  {
    reason: 'advertisement',
    strong: true,
    endsArticle: false,
    patterns: [
      /\b(affiliate (links?|commission)|amazon associates?|advertising disclos|qualifying purchases|may (receive|earn) (a )?(compensation|commission)|recaptcha)/i,
    ],
  },
  {
    reason: 'dateline',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(?=.*\d)\W*((mon|tue|wed|thu|fri|sat|sun)\w*,? )?((\d{1,2}(st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?( \d{1,2}(st|nd|rd|th)?)?(,? \d{4})?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})?(\s*(at )?\d{1,2}:\d{2}( ?[ap]\.?m\.?)?)?( [A-Z]{2,4})?\W*$|^(news )?date\s*:|^jump to recipe/i,
      // A comment's or a teaser's age alone on its line: "2 hours ago".
      /^(about |over )?(\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\W*$/i,
    ],
  },
  {
    reason: 'byline',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(by|written by|posted by|words by|story by|author|authors|reporter)\s*[:|]?\s+\S.{0,60}$|^(posted|published|updated|last (updated|modified)|release date|date|created)\b.{0,60}$|^\d+ min(ute)?s? read\W*$/i,
      // The last of a line's "|"-separated fields: "India News | Edited by A. Writer | Updated: March 16, 2024".
      /\|\s*(posted|published|updated|last updated|edited by)\b[^|]{0,60}$/i,
    ],
  },
  {
    reason: 'navigation',
    strong: false,
    endsArticle: false,
    patterns: [
      /^(home( page)?|menu|main menu|search|skip to (main )?content|skip navigation|toggle navigation|close|log ?in|log ?out|sign ?in|register|contact( us)?|about( us)?|privacy( policy| notice)?|terms( of (use|service))?( and conditions)?|sitemap|site map|next|previous|prev|next (post|article|story)|previous (post|article|story)|older posts|newer posts|page \d+( of \d+)?|(more|all) (news|articles)|feedback\b.{0,40}|permalink\b.{0,60}|do not sell my (personal )?(data|information)|(advertising|editorial) (guidelines|ethics|policy|disclosure)|accessibility( statement)?|cookie (policy|settings|preferences)|impressum|datenschutz\w*)\W*$/i,
    ],
  },
];

/** A caption that ends with a photo credit: "…on December 26, 2022. (Image Credit: Moscowtimes)". */
export const CAPTION_CREDIT =
  /[(\[]\s*(image|photo|picture|pic|foto|video)s?( credits?| by| courtesy|: )[^()[\]]{0,80}[)\]]\s*$/i;

/**
 * jusText's heading rule: a short heading-like block (no sentence end, at least this many words) followed by good
 * prose within HEADING_MAX_DISTANCE characters is near-good, so an article's subheads survive between a removed
 * teaser line and the next paragraph.
 */
export const HEADING_MIN_WORDS = 2;
/** A short sentence with at least this many words and prose-like stopwords joins neighbouring prose. */
export const SHORT_PROSE_MIN_WORDS = 5;
/** See HEADING_MIN_WORDS (jusText's max_heading_distance). */
export const HEADING_MAX_DISTANCE = 200;

/** How many blocks before the article's first good block are searched for its title. */
export const TITLE_LOOKBACK_BLOCKS = 8;
