// Writes the GraphQL SDL to api/schema.graphql; a test fails when the code and the file drift.
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { polderSchema } from '../src/schema.ts';

writeFileSync(new URL('../schema.graphql', import.meta.url), `${printSchema(await polderSchema())}\n`);
