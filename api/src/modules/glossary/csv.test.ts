import { describe, expect, it } from 'vitest';
import { CsvError, decodeUtf8, readCsv, writeCsv } from './csv.ts';

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, numbering lines', () => {
    expect(readCsv('name,definition\r\nCustomer,"A person, who ""rents""\nand drives"\r\nOrder,x\n')).toEqual([
      { line: 1, fields: ['name', 'definition'] },
      { line: 2, fields: ['Customer', 'A person, who "rents"\nand drives'] },
      { line: 4, fields: ['Order', 'x'] },
    ]);
  });

  it('keeps empty fields and skips a byte order mark', () => {
    expect(readCsv('\ufeffa,,c\n,,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: ['', '', ''] },
    ]);
  });

  it('names the line and column of a malformed field', () => {
    expect(() => readCsv('a,b\nx,y"z\n')).toThrow(new CsvError('a quote inside an unquoted field (quote the whole field and double the quote)', 2, 2));
    expect(() => readCsv('a,b\nx,"open\n')).toThrow('line 2, column 2: a quoted field is not closed');
  });
});

describe('writeCsv', () => {
  it('round-trips any text', () => {
    const rows = [['name', 'definition'], ['Käse', 'say "cheese", then\r\nsmile'], [' padded ', ''], ['a', '=1+1']];
    expect(readCsv(writeCsv(rows)).map((row) => row.fields)).toEqual(rows);
    expect(writeCsv([['a', 'b,c']])).toBe('a,"b,c"\r\n');
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 and names where invalid bytes are', () => {
    expect(decodeUtf8(new TextEncoder().encode('naïve'))).toBe('naïve');
    const bytes = Uint8Array.from([...new TextEncoder().encode('name\nCaf'), 0xe9, 0x2c, 0x78, 0x0a]);
    expect(() => decodeUtf8(bytes)).toThrow(new CsvError('the file is not valid UTF-8 (save it as UTF-8 and import again)', 2, 4));
  });
});
