// A small, strict RFC 4180 reader for the tests: fields separated by commas, records by CRLF, a field quoted with
// double quotes when it holds a comma, a quote, CR or LF, quotes doubled inside. Throws on anything else, so a
// test fails when the writer produces text that is not RFC 4180.

/** Parses CSV text into records of fields (a leading UTF-8 BOM is skipped). */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n"]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      if (text[end] === '"') throw new Error(`quote inside an unquoted field at ${end}`);
      if (text[end] === '\n') throw new Error(`bare LF at ${end}`);
      field = text.slice(i, end);
      i = end;
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (record.length) throw new Error('last record is not terminated by CRLF');
  return records;
}
