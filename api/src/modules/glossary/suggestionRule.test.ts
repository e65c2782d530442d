import { describe, expect, it } from 'vitest';
import { asColumnName, suggestionReason } from './suggestionRule.ts';

const email = { name: 'Email address', synonyms: ['email', 'e-mail'], acronyms: [], columnPatterns: ['mail_*'] };

describe('suggestionReason', () => {
  it('matches the name, a synonym as a whole name or a suffix, an acronym, a pattern', () => {
    expect(suggestionReason('email_address', email)).toBe('column name "email_address" matches the term\'s name "Email address"');
    expect(suggestionReason('billing_email', email)).toBe('column name "billing_email" matches the term\'s synonym "email"');
    expect(suggestionReason('E_Mail', email)).toBe('column name "E_Mail" matches the term\'s synonym "e-mail"');
    expect(suggestionReason('MAIL_TO', email)).toBe('column name "MAIL_TO" matches the term\'s pattern "mail_*"');
    expect(suggestionReason('clv', { name: 'Customer lifetime value', synonyms: [], acronyms: ['CLV'], columnPatterns: [] })).toBe('column name "clv" is the term\'s acronym "CLV"');
  });

  it('does not match inside a word or a prefix', () => {
    expect(suggestionReason('emailed_at', email)).toBeNull();
    expect(suggestionReason('voicemail', email)).toBeNull();
    expect(suggestionReason('clv_rank', { name: 'X', synonyms: [], acronyms: ['CLV'], columnPatterns: [] })).toBeNull();
  });
});

describe('asColumnName', () => {
  it('writes words as a column name', () => {
    expect(asColumnName('Customer ID')).toBe('customer_id');
    expect(asColumnName('customerId')).toBe('customer_id');
    expect(asColumnName('Crème-brûlée!')).toBe('creme_brulee');
  });
});
