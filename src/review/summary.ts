import type { MentionType, ReviewArticle } from './record';
import { MENTION_LISTS } from './record';

/** Distinct names kept per list before the rarest are pruned: keeps memory flat on very large runs. */
const MAX_NAMES = 100_000;
/** Names kept after a prune (the most frequent). */
const KEEP_AFTER_PRUNE = 50_000;
/** How many names the index lists per kind. */
export const TOP_N = 10;

/** Counts names by mentions; exact until more than MAX_NAMES distinct names are seen, then the rarest go. */
class NameCounter {
  private readonly counts = new Map<string, number>();
  pruned = false;

  add(name: string, n: number): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
    if (this.counts.size > MAX_NAMES) this.prune();
  }

  private prune(): void {
    const kept = this.top(KEEP_AFTER_PRUNE);
    this.counts.clear();
    for (const [k, v] of kept) this.counts.set(k, v);
    this.pruned = true;
  }

  /** The n most frequent names, ties by name so the order never depends on input order. */
  top(n: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n);
  }
}

/** The run-wide figures on the index page. */
export class RunSummary {
  articles = 0;
  readonly mentions: Record<MentionType, number> = {
    person: 0,
    place: 0,
    organization: 0,
    date: 0,
    money: 0,
    quote: 0,
  };
  readonly names = {
    person: new NameCounter(),
    place: new NameCounter(),
    organization: new NameCounter(),
    speaker: new NameCounter(),
  };

  add(article: ReviewArticle): void {
    this.articles++;
    for (const { type } of MENTION_LISTS) this.mentions[type] += article.mentions[type].length;
    for (const e of article.entities) {
      if (e.type === 'person' || e.type === 'place' || e.type === 'organization')
        this.names[e.type].add(e.name, e.mentions);
    }
    for (const q of article.mentions.quote) {
      const name = q.fields.speakerName;
      if (typeof name === 'string' && name) this.names.speaker.add(name, 1);
    }
  }
}
