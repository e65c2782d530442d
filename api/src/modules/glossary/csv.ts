/**
 * A small RFC 4180 CSV reader and writer: fields separated by commas, records by
 * CRLF (LF accepted on read), a field quoted when it holds a comma, a quote or a
 * line break, a quote inside a quoted field doubled. Errors name the line and
 * the column (both 1-based, lines counted in the file, so a quoted field spanning
 * lines moves the count on).
 */

export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

/** Decodes UTF-8 strictly: an invalid byte sequence is reported with its line and column, never replaced. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Find the first bad sequence by decoding line by line.
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        const slice = bytes.subarray(start, index);
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(slice);
        } catch {
          let good = 0;
          while (good < slice.length && isValidPrefix(slice.subarray(0, good + 1))) good++;
          // In streaming mode an incomplete sequence at the end is held back: what comes out is the good text before it.
          const column = new TextDecoder('utf-8', { fatal: true }).decode(slice.subarray(0, good), { stream: true }).length + 1;
          throw new CsvError('the file is not valid UTF-8 (save it as UTF-8 and import again)', line, column);
        }
        line++;
        start = index + 1;
      }
    }
    throw new CsvError('the file is not valid UTF-8', line, 1);
  }
}

function isValidPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Parses CSV text into rows of fields, with each row's first line number. */
export function readCsv(text: string): Array<{ line: number; fields: string[] }> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let column = 1;
  let index = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push({ line: rowLine, fields });
    fields = [];
  };
  while (index < source.length) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 2;
          column += 2;
          continue;
        }
        quoted = false;
        index++;
        column++;
        const next = source[index];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError('unexpected character after a closing quote (a quote inside a quoted field is written "")', line, fields.length + 1);
        }
        continue;
      }
      if (char === '\n') {
        line++;
        column = 1;
      } else column++;
      field += char;
      index++;
      continue;
    }
    if (char === '"') {
      if (fieldStarted) throw new CsvError('a quote inside an unquoted field (quote the whole field and double the quote)', line, fields.length + 1);
      quoted = true;
      fieldStarted = true;
      index++;
      column++;
      continue;
    }
    if (char === ',') {
      endField();
      index++;
      column++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      index += char === '\r' && source[index + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      column = 1;
      continue;
    }
    field += char;
    fieldStarted = true;
    index++;
    column++;
  }
  if (quoted) throw new CsvError('a quoted field is not closed', rowLine, fields.length + 1);
  if (fieldStarted || fields.length > 0) endRow();
  return rows;
}

/** Writes rows as CSV, quoting only the fields that need it; CRLF between records and after the last. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',') + '\r\n').join('');
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() || value === '' ? (value === '' ? '' : `"${value.replace(/"/g, '""')}"`) : value;
}
