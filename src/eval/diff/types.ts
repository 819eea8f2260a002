/** One field whose value differs, as JSON text on each side (`null` text when the field is absent). */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
  /** For list fields (entities, body, removed, messages): the items only in `before` and only in `after`, as JSON. */
  readonly items?: { readonly removed: readonly string[]; readonly added: readonly string[] };
}

/** A mention present only on one side, or on both sides (same span) with different fields. */
export interface MentionChange {
  /** people, places, dates, quotes or money. */
  readonly type: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The mention's main values (name, value, amount ...), for added and removed mentions. */
  readonly summary: string;
  /** For changed mentions: the fields that differ. */
  readonly fields: readonly FieldChange[];
}

/** The differences of one article between two outputs. */
export interface ArticleDiff {
  readonly id: string;
  /** added: only in the new output; removed: only in the old one (snapshot); changed: in both, different. */
  readonly status: 'added' | 'removed' | 'changed';
  readonly mentions: readonly MentionChange[];
  /** Article-level fields that differ (title, published, body, removed, entities, messages ...). */
  readonly fields: readonly FieldChange[];
}

/** A file whose bytes differ, with the first differing line (1-based), or one present on one side only. */
export interface FileDiff {
  readonly file: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly line: number | null;
  readonly before: string | null;
  readonly after: string | null;
}

/** Everything that differs between two output directories. */
export interface OutputDiff {
  readonly articles: readonly ArticleDiff[];
  readonly files: readonly FileDiff[];
}

/** Totals of a diff for the summary line. */
export interface DiffCounts {
  readonly articlesChanged: number;
  readonly articlesAdded: number;
  readonly articlesRemoved: number;
  readonly mentionsAdded: number;
  readonly mentionsRemoved: number;
  readonly mentionsChanged: number;
  readonly filesDiffering: number;
}
