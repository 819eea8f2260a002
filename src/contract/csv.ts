// The CSV files: their order, their columns (from the field tables) and their rows for one document.
import type { Doc } from '../model/document';
import type { Entity } from '../model/mentions';
import { ENTITY, MENTION_CONTRACTS, sorted } from './article';
import type { Cell } from './cells';
import type { Column } from './fields';
import { columnsOf } from './fields';

export type { Cell } from './cells';
export type { Column } from './fields';

/** The CSV files the CLI writes, in the order they are written. */
export const CSV_TYPES = ['people', 'places', 'dates', 'quotes', 'money', 'entities'] as const;
/** One of the CSV files. */
export type CsvType = (typeof CSV_TYPES)[number];

const ENTITY_COLUMNS: readonly Column<Entity>[] = [
  { name: 'article_id', kind: 'text', nullable: false, description: 'The article id.', get: (_e, id) => id },
  ...columnsOf(ENTITY),
];

/** The column specs of every CSV file (documented in the README; extend at the end, never reorder). */
export const CSV_SPECS = {
  people: MENTION_CONTRACTS.person.columns,
  places: MENTION_CONTRACTS.place.columns,
  dates: MENTION_CONTRACTS.date.columns,
  quotes: MENTION_CONTRACTS.quote.columns,
  money: MENTION_CONTRACTS.money.columns,
  entities: ENTITY_COLUMNS,
} as const;

/** Stable column order per CSV file: the header row. */
const names = (columns: readonly Column<never>[]): string[] => columns.map((c) => c.name);
export const CSV_COLUMNS: Readonly<Record<CsvType, readonly string[]>> = {
  people: names(CSV_SPECS.people),
  places: names(CSV_SPECS.places),
  dates: names(CSV_SPECS.dates),
  quotes: names(CSV_SPECS.quotes),
  money: names(CSV_SPECS.money),
  entities: names(CSV_SPECS.entities),
};

function rows<T>(items: readonly T[], columns: readonly Column<T>[], id: string): Cell[][] {
  return items.map((m) => columns.map((c) => c.get(m, id)));
}

/** The rows of one CSV file for one document, in column order, mentions sorted by offset. */
export function csvRows(doc: Doc, type: CsvType): Cell[][] {
  switch (type) {
    case 'people':
      return rows(sorted(doc.people), CSV_SPECS.people, doc.id);
    case 'places':
      return rows(sorted(doc.places), CSV_SPECS.places, doc.id);
    case 'dates':
      return rows(sorted(doc.dates), CSV_SPECS.dates, doc.id);
    case 'quotes':
      return rows(sorted(doc.quotes), CSV_SPECS.quotes, doc.id);
    case 'money':
      return rows(sorted(doc.money), CSV_SPECS.money, doc.id);
    case 'entities':
      return rows(doc.entities, CSV_SPECS.entities, doc.id);
  }
}
