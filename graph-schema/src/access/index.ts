export * from './Role.ts';
export * from './Account.ts';
export * from './ApiToken.ts';
export * from './Session.ts';
