import { describe, expect, it } from 'vitest';
import { planContractLinks, type ContractLink } from './planContractLinks.ts';

const PRODUCT = 'urn:polder:dataProduct:(rentals,rental-orders)';
const PROMISE = 'urn:polder:dataset:(contract,rentals-contracts,rental-orders,rental_order)';
const TABLE = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.rental_order)';
const OLD_TABLE = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.rental_order_v1)';

const describes = (to: string): ContractLink => ({ type: 'DESCRIBES', from: PROMISE, to });
const exposes = (to: string): ContractLink => ({ type: 'EXPOSES', from: PRODUCT, to });

describe('planContractLinks', () => {
  it('links a promise to the table it describes, and the product to that table', () => {
    expect(planContractLinks([{ product: PRODUCT, promise: PROMISE, table: TABLE }], [])).toEqual({
      add: [describes(TABLE), exposes(TABLE)],
      remove: [],
      products: [PRODUCT],
    });
  });

  it('changes nothing when the links are there already', () => {
    expect(planContractLinks([{ product: PRODUCT, promise: PROMISE, table: TABLE }], [exposes(TABLE), describes(TABLE)])).toEqual({ add: [], remove: [], products: [] });
  });

  it('moves the links when the table the promise names changes, and removes those nothing asks for', () => {
    expect(planContractLinks([{ product: PRODUCT, promise: PROMISE, table: TABLE }], [describes(OLD_TABLE), exposes(OLD_TABLE)])).toEqual({
      add: [describes(TABLE), exposes(TABLE)],
      remove: [describes(OLD_TABLE), exposes(OLD_TABLE)],
      products: [PRODUCT],
    });
    expect(planContractLinks([], [describes(TABLE), exposes(TABLE)])).toEqual({ add: [], remove: [describes(TABLE), exposes(TABLE)], products: [PRODUCT] });
  });

  it('asks once for a product edge that two promises of the product share', () => {
    const other = 'urn:polder:dataset:(contract,rentals-contracts,rental-orders,orders_alias)';
    const plan = planContractLinks(
      [
        { product: PRODUCT, promise: PROMISE, table: TABLE },
        { product: PRODUCT, promise: other, table: TABLE },
      ],
      [],
    );
    expect(plan.add).toEqual([{ type: 'DESCRIBES', from: other, to: TABLE }, describes(TABLE), exposes(TABLE)]);
  });

  it('does not queue the product again when only a promise changed what it describes', () => {
    const other = 'urn:polder:dataset:(contract,rentals-contracts,rental-orders,orders_alias)';
    const plan = planContractLinks([{ product: PRODUCT, promise: other, table: TABLE }], [describes(TABLE), exposes(TABLE)]);
    expect(plan).toEqual({ add: [{ type: 'DESCRIBES', from: other, to: TABLE }], remove: [describes(TABLE)], products: [] });
  });
});
