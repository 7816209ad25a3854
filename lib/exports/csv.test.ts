import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvRows, csvStream } from './csv';

describe('CSV for Finnish Excel', () => {
  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(csvCell('+358 40 123')).toBe("'+358 40 123");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('Leikkipuisto = kiva')).toBe('Leikkipuisto = kiva');
    expect(csvCell(42000)).toBe(42000);
    expect(csvCell(null)).toBe('');
  });

  it('writes semicolons, CRLF and quotes where needed', () => {
    expect(csvRows([['a', 'b;c', 'rivi\nkaksi', 'sanoi "hei"', 5]])).toBe('a;"b;c";"rivi\nkaksi";"sanoi ""hei""";5\r\n');
  });

  it('streams the BOM and header, then batches until an empty one', async () => {
    const batches = [[['1', 'Äiti']], [['2', '=x']], []];
    const stream = csvStream(['id', 'nimi'], async () => batches.shift() ?? []);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    // TextDecoder would drop the byte order mark; Excel needs it, so the bytes are checked.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`${CSV_BOM}id;nimi\r\n1;Äiti\r\n2;'=x\r\n`);
  });
});
