/**
 * Finds the first syntax error of a text that `JSON.parse` rejected, as an offset
 * and a reason. V8's own messages name a position for some errors and not for
 * others ("Unexpected token 'x', ...") and change between Node versions; a crawl
 * failure must say where a multi-megabyte manifest is broken, every time.
 *
 * It follows RFC 8259 and runs only after `JSON.parse` failed, so it never needs
 * to build the value.
 */
export interface JsonSyntaxError {
  /** 0-based offset of the character where the text stops being JSON. */
  offset: number;
  reason: string;
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    const scanner = new JsonScanner(text);
    scanner.value();
    scanner.whitespace();
    if (scanner.offset < text.length) scanner.fail('unexpected content after the JSON value');
    return undefined;
  } catch (error) {
    if (error instanceof ScanError) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

class ScanError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class JsonScanner {
  offset = 0;
  constructor(private readonly text: string) {}

  fail(reason: string): never {
    throw new ScanError(this.offset, this.offset >= this.text.length ? 'unexpected end of file' : reason);
  }

  whitespace(): void {
    while (' \t\n\r'.includes(this.text[this.offset] ?? '!')) this.offset++;
  }

  /**
   * One JSON value. The containers it is inside are a stack of the brackets that close them, not
   * calls: a manifest nested 100,000 levels deep must get its error reported, not overflow the
   * call stack where the reason would be lost.
   */
  value(): void {
    const closers: Array<'}' | ']'> = [];
    for (;;) {
      if (this.openValue(closers)) continue;
      // A value ended: close what it ends, up to the next member of the container it is in.
      for (;;) {
        const closer = closers.at(-1);
        if (closer === undefined) return;
        this.whitespace();
        const next = this.text[this.offset];
        if (next === closer) {
          this.offset++;
          closers.pop();
          continue;
        }
        if (next !== ',') this.fail(closer === '}' ? 'expected "," or "}" after a property value' : 'expected "," or "]" after an array element');
        this.offset++;
        if (closer === '}') this.propertyName();
        break;
      }
    }
  }

  /** Reads a scalar or an empty container whole and returns false; true when it opened a container with members to come. */
  private openValue(closers: Array<'}' | ']'>): boolean {
    this.whitespace();
    const char = this.text[this.offset];
    if (char === '{' || char === '[') {
      const closer = char === '{' ? '}' : ']';
      this.offset++;
      this.whitespace();
      if (this.text[this.offset] === closer) {
        this.offset++;
        return false;
      }
      closers.push(closer);
      if (closer === '}') this.propertyName();
      return true;
    }
    if (char === '"') {
      this.string();
      return false;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return false;
      }
    }
    NUMBER.lastIndex = this.offset;
    if (NUMBER.test(this.text)) {
      this.offset = NUMBER.lastIndex;
      return false;
    }
    this.fail(`unexpected character ${JSON.stringify(char)} where a value should start`);
  }

  /** `"name":` of an object's member, up to where its value starts. */
  private propertyName(): void {
    this.whitespace();
    if (this.text[this.offset] !== '"') this.fail('expected a property name in double quotes');
    this.string();
    this.whitespace();
    if (this.text[this.offset] !== ':') this.fail('expected ":" after a property name');
    this.offset++;
  }

  private string(): void {
    this.offset++;
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) this.fail('unterminated string');
      if (char === '"') {
        this.offset++;
        return;
      }
      if (char === '\\') {
        ESCAPE.lastIndex = this.offset;
        if (!ESCAPE.test(this.text)) this.fail('invalid escape sequence in a string');
        this.offset = ESCAPE.lastIndex;
      } else if (char < ' ') {
        this.fail('control character in a string (write it as an escape, e.g. \\n)');
      } else {
        this.offset++;
      }
    }
  }
}
