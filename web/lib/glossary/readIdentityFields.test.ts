import { describe, expect, it } from 'vitest';

import { readIdentityFields } from './readIdentityFields';

const EMAIL = 'urn:polder:field:(urn:polder:dataset:(sqlite,shop,main.customers),email)';
const ID = 'urn:polder:field:(urn:polder:dataset:(sqlite,shop,main.customers),id)';
const ORDER = 'urn:polder:field:(urn:polder:dataset:(sqlite,shop,main.orders),customer_id)';

function formOf(shown: string[], fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const urn of shown) form.append('field', urn);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe('readIdentityFields', () => {
  it('adds the column chosen after those shown, once', () => {
    expect(readIdentityFields(formOf([EMAIL], { add: ID }))).toEqual([EMAIL, ID]);
    expect(readIdentityFields(formOf([], { add: ` ${ID} ` }))).toEqual([ID]);
    expect(readIdentityFields(formOf([EMAIL, ID], { add: ID }))).toEqual([EMAIL, ID]);
  });

  it('removes the column whose Remove button was pressed, down to none', () => {
    expect(readIdentityFields(formOf([EMAIL, ID, ORDER], { remove: ID }))).toEqual([EMAIL, ORDER]);
    expect(readIdentityFields(formOf([EMAIL], { remove: EMAIL, comment: 'not unique' }))).toEqual([]);
  });

  it('asks for nothing when Add is pressed with no column chosen', () => {
    expect(readIdentityFields(formOf([EMAIL], { add: '' }))).toBeNull();
    expect(readIdentityFields(formOf([EMAIL], {}))).toBeNull();
  });

  it('drops empty, repeated and file values among those shown', () => {
    const form = formOf([EMAIL, '', EMAIL], { add: ORDER });
    form.append('field', new Blob(['x']), 'x.txt');
    expect(readIdentityFields(form)).toEqual([EMAIL, ORDER]);
  });
});
