import { parse } from 'csv-parse/sync';
import { encodeMessage } from '@/lib/core/validation-message';
import { fieldErrorsFromZod } from '@/lib/core/action-result';
import { AGE_GROUPS } from './age-groups';
import { type InPersonIdea, inPersonIdeaSchema } from './schema';

/**
 * Reading a CSV file of ideas collected on paper or in person (staff's bulk entry). Pure: the caller supplies the
 * space's areas and the component's themes, and stores the result only when no row has a problem — a file is taken
 * whole or not at all. Files as Finnish Excel saves them are accepted: Windows-1252 when the bytes are not UTF-8,
 * semicolons (or commas), a byte order mark. Headers are Finnish words (the template's), in any order and case.
 */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 2000;

/** The template's columns: header word → the field it fills. */
export const IMPORT_COLUMNS = {
  otsikko: 'title',
  kuvaus: 'body',
  alue: 'areaId',
  teema: 'themeId',
  kanava: 'channel',
  keräyspäivä: 'collectedAt',
  keräyspaikka: 'collectedPlace',
  nimi: 'onBehalfName',
  ikäryhmä: 'ageGroup',
  paikka: 'locationText',
  kieli: 'locale',
} as const;
type Column = keyof typeof IMPORT_COLUMNS;
const REQUIRED: readonly Column[] = ['otsikko', 'kuvaus', 'alue', 'kanava', 'keräyspäivä', 'keräyspaikka'];

export const IMPORT_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  Object.keys(IMPORT_COLUMNS),
  ['Penkki bussipysäkille', 'Pysäkillä ei ole penkkiä, ja moni ikäihminen joutuu seisomaan pitkään.', 'neulamaki', 'Liikenne ja turvallisuus', 'paperi', '2026-11-20', 'Asiointipiste', '', '65-plus', 'Koulun pysäkki', 'fi'],
];

export type ImportRowProblem = { row: number; messages: string[] };
export type ImportOutcome = { ok: true; ideas: InPersonIdea[] } | { ok: false; file: string | null; rows: ImportRowProblem[] };

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 as Finnish Excel writes. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const normalize = (s: string) => s.trim().toLocaleLowerCase('fi').replace(/\s+/g, ' ');

function channelOf(value: string): string {
  const v = normalize(value);
  if (['paperi', 'paperilla', 'paperilomake', 'paper', 'på papper'].includes(v)) return 'PAPER';
  if (['paikan päällä', 'paikan paalla', 'työpaja', 'in person', 'in_person', 'på plats'].includes(v)) return 'IN_PERSON';
  return value.trim().toUpperCase();
}

/** 2026-11-20, 20.11.2026 or 20.11.26 → 2026-11-20; anything else is left for the schema to refuse. */
function dateOf(value: string): string {
  const v = value.trim();
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(v);
  if (!fi) return v;
  const year = fi[3]!.length === 2 ? `20${fi[3]}` : fi[3]!;
  return `${year}-${fi[2]!.padStart(2, '0')}-${fi[1]!.padStart(2, '0')}`;
}

function ageGroupOf(value: string): string {
  const v = normalize(value).replace(/[–—]/g, '-').replace(/\s*(v\.?|vuotta|år)$/, '');
  if (v === '') return '';
  if (v === 'alle 13' || v === '<13') return 'under-13';
  if (v === '65+' || v === '65 tai yli' || v === 'yli 64') return '65-plus';
  return (AGE_GROUPS as readonly string[]).includes(v) ? v : value.trim();
}

/**
 * The ideas of a file, or every problem found: the file's own (not CSV, no data, missing or unknown columns, too
 * many rows) or each bad row's messages by its line number in the file (the header is row 1). Messages are encoded
 * validation keys, translated by the form, each prefixed by the column it concerns.
 */
export function readIdeasCsv(bytes: Uint8Array, { areas, themes }: { areas: { id: string; slug: string; name: string }[]; themes: { id: string; name: string }[] }): ImportOutcome {
  if (bytes.byteLength === 0) return { ok: false, file: 'importEmpty', rows: [] };
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, file: 'importTooLarge', rows: [] };
  const text = decodeCsv(bytes).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    // relax_quotes: a quote typed inside an unquoted cell (as people do) is text, not an error.
    records = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, trim: true }) as string[][];
  } catch {
    return { ok: false, file: 'importNotCsv', rows: [] };
  }
  const [header, ...data] = records;
  if (!header || data.length === 0) return { ok: false, file: 'importEmpty', rows: [] };
  if (data.length > IMPORT_MAX_ROWS) return { ok: false, file: encodeMessage('importTooManyRows', { max: IMPORT_MAX_ROWS }), rows: [] };
  const columns = header.map((h) => normalize(h) as Column);
  const unknown = columns.filter((c) => !Object.hasOwn(IMPORT_COLUMNS, c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (unknown.length > 0 || missing.length > 0) {
    return { ok: false, file: encodeMessage('importColumns', { missing: missing.join(', ') || '–', unknown: unknown.join(', ') || '–' }), rows: [] };
  }
  const areaBy = new Map(areas.flatMap((a) => [[normalize(a.slug), a.id], [normalize(a.name), a.id]] as const));
  const themeBy = new Map(themes.map((t) => [normalize(t.name), t.id] as const));
  const ideas: InPersonIdea[] = [];
  const problems: ImportRowProblem[] = [];
  data.forEach((record, index) => {
    const row = index + 2;
    const cell = (c: Column) => record[columns.indexOf(c)] ?? '';
    const messages: string[] = [];
    const areaText = cell('alue');
    const areaId = areaBy.get(normalize(areaText));
    if (!areaId) messages.push(`alue:${encodeMessage('importUnknownArea', { value: areaText })}`);
    const themeText = columns.includes('teema') ? cell('teema') : '';
    const themeId = themeText ? themeBy.get(normalize(themeText)) : '';
    if (themeId === undefined) messages.push(`teema:${encodeMessage('importUnknownTheme', { value: themeText })}`);
    const parsed = inPersonIdeaSchema.safeParse({
      title: cell('otsikko'),
      body: cell('kuvaus'),
      areaId: areaId ?? 'x',
      themeId: themeId ?? '',
      locale: columns.includes('kieli') && cell('kieli') ? normalize(cell('kieli')) : 'fi',
      channel: channelOf(cell('kanava')),
      collectedAt: dateOf(cell('keräyspäivä')),
      collectedPlace: cell('keräyspaikka'),
      onBehalfName: columns.includes('nimi') ? cell('nimi') : '',
      ageGroup: columns.includes('ikäryhmä') ? ageGroupOf(cell('ikäryhmä')) : '',
      locationText: columns.includes('paikka') ? cell('paikka') : '',
    });
    if (!parsed.success) {
      const byField = Object.fromEntries(Object.entries(IMPORT_COLUMNS).map(([col, field]) => [field, col]));
      for (const [field, fieldMessages] of Object.entries(fieldErrorsFromZod(parsed.error))) {
        for (const m of fieldMessages) messages.push(`${byField[field] ?? field}:${m}`);
      }
    }
    if (messages.length > 0) problems.push({ row, messages });
    else if (parsed.success) ideas.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, file: null, rows: problems } : { ok: true, ideas };
}
