import { readFileSync } from 'node:fs';
import { isAbstractType, isEnumType, printSchema, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { polderSchema } from './schema.ts';

describe('polderSchema', () => {
  it('matches the committed SDL (run `npm run schema -w @polder/api` after changing the API)', async () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(`${printSchema(await polderSchema())}\n`).toBe(committed);
  });

  it('documents every type, field, argument and enum value', async () => {
    const undocumented: string[] = [];
    for (const type of Object.values((await polderSchema()).getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      // type-graphql cannot describe the root types themselves; their fields are checked below.
      if (!type.description && type.name !== 'Query' && type.name !== 'Mutation') undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const argument of 'args' in field ? field.args : []) if (!argument.description) undocumented.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('resolves every abstract type synchronously, as graphql-jit needs (graphql/compiledExecution.ts)', async () => {
    const schema = await polderSchema();
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(abstract.map((type) => type.name)).toEqual(['Entity']);
    for (const type of abstract) {
      for (const possible of schema.getPossibleTypes(type)) {
        const answer = type.resolveType!({ type: possible.name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase() }, {}, {} as GraphQLResolveInfo, type);
        expect(answer).toBe(possible.name);
      }
    }
  });
});
