import { stringify } from 'csv-stringify/sync';

/**
 * CSV as Finnish Excel opens it without an import dialog: UTF-8 with a byte order mark, semicolons between cells
 * (the Finnish list separator), CRLF line ends. Cells that a spreadsheet would read as a formula (starting with =, +,
 * -, @, a tab or a carriage return) get a leading apostrophe, so an exported resident's text can never run in the
 * official's spreadsheet (OWASP "CSV injection"). Numbers stay numbers.
 */
export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined | Date;

export function csvCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.toISOString();
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  // Quoted whenever a cell holds a line break of either kind: Excel splits rows at a bare LF too.
  return stringify(rows.map((row) => row.map(csvCell)), { delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/**
 * A CSV file streamed a batch at a time: the header, then whatever `nextBatch` returns until it returns an empty
 * batch. Only one batch is in memory at a time, so the file's size does not matter (the export benchmark measures
 * the peak). `nextBatch` keeps its own cursor (keyset), so no query ever reads the whole table.
 */
export function csvStream(header: readonly string[], nextBatch: () => Promise<readonly (readonly CsvCell[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRows([header])));
        return;
      }
      const batch = await nextBatch();
      if (batch.length === 0) controller.close();
      else controller.enqueue(encoder.encode(csvRows(batch)));
    },
  });
}
