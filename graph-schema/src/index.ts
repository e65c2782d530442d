export * from './urn.ts';
export * from './labels/index.ts';
export * from './access/index.ts';
export * from './relationships.ts';
export * from './records.ts';
export * from './migrations/index.ts';
export * from './searchDocumentUrn.ts';
export * from './outbox.ts';
