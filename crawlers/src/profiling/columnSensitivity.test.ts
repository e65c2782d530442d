import { describe, expect, it } from 'vitest';
import { isSensitiveColumn, sensitivityFactsCypher } from './columnSensitivity.ts';

const none = { columnClassifications: [], datasetClassifications: [], datasetRestricted: false, columnName: 'status' };

describe('isSensitiveColumn', () => {

  it('is not sensitive without a classification or a restriction', () => {
    expect(isSensitiveColumn(none)).toBe(false);
  });

  it('is sensitive when the column or its dataset is classified, or the dataset is restricted', () => {
    expect(isSensitiveColumn({ ...none, columnClassifications: ['PII'] })).toBe(true);
    expect(isSensitiveColumn({ ...none, datasetClassifications: ['CONFIDENTIAL'] })).toBe(true);
    expect(isSensitiveColumn({ ...none, datasetRestricted: true })).toBe(true);
  });
});

describe('a column named for a secret', () => {
  it.each(['password', 'user_password', 'passwordHash', 'apiKey', 'API-Key', 'api key', 'refresh_token', 'client_secret', 'pwd', 'salt', 'TOKEN', 'card.cvv'])('%s is sensitive', (columnName) => {
    expect(isSensitiveColumn({ ...none, columnName })).toBe(true);
  });
  // An acronym before the word, or digits beside it, still leave it a word of its own.
  it.each(['DBPassword', 'APIToken', 'OTPSecret', 'userSSNHash', 'IBANNumber', 'password2', 'api_key2', 'sha256hash'])('%s is sensitive', (columnName) => {
    expect(isSensitiveColumn({ ...none, columnName })).toBe(true);
  });
  it.each(['tokenizer', 'keyword', 'hashtag', 'passport_country', 'spinner', 'status', 'pinned_at', 'secretary', 'ipv4', 'utf8mb4', 'spin2'])('%s is not', (columnName) => {
    expect(isSensitiveColumn({ ...none, columnName })).toBe(false);
  });
});

describe('a column named for what identifies or reaches a person', () => {
  it.each(['email', 'contact_email', 'customerEmail', 'e-mail', 'phone', 'phoneNumber', 'mobile', 'date_of_birth', 'DOB', 'birthdate', 'full_name', 'lastName', 'surname', 'driver_licence_number', 'passport_number'])(
    '%s is sensitive',
    (columnName) => {
      expect(isSensitiveColumn({ ...none, columnName })).toBe(true);
    },
  );
  it.each(['name', 'product_name', 'emailed_at', 'phones_sold', 'license_type', 'birthplace_country'])('%s is not', (columnName) => {
    expect(isSensitiveColumn({ ...none, columnName })).toBe(false);
  });
});

describe('sensitivityFactsCypher', () => {
  it('names the variables it was given, and only variables', () => {
    expect(sensitivityFactsCypher('f', 'd')).toContain('coalesce(d.editable_restricted, false) = true');
    expect(() => sensitivityFactsCypher('f}) DETACH DELETE (n', 'd')).toThrow('not a Cypher variable');
  });
});
