import { describe, expect, it } from 'vitest';
import { decodeCsv, readIdeasCsv } from './csv-import';

const areas = [{ id: 'a1', slug: 'neulamaki', name: 'Neulamäki' }];
const themes = [{ id: 't1', name: 'Liikunta ja leikki' }];
const header = 'otsikko;kuvaus;alue;teema;kanava;keräyspäivä;keräyspaikka;nimi;ikäryhmä';
const good = 'Penkki pysäkille;Pysäkillä ei ole penkkiä lainkaan.;Neulamäki;Liikunta ja leikki;paperi;20.11.2026;Asiointipiste;Aino V;65+';

/** Bytes as Finnish Excel saves "CSV (luetteloerottimella erotettu)": Windows-1252. */
function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { ä: 0xe4, ö: 0xf6, å: 0xe5, Ä: 0xc4, Ö: 0xd6, '€': 0x80, '”': 0x94 };
  return Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

describe('reading paper ideas from CSV', () => {
  it('reads a UTF-8 file with a BOM and a Windows-1252 file alike', () => {
    const utf8 = new TextEncoder().encode(`\uFEFF${header}\r\n${good}\r\n`);
    const cp1252 = windows1252(`${header}\r\n${good}\r\n`);
    for (const bytes of [utf8, cp1252]) {
      const result = readIdeasCsv(bytes, { areas, themes });
      expect(result).toMatchObject({ ok: true, ideas: [{ title: 'Penkki pysäkille', areaId: 'a1', themeId: 't1', channel: 'PAPER', collectedAt: '2026-11-20', onBehalfName: 'Aino V', ageGroup: '65-plus', locale: 'fi' }] });
    }
    expect(decodeCsv(windows1252('Kävelytie'))).toBe('Kävelytie');
  });

  it('accepts commas and quoted cells with semicolons and line breaks', () => {
    const csv = 'otsikko,kuvaus,alue,kanava,keräyspäivä,keräyspaikka\n"Valot; ja penkit","Rivi yksi\nrivi kaksi, pitkä kuvaus",neulamaki,paikan päällä,2026-11-01,Koulu\n';
    expect(readIdeasCsv(new TextEncoder().encode(csv), { areas, themes })).toMatchObject({ ok: true, ideas: [{ title: 'Valot; ja penkit', channel: 'IN_PERSON' }] });
  });

  it('reports every bad row by its line number and keeps nothing', () => {
    const csv = [header, good, 'x;liian lyhyt;Kuopio;Tuntematon;kirje;31.2.2026;;;', good].join('\n');
    const result = readIdeasCsv(new TextEncoder().encode(csv), { areas, themes });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    const messages = result.rows[0]!.messages.join(' ');
    for (const expected of ['alue:importUnknownArea', 'teema:importUnknownTheme', 'otsikko:', 'kuvaus:', 'kanava:', 'keräyspäivä:dateInvalid', 'keräyspaikka:']) expect(messages).toContain(expected);
  });

  it('refuses files that are empty, not CSV or of other columns', () => {
    expect(readIdeasCsv(new Uint8Array(), { areas, themes })).toMatchObject({ ok: false, file: 'importEmpty' });
    expect(readIdeasCsv(new TextEncoder().encode(`${header}\n`), { areas, themes })).toMatchObject({ ok: false, file: 'importEmpty' });
    expect(readIdeasCsv(new TextEncoder().encode('a;"b\n1;2'), { areas, themes })).toMatchObject({ ok: false, file: 'importNotCsv' });
    const wrong = readIdeasCsv(new TextEncoder().encode('title;body\nx;y'), { areas, themes });
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.file).toMatch(/^importColumns\|/);
  });
});
