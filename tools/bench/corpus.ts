// The benchmark corpus: generated, deterministic (fixed seed), built from the articles in corpus/ and the
// paragraph templates in word-lists.ts. Documented in the README (Speed).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CUES, FIRST_NAMES, LAST_NAMES, MONTHS, ORGS, PLACES, TEMPLATES, TITLES } from './word-lists';

/** Seed of the generator: the same seed gives the same corpus, byte for byte. */
export const BENCH_SEED = 20221227;
/** Paragraphs per generated article (inclusive bounds), of 1-3 sentences each: about 2.5-6 KB, 400-1,000 words. */
const MIN_PARAGRAPHS = 10;
const MAX_PARAGRAPHS = 18;
/** Most sentences in a paragraph made of templates. */
const MAX_SENTENCES = 3;
/** Share of paragraphs taken from corpus/ articles rather than filled-in templates. */
const CORPUS_SHARE = 0.4;

/** One generated article, in the JSONL input shape. */
export interface BenchArticle {
  readonly id: string;
  readonly published: string;
  readonly text: string;
}

/** mulberry32: a small, fast, well-mixed PRNG; the bench must not depend on Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** Paragraphs (one per line, title and date lines dropped) of every text and JSONL article under corpus/. */
export async function corpusParagraphs(dir: string): Promise<string[]> {
  const out: string[] = [];
  const add = (text: string): void => {
    for (const line of text.split('\n').slice(2)) if (line.trim().length >= 40) out.push(line.trim());
  };
  const walk = async (d: string): Promise<void> => {
    for (const e of (await fs.readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.name.endsWith('.txt')) add(await fs.readFile(full, 'utf8'));
      else if (e.name.endsWith('.jsonl'))
        for (const l of (await fs.readFile(full, 'utf8')).split('\n').filter((x) => x.trim()))
          add(String((JSON.parse(l) as { text?: unknown }).text ?? ''));
    }
  };
  await walk(dir);
  return out;
}

function money(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 900);
  const forms = [
    `$${n} million`,
    `€${n}m`,
    `${n} billion euros`,
    `£${n},${String(Math.floor(rand() * 1000)).padStart(3, '0')}`,
    `US$${(n / 10).toFixed(1)} billion`,
    `${n} million yen`,
  ];
  return pick(rand, forms);
}

/** Fills one template's slots from the word lists. */
function fill(template: string, rand: () => number, year: number): string {
  let surname: string = pick(rand, LAST_NAMES);
  const text = template.replace(/\{([PSTLOCDMNY])\}/g, (_, slot: string) => {
    switch (slot) {
      case 'P':
        surname = pick(rand, LAST_NAMES);
        return `${pick(rand, FIRST_NAMES)} ${surname}`;
      case 'S':
        return surname;
      case 'T':
        return pick(rand, TITLES);
      case 'L':
        return pick(rand, PLACES);
      case 'O':
        return pick(rand, ORGS);
      case 'C':
        return pick(rand, CUES);
      case 'D':
        return `${pick(rand, MONTHS)} ${1 + Math.floor(rand() * 28)}`;
      case 'M':
        return money(rand);
      case 'N':
        return String(2 + Math.floor(rand() * 60));
      default:
        return String(year - Math.floor(rand() * 5));
    }
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One article: a headline, a dateline, then shuffled corpus paragraphs and filled-in templates. */
function article(i: number, rand: () => number, paragraphs: readonly string[]): BenchArticle {
  const year = 2015 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const count = MIN_PARAGRAPHS + Math.floor(rand() * (MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1));
  const body: string[] = [];
  for (let p = 0; p < count; p++) {
    if (paragraphs.length > 0 && rand() < CORPUS_SHARE) body.push(pick(rand, paragraphs));
    else
      body.push(
        Array.from({ length: 1 + Math.floor(rand() * MAX_SENTENCES) }, () =>
          fill(pick(rand, TEMPLATES), rand, year),
        ).join(' '),
      );
  }
  const headline = fill(pick(rand, TEMPLATES), rand, year).split(/[,.]/)[0] ?? 'News';
  const dateline = `${pick(rand, PLACES).toUpperCase()}, ${MONTHS[month - 1]} ${day} (${pick(rand, ['Reuters', 'AP', 'AFP', 'Staff'])}) -`;
  return {
    id: `bench-${String(i).padStart(6, '0')}`,
    published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    text: `${headline}\n\n${dateline} ${body.join('\n\n')}\n`,
  };
}

/** `count` articles generated from `paragraphs` with the fixed seed (same inputs -> same articles). */
export function generateArticles(count: number, paragraphs: readonly string[], seed = BENCH_SEED): BenchArticle[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => article(i + 1, rand, paragraphs));
}

/** Writes articles as JSONL (the CLI's input format) and returns the file's size in bytes. */
export async function writeJsonl(file: string, articles: readonly BenchArticle[]): Promise<number> {
  const content = articles.map((a) => JSON.stringify(a) + '\n').join('');
  await fs.writeFile(file, content, 'utf8');
  return Buffer.byteLength(content);
}
