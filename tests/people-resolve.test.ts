// resolve/people's clustering: the word index returns exactly what a scan of every cluster head would (same
// clusters, same order), and the work it does grows with the number of mentions, not with mentions x heads.
import type { PersonMention } from '../src/model/mentions';
import { clusterMentions, clusterWithWork, nameWords, refersTo } from '../src/pipeline/resolve/people/cluster';

/** A person mention with just the fields clustering reads. */
function mention(name: string, at: number): PersonMention {
  return {
    kind: 'person',
    start: at,
    end: at + name.length,
    text: name,
    name,
    role: null,
    entity: '',
    stage: 'test',
    rule: 'test',
  };
}

/** The clustering as it was before the index: every mention compared with every head (the reference). */
function scanAllHeads(mentions: readonly PersonMention[]): number[] {
  const words = mentions.map((m) => nameWords(m.name));
  const owner = new Array<number>(mentions.length).fill(-1);
  const heads: number[] = [];
  words.forEach((w, i) => {
    if (w.length < 2 || w.some((x) => /^\p{L}\.?$/u.test(x))) return;
    const same = heads.find((h) => refersTo(w, words[h] ?? []) && refersTo(words[h] ?? [], w));
    owner[i] = same ?? i;
    if (same === undefined) heads.push(i);
  });
  words.forEach((w, i) => {
    if (owner[i] !== -1) return;
    const fits = heads.filter((h) => refersTo(w, words[h] ?? []));
    const before = fits.filter((h) => h < i);
    const pick = before.length ? before[before.length - 1] : fits[0];
    owner[i] = pick ?? i;
    if (pick === undefined) heads.push(i);
  });
  return owner;
}

const GIVEN = ['Anna', 'Boris', 'Chen', 'Dmitry', 'Emma', 'Farid', 'J.', 'Kim'];
const FAMILY = ['Lee', 'Smith', 'Kim', 'Tokayev', 'Rahmon', 'Van Dyke', 'Anna'];

/** A deterministic mix of full names, surnames, given names, initials and repeats (no randomness). */
function mixedMentions(n: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < n; i++) {
    const g = GIVEN[(i * 7) % GIVEN.length] ?? '';
    const f = FAMILY[(i * 5) % FAMILY.length] ?? '';
    const forms = [`${g} ${f}`, f, g, `${g.charAt(0)}. ${f}`, `${g} ${f} ${f}`];
    out.push(mention(forms[(i * 3) % forms.length] ?? f, i * 40));
  }
  return out;
}

/** `n` distinct two-word names, then each surname alone: a results table or casualty list. */
function distinctNames(n: number): PersonMention[] {
  const full = Array.from({ length: n }, (_, i) => mention(`Given${i} Family${i}`, i * 40));
  const surnames = Array.from({ length: n }, (_, i) => mention(`Family${i}`, (n + i) * 40));
  return [...full, ...surnames];
}

describe('resolve/people clustering', () => {
  test.each([
    ['surname joins the full name', ['Vladimir Putin', 'Putin'], [0, 0]],
    ['initial and surname join the full name', ['Phil Simmons', 'P. Simmons'], [0, 0]],
    ['a surname alone before any full name waits for the later one', ['Lee', 'Anna Lee'], [1, 1]],
    [
      'two people sharing a surname stay apart; the surname goes to the nearest earlier',
      ['Anna Lee', 'Boris Lee', 'Lee'],
      [0, 1, 1],
    ],
    ['unrelated names stay apart', ['Anna Lee', 'Boris Smith'], [0, 1]],
  ])('%s', (_label, names, expected) => {
    expect(clusterMentions(names.map((n, i) => mention(n, i * 40)))).toEqual(expected);
  });

  test.each([50, 200, 1000])('the index gives the same clusters as scanning every head (%i mixed mentions)', (n) => {
    const ms = mixedMentions(n);
    expect(clusterMentions(ms)).toEqual(scanAllHeads(ms));
  });

  test('distinct names: four times the mentions is about four times the comparisons, not sixteen', () => {
    const small = clusterWithWork(distinctNames(500)).work;
    const large = clusterWithWork(distinctNames(2000)).work;
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(5);
  });
});
