// The CSV files: their order, their columns (from the field tables) and their rows for one document.
import type { Doc } from '../model/document';
import type { Entity } from '../model/mentions';
import { ENTITY, MENTION_CONTRACTS, sorted } from './article';
import type { Cell } from './cells';
import type { Column, RowContext } from './fields';
import { columnsOf } from './fields';

export type { Cell } from './cells';
export type { Column } from './fields';

/** The CSV files the CLI writes, in the order they are written. */
export const CSV_TYPES = ['people', 'places', 'organizations', 'dates', 'quotes', 'money', 'entities'] as const;
/** One of the CSV files. */
export type CsvType = (typeof CSV_TYPES)[number];

const ENTITY_COLUMNS: readonly Column<Entity>[] = [
  {
    name: 'article_id',
    kind: 'text',
    nullable: false,
    description: 'The article id.',
    get: (_e, row) => row.articleId,
  },
  ...columnsOf(ENTITY),
];

/** The column specs of every CSV file (documented in the README; extend at the end, never reorder). */
export const CSV_SPECS = {
  people: MENTION_CONTRACTS.person.columns,
  places: MENTION_CONTRACTS.place.columns,
  organizations: MENTION_CONTRACTS.organization.columns,
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
  organizations: names(CSV_SPECS.organizations),
  dates: names(CSV_SPECS.dates),
  quotes: names(CSV_SPECS.quotes),
  money: names(CSV_SPECS.money),
  entities: names(CSV_SPECS.entities),
};

function rows<T>(items: readonly T[], columns: readonly Column<T>[], doc: Doc): Cell[][] {
  const row: RowContext = { articleId: doc.id, published: doc.reference };
  return items.map((m) => columns.map((c) => c.get(m, row)));
}

/** The rows of one CSV file for one document, in column order, mentions sorted by offset. */
export function csvRows(doc: Doc, type: CsvType): Cell[][] {
  switch (type) {
    case 'people':
      return rows(sorted(doc.people), CSV_SPECS.people, doc);
    case 'places':
      return rows(sorted(doc.places), CSV_SPECS.places, doc);
    case 'organizations':
      return rows(sorted(doc.organizations), CSV_SPECS.organizations, doc);
    case 'dates':
      return rows(sorted(doc.dates), CSV_SPECS.dates, doc);
    case 'quotes':
      return rows(sorted(doc.quotes), CSV_SPECS.quotes, doc);
    case 'money':
      return rows(sorted(doc.money), CSV_SPECS.money, doc);
    case 'entities':
      return rows(doc.entities, CSV_SPECS.entities, doc);
  }
}
