// The cluster heads of resolve/people, indexed by their words. Lists keep the order in which heads were added, so
// a lookup returns the same heads, in the same order, as a scan of every head followed by a filter would.

/** Cluster heads (mention indexes) by the words of their names, in the order they were added. */
export class HeadIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byLast = new Map<string, number[]>();
  /** How many heads the lookups have returned so far: the work clustering does (tests check it stays linear). */
  private returned = 0;

  /** `words[i]` are the lower-cased words of mention i's name. */
  constructor(private readonly words: readonly (readonly string[])[]) {}

  /** Makes mention `i` a head. */
  add(i: number): void {
    const w = this.words[i] ?? [];
    for (const word of new Set(w)) push(this.byWord, word, i);
    push(this.byLast, w[w.length - 1] ?? '', i);
  }

  /** Heads whose name contains `word`. */
  containing(word: string): readonly number[] {
    return this.count(this.byWord.get(word));
  }

  /** Heads whose name ends with `word`. */
  endingWith(word: string): readonly number[] {
    return this.count(this.byLast.get(word));
  }

  /** Total heads returned by lookups: with a scan of all heads this would grow as mentions x heads. */
  get comparisons(): number {
    return this.returned;
  }

  private count(list: readonly number[] | undefined): readonly number[] {
    this.returned += list?.length ?? 0;
    return list ?? [];
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
