import type { Doc } from '../../model/document';
import { compareSpans } from '../../model/span';

/** A CSV cell before escaping. Numbers are written as plain decimals and never formula-escaped. */
export type Cell = string | number | null;

/** The CSV files the CLI writes, in the order they are written. */
export const CSV_TYPES = ['people', 'places', 'dates', 'quotes', 'money', 'entities'] as const;
/** One of the CSV files. */
export type CsvType = (typeof CSV_TYPES)[number];

/** Stable column order per CSV file (documented in the README; extend at the end, never reorder). */
export const CSV_COLUMNS: Readonly<Record<CsvType, readonly string[]>> = {
  people: ['article_id', 'start', 'end', 'text', 'name', 'role', 'entity'],
  places: ['article_id', 'start', 'end', 'text', 'name', 'kind', 'country', 'geoname_id', 'lat', 'lon', 'entity'],
  dates: ['article_id', 'start', 'end', 'text', 'type', 'value', 'range_start', 'range_end', 'inferred'],
  quotes: ['article_id', 'start', 'end', 'text', 'kind', 'speaker_start', 'speaker_end', 'speaker_text', 'speaker_name', 'cue', 'utterance'],
  money: ['article_id', 'start', 'end', 'text', 'amount', 'currency', 'min', 'max', 'qualifier'],
  entities: ['article_id', 'entity', 'type', 'name', 'roles', 'mentions'],
};

/** The rows of one CSV file for one document, in column order, mentions sorted by offset. */
export function csvRows(doc: Doc, type: CsvType): Cell[][] {
  const id = doc.id;
  switch (type) {
    case 'people':
      return [...doc.people].sort(compareSpans).map((m) => [id, m.start, m.end, m.text, m.name, m.role, m.entity]);
    case 'places':
      return [...doc.places].sort(compareSpans).map((m) => [id, m.start, m.end, m.text, m.name, m.placeKind, m.country, m.geonameId, m.lat, m.lon, m.entity]);
    case 'dates':
      return [...doc.dates].sort(compareSpans).map((m) => [id, m.start, m.end, m.text, m.type, m.value, m.rangeStart, m.rangeEnd, m.inferred.join('|')]);
    case 'quotes':
      return [...doc.quotes].sort(compareSpans).map((m) => [id, m.start, m.end, m.text, m.quoteKind, m.speaker?.start ?? null, m.speaker?.end ?? null, m.speaker?.text ?? null, m.speakerName, m.cue?.text ?? null, m.utterance]);
    case 'money':
      return [...doc.money].sort(compareSpans).map((m) => [id, m.start, m.end, m.text, m.amount, m.currency, m.min, m.max, m.qualifier]);
    case 'entities':
      return doc.entities.map((e) => [id, e.id, e.type, e.name, e.roles.join('|'), e.mentions]);
  }
}
