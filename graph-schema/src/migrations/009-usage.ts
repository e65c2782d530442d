import type { Migration } from './Migration.ts';

export const usage: Migration = {
  id: '009-usage',
  description: 'Datasets looked up by popularity: the most popular first (the home page), without scanning every dataset.',
  statements: ['CREATE INDEX dataset_popularity IF NOT EXISTS FOR (n:Dataset) ON (n.popularity)'],
};
