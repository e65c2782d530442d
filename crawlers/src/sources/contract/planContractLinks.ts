/**
 * What the contract linker must change (linkContractDatasets.ts), from what the
 * graph matches now and the links it wrote before. Pure.
 *
 * Each match `{product, promise, table}` (the product whose contract declares the
 * schema object `promise`, which describes the crawled `table`) asks for two edges:
 *
 *   (promise)-[:DESCRIBES]->(table)   the promise and what is really there, side by side
 *   (product)-[:EXPOSES]->(table)     the real table is an output port of the product
 *
 * An edge no match asks for any more (the contract, the table or the product is
 * gone, or a name changed) is removed. `products` are those whose output ports
 * changed: their search documents, trust scores and policy findings are queued again.
 */
export interface ContractMatch {
  product: string;
  promise: string;
  table: string;
}

export interface ContractLink {
  type: 'DESCRIBES' | 'EXPOSES';
  from: string;
  to: string;
}

export interface ContractLinkPlan {
  add: ContractLink[];
  remove: ContractLink[];
  products: string[];
}

export function planContractLinks(matches: readonly ContractMatch[], existing: readonly ContractLink[]): ContractLinkPlan {
  const wanted = new Map<string, ContractLink>();
  for (const { product, promise, table } of matches) {
    for (const link of [{ type: 'DESCRIBES', from: promise, to: table }, { type: 'EXPOSES', from: product, to: table }] as const) wanted.set(keyOf(link), link);
  }
  const present = new Map(existing.map((link) => [keyOf(link), link]));
  const add = [...wanted].filter(([key]) => !present.has(key)).map(([, link]) => link);
  const remove = [...present].filter(([key]) => !wanted.has(key)).map(([, link]) => link);
  const products = new Set([...add, ...remove].filter((link) => link.type === 'EXPOSES').map((link) => link.from));
  return { add: sorted(add), remove: sorted(remove), products: [...products].sort() };
}

function keyOf(link: ContractLink): string {
  return `${link.type}|${link.from}|${link.to}`;
}

function sorted(links: ContractLink[]): ContractLink[] {
  return links.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}
