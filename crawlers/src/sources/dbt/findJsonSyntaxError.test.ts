import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './findJsonSyntaxError.ts';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', { offset: 8, reason: 'expected a property name in double quotes' }],
    ['{"a": 1 "b": 2}', { offset: 8, reason: 'expected "," or "}" after a property value' }],
    ['{"a" 1}', { offset: 5, reason: 'expected ":" after a property name' }],
    ['[1 2]', { offset: 3, reason: 'expected "," or "]" after an array element' }],
    ['{"a": tru}', { offset: 6, reason: 'unexpected character "t" where a value should start' }],
    ['{"a": 01}', { offset: 7, reason: 'expected "," or "}" after a property value' }],
    ['{"a": "x\ny"}', { offset: 8, reason: 'control character in a string (write it as an escape, e.g. \\n)' }],
    ['{"a": "\\x"}', { offset: 7, reason: 'invalid escape sequence in a string' }],
    ['{"a": "x', { offset: 8, reason: 'unexpected end of file' }],
    ['{"a": [1, {"b": null}', { offset: 21, reason: 'unexpected end of file' }],
    ['{} {}', { offset: 3, reason: 'unexpected content after the JSON value' }],
    ['', { offset: 0, reason: 'unexpected end of file' }],
  ])('finds the error in %j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual(expected);
  });

  it('finds none in valid JSON', () => {
    const text = ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n", {}], "b": {"c": []}} ';
    expect(JSON.parse(text)).toBeTruthy();
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it('finds the error at any depth of nesting, without overflowing the call stack', () => {
    const depth = 200_000;
    expect(findJsonSyntaxError(`${'['.repeat(depth)}1${']'.repeat(depth - 1)}`)).toEqual({ offset: 2 * depth, reason: 'unexpected end of file' });
    expect(findJsonSyntaxError(`${'{"a":'.repeat(depth)}x`)).toEqual({ offset: 5 * depth, reason: 'unexpected character "x" where a value should start' });
    expect(findJsonSyntaxError(`${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`)).toBeUndefined();
  });
});
