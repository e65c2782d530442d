import { describe, expect, it } from 'vitest';
import { otherNumberForms } from './otherNumberForms.ts';

describe('otherNumberForms', () => {
  it("gives the name with its words in the other number, one at a time and all together, as people say a table's name", () => {
    expect(otherNumberForms('invoice')).toEqual(['invoices']);
    expect(otherNumberForms('deliveries')).toEqual(['delivery']);
    expect(otherNumberForms('couriers')).toEqual(['courier']);
    expect(otherNumberForms('branch')).toEqual(['branches']);
    expect(otherNumberForms('boxes')).toEqual(['box']);
    expect(otherNumberForms('addresses')).toEqual(['address']);
    expect(otherNumberForms('rental_order')).toEqual(['rentals order', 'rental orders', 'rentals orders']);
    expect(otherNumberForms('journal_entry')).toEqual(['journals entry', 'journal entries', 'journals entries']);
    expect(otherNumberForms('customerAccount')).toEqual(['customers account', 'customer accounts', 'customers accounts']);
  });

  it('leaves a word the rules cannot tell as it is, rather than guess', () => {
    expect(otherNumberForms('status')).toEqual([]);
    expect(otherNumberForms('address')).toEqual([]);
    expect(otherNumberForms('gl_account')).toEqual(['gl accounts']);
    expect(otherNumberForms('delivery_events_2026_09')).toEqual(['deliveries events 2026 09', 'delivery event 2026 09', 'deliveries event 2026 09']);
    expect(otherNumberForms('Straße')).toEqual([]);
    expect(otherNumberForms('')).toEqual([]);
  });
});
