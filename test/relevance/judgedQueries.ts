/**
 * Judged queries over the demo mesh: for each, the dataset a person typing it
 * is looking for (database.schema.table), or the glossary term or polyseme
 * (`GLOSSARY_TERM:<name>`, `POLYSEME:<label>`). Written by hand from the demo's
 * table names and descriptions; the test runs them with synthetic noise
 * tables around, so a name alone is not enough to win.
 */
export interface JudgedQuery {
  query: string;
  expected: string;
}

export const JUDGED_QUERIES: JudgedQuery[] = [
  // Exact names and identifiers
  { query: 'customer', expected: 'rentals.public.customer' },
  { query: 'customers', expected: 'delivery.app.customers' },
  { query: 'customer_account', expected: 'finance.billing.customer_account' },
  { query: 'rental_order', expected: 'rentals.public.rental_order' },
  { query: 'public.customer', expected: 'rentals.public.customer' },
  { query: 'billing.invoice', expected: 'finance.billing.invoice' },
  { query: 'ops.couriers', expected: 'delivery.ops.couriers' },
  { query: 'invoice', expected: 'finance.billing.invoice' },
  { query: 'branch', expected: 'rentals.public.branch' },
  { query: 'vehicle', expected: 'rentals.public.vehicle' },
  { query: 'merchants', expected: 'delivery.app.merchants' },
  { query: 'deliveries', expected: 'delivery.ops.deliveries' },
  // A name's words in the other number: people say "invoices" of a table named `invoice`
  { query: 'invoices', expected: 'finance.billing.invoice' },
  { query: 'vehicles', expected: 'rentals.public.vehicle' },
  { query: 'payments', expected: 'finance.billing.payment' },
  { query: 'rental orders', expected: 'rentals.public.rental_order' },
  { query: 'courier', expected: 'delivery.ops.couriers' },
  { query: 'journal entries', expected: 'finance.ledger.journal_entry' },
  // Words of a snake_case name
  { query: 'customer account', expected: 'finance.billing.customer_account' },
  { query: 'invoice line', expected: 'finance.billing.invoice_line' },
  { query: 'payment allocation', expected: 'finance.billing.payment_allocation' },
  { query: 'gl account', expected: 'finance.ledger.gl_account' },
  { query: 'journal entry', expected: 'finance.ledger.journal_entry' },
  { query: 'journal line', expected: 'finance.ledger.journal_line' },
  { query: 'fiscal period', expected: 'finance.ledger.fiscal_period' },
  { query: 'trial balance', expected: 'finance.reporting.trial_balance' },
  { query: 'receivables aging', expected: 'finance.reporting.receivables_aging' },
  { query: 'open receivable', expected: 'finance.reporting.open_receivable' },
  { query: 'revenue by period', expected: 'finance.reporting.revenue_by_period' },
  { query: 'vehicle model', expected: 'rentals.public.vehicle_model' },
  { query: 'rental charge', expected: 'rentals.public.rental_charge' },
  { query: 'damage report', expected: 'rentals.public.damage_report' },
  { query: 'maintenance event', expected: 'rentals.public.maintenance_event' },
  { query: 'fleet utilisation', expected: 'rentals.reporting.fleet_utilisation' },
  { query: 'top customer', expected: 'rentals.reporting.top_customer' },
  { query: 'active rental', expected: 'rentals.reporting.active_rental' },
  { query: 'merchant daily sales', expected: 'delivery.analytics.merchant_daily_sales' },
  { query: 'order items', expected: 'delivery.app.order_items' },
  { query: 'delivery events', expected: 'delivery.ops.delivery_events' },
  { query: 'delivery ratings', expected: 'delivery.ops.delivery_ratings' },
  { query: 'courier performance', expected: 'delivery.analytics.courier_performance' },
  { query: 'customer segment', expected: 'delivery.analytics.customer_segment' },
  { query: 'order fulfilment', expected: 'delivery.analytics.order_fulfilment' },
  // Typos
  { query: 'custmer', expected: 'rentals.public.customer' },
  { query: 'vehicel', expected: 'rentals.public.vehicle' },
  { query: 'invocie line', expected: 'finance.billing.invoice_line' },
  { query: 'curier performance', expected: 'delivery.analytics.courier_performance' },
  // Through a column
  { query: 'driver licence number', expected: 'rentals.public.customer' },
  { query: 'billing email', expected: 'finance.billing.customer_account' },
  // A table and one of its columns (the README's example)
  { query: 'customer email', expected: 'rentals.public.customer' },
  // Through the glossary: a term's synonym finds the datasets carrying it; terms and polysemes by name
  { query: 'renter', expected: 'rentals.public.customer' },
  { query: 'booking', expected: 'rentals.public.rental_order' },
  { query: 'app user', expected: 'delivery.app.customers' },
  { query: 'email address', expected: 'GLOSSARY_TERM:Email address' },
  { query: 'phone number', expected: 'GLOSSARY_TERM:Phone number' },
  { query: 'billed order', expected: 'GLOSSARY_TERM:Billed order' },
  { query: 'party', expected: 'GLOSSARY_TERM:Party' },
];
