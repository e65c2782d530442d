/** The API's GraphQL enums, as the string unions they arrive as in JSON. */
export type EntityType = 'DATASET' | 'FIELD' | 'DOMAIN' | 'SOURCE' | 'DATA_PRODUCT' | 'JOB' | 'GLOSSARY_TERM' | 'POLYSEME';

export type LineageDirection = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

export type SearchSort = 'RELEVANCE' | 'NAME' | 'RECENTLY_UPDATED' | 'TRUST';

export type OwnershipType = 'TECHNICAL_OWNER' | 'BUSINESS_OWNER' | 'DATA_STEWARD';

export type TokenScope = 'READ' | 'WRITE';

/** Where a glossary term is in its lifecycle. */
export type TermStatus = 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED' | 'DEPRECATED';

/** Whether the council has agreed a polyseme. */
export type PolysemeStatus = 'DRAFT' | 'APPROVED';

/** How one sense of a polyseme relates to another. */
export type MappingKind = 'SAME_AS' | 'BROADER' | 'NARROWER' | 'OVERLAPS';
