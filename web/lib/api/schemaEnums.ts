/** The API's GraphQL enums, as the string unions they arrive as in JSON. */
export type EntityType = 'DATASET' | 'FIELD' | 'DOMAIN' | 'SOURCE' | 'DATA_PRODUCT' | 'JOB';

export type LineageDirection = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

export type SearchSort = 'RELEVANCE' | 'NAME' | 'RECENTLY_UPDATED' | 'TRUST';
