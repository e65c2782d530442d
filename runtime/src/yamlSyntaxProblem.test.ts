import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlSyntaxProblem } from './yamlSyntaxProblem.ts';

function problemOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    return yamlSyntaxProblem(error);
  }
  throw new Error('expected the YAML to be refused');
}

describe('yamlSyntaxProblem', () => {
  it('says where once, without the excerpt or the colon that leads into it', () => {
    expect(problemOf('domains: [\n  - a\n')).toBe('line 2, column 3 is not valid YAML: Block collections are not allowed within flow collections');
    expect(problemOf('a: 1\na: 2\n')).toBe('line 2, column 1 is not valid YAML: Map keys must be unique');
  });

  it('gives the reason alone when the error names no place', () => {
    expect(yamlSyntaxProblem(new Error('Unexpected end of input'))).toBe('is not valid YAML: Unexpected end of input');
  });
});
