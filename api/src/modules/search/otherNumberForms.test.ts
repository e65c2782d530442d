import { describe, expect, it } from 'vitest';
import { otherNumberForms } from './otherNumberForms.ts';

describe('otherNumberForms', () => {
  it("gives the name with its words in the other number, one at a time and all together, after the name's own", () => {
    expect(otherNumberForms('invoice')).toEqual(['invoice invoices']);
    expect(otherNumberForms('deliveries')).toEqual(['deliveries delivery']);
    expect(otherNumberForms('couriers')).toEqual(['couriers courier']);
    expect(otherNumberForms('branch')).toEqual(['branch branches']);
    expect(otherNumberForms('boxes')).toEqual(['boxes box']);
    expect(otherNumberForms('addresses')).toEqual(['addresses address']);
    expect(otherNumberForms('Rentals')).toEqual(['rentals rental']);
    expect(otherNumberForms('rental_order')).toEqual(['rental order rentals order', 'rental order rental orders', 'rental order rentals orders']);
    expect(otherNumberForms('journal_entry')).toEqual(['journal entry journals entry', 'journal entry journal entries', 'journal entry journals entries']);
    expect(otherNumberForms('customerAccount')).toEqual(['customer account customers account', 'customer account customer accounts', 'customer account customers accounts']);
  });

  it('leaves a word the rules cannot tell as it is, rather than guess', () => {
    expect(otherNumberForms('status')).toEqual([]);
    expect(otherNumberForms('address')).toEqual([]);
    expect(otherNumberForms('gl_account')).toEqual(['gl account gl accounts']);
    expect(otherNumberForms('delivery_events_2026_09')).toEqual([
      'delivery events 2026 09 deliveries events 2026 09',
      'delivery events 2026 09 delivery event 2026 09',
      'delivery events 2026 09 deliveries event 2026 09',
    ]);
    expect(otherNumberForms('Straße')).toEqual([]);
    expect(otherNumberForms('')).toEqual([]);
  });
});
