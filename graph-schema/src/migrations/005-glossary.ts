import type { Migration } from './Migration.ts';

export const glossary: Migration = {
  id: '005-glossary',
  description: 'Glossary terms unique by name within their glossary and listed by glossary; suggestions keyed by URN.',
  statements: [
    // The one-name-per-glossary rule (case-insensitive: nameKey is the lower-case name); the service names the
    // duplicate before this backstop would fire.
    'CREATE CONSTRAINT glossaryterm_name IF NOT EXISTS FOR (n:GlossaryTerm) REQUIRE (n.glossary, n.nameKey) IS UNIQUE',
    'CREATE INDEX glossaryterm_glossary IF NOT EXISTS FOR (n:GlossaryTerm) ON (n.glossary)',
    'CREATE CONSTRAINT suggestion_urn IF NOT EXISTS FOR (n:Suggestion) REQUIRE n.urn IS UNIQUE',
  ],
};
