// Pieces shared by the resolvers: the resolved value record and the fields each unit infers.
import type { DateType } from '../../../model/mentions';
import type { Unit } from '../../../text/dates/sem';

/** A resolved value with the fields that came from the reference date rather than the text. */
export interface Resolved {
  readonly type: DateType;
  readonly value: string | null;
  readonly rangeStart: string | null;
  readonly rangeEnd: string | null;
  readonly inferred: readonly string[];
}

/** Every calendar field. */
export const ALL_FIELDS = ['year', 'month', 'day'] as const;

/** A single (non-range) DATE value. */
export function single(value: string | null, inferred: readonly string[]): Resolved {
  return { type: 'DATE', value, rangeStart: null, rangeEnd: null, inferred };
}

/** The fields a relative expression of each unit takes from the reference date. */
export const UNIT_FIELDS: Readonly<Record<Unit, readonly string[]>> = {
  day: ALL_FIELDS,
  week: ALL_FIELDS,
  month: ['year', 'month'],
  quarter: ['year', 'month'],
  year: ['year'],
  decade: ['year'],
};
