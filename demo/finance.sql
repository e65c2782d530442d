-- Polder demo mesh: domain "finance".
--
-- The finance store shared by the group's businesses: billing accounts
-- (who pays), invoices raised for the rentals and delivery businesses,
-- incoming payments and how they are allocated to invoices, and the
-- general ledger the invoices and payments are posted to.
--
-- Schemas: billing (accounts receivable), ledger (general ledger),
-- reporting (views for controllers). Loaded by `npm start` into a fresh
-- database; runs with `psql -v ON_ERROR_STOP=1 -f demo/finance.sql` and
-- equally as one multi-statement query string. Data is fixed (no random()),
-- dated July to December 2026; amounts in EUR.

BEGIN;

CREATE SCHEMA billing;
CREATE SCHEMA ledger;
CREATE SCHEMA reporting;

COMMENT ON SCHEMA billing IS 'Accounts receivable: customer accounts (who is invoiced), invoices and their lines, payments received and their allocation to invoices. Written by the billing system.';
COMMENT ON SCHEMA ledger IS 'General ledger: chart of accounts, fiscal periods and double-entry journal entries posted from billing.';
COMMENT ON SCHEMA reporting IS 'Finance reporting layer: receivables, customer statements and the trial balance, maintained by group control.';

CREATE TYPE billing.account_status AS ENUM ('active', 'on_hold', 'closed');
COMMENT ON TYPE billing.account_status IS 'Status of a customer account: active, on_hold (no new credit until arrears are paid) or closed.';

CREATE TYPE billing.invoice_status AS ENUM ('draft', 'issued', 'paid', 'void');
COMMENT ON TYPE billing.invoice_status IS 'Status of an invoice: draft (not sent, not posted), issued (sent and posted, not fully paid), paid (fully settled) or void (withdrawn on the day of issue before it was posted to the ledger, replaced by a new invoice).';

CREATE TYPE billing.payment_method AS ENUM ('card', 'ideal', 'bank_transfer', 'direct_debit');
COMMENT ON TYPE billing.payment_method IS 'How a payment reached us: card (via the payment provider), iDEAL, bank transfer or SEPA direct debit.';

-- ---------------------------------------------------------------- tables

CREATE TABLE billing.customer_account (
    customer_account_id   integer PRIMARY KEY,
    account_number        text NOT NULL,
    account_type          text NOT NULL,
    legal_name            text NOT NULL,
    billing_email         text NOT NULL,
    billing_contact_name  text,
    vat_number            text,
    country_code          char(2) NOT NULL DEFAULT 'NL',
    currency              char(3) NOT NULL DEFAULT 'EUR',
    credit_limit          numeric(12,2) NOT NULL DEFAULT 0,
    payment_terms_days    smallint NOT NULL DEFAULT 14,
    status                billing.account_status NOT NULL DEFAULT 'active',
    opened_at             timestamptz NOT NULL,
    closed_at             timestamptz,
    CONSTRAINT customer_account_number_key UNIQUE (account_number),
    CONSTRAINT customer_account_vat_number_key UNIQUE (vat_number),
    CONSTRAINT customer_account_number_format CHECK (account_number ~ '^FA-[0-9]{6}$'),
    CONSTRAINT customer_account_type CHECK (account_type IN ('individual', 'business')),
    CONSTRAINT customer_account_email_lower_case CHECK (billing_email = lower(billing_email)),
    CONSTRAINT customer_account_business_has_vat CHECK (account_type = 'individual' OR vat_number IS NOT NULL),
    CONSTRAINT customer_account_credit_limit CHECK (credit_limit >= 0),
    CONSTRAINT customer_account_terms CHECK (payment_terms_days IN (0, 14, 30, 60)),
    CONSTRAINT customer_account_closed CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
COMMENT ON TABLE billing.customer_account IS 'A customer in the finance sense: a billing account that receives invoices and owes us money, identified by account_number. A business (a corporate renter, a delivery merchant) or an individual invoiced after a rental. Its email is the billing contact''s, not necessarily the email of the person who rented or ordered.';
COMMENT ON COLUMN billing.customer_account.customer_account_id IS 'Surrogate key of the account.';
COMMENT ON COLUMN billing.customer_account.account_number IS 'Account number FA-nnnnnn quoted on every invoice and payment; rentals (customer.billing_account_number) and delivery (merchants.finance_account_number) store it to say who pays.';
COMMENT ON COLUMN billing.customer_account.account_type IS 'individual (a private person) or business (a company, needs a VAT number).';
COMMENT ON COLUMN billing.customer_account.legal_name IS 'Name the invoice is addressed to: company name as registered at the Chamber of Commerce, or the person''s name.';
COMMENT ON COLUMN billing.customer_account.billing_email IS 'Email address invoices and reminders are sent to (the billing contact), lower case; for individuals the person''s own email.';
COMMENT ON COLUMN billing.customer_account.billing_contact_name IS 'Person at the customer who handles invoices.';
COMMENT ON COLUMN billing.customer_account.vat_number IS 'EU VAT identification number of a business account; NULL for individuals.';
COMMENT ON COLUMN billing.customer_account.country_code IS 'ISO 3166-1 alpha-2 country of the invoice address; decides the VAT treatment.';
COMMENT ON COLUMN billing.customer_account.currency IS 'ISO 4217 currency the account is invoiced in.';
COMMENT ON COLUMN billing.customer_account.credit_limit IS 'Maximum open balance allowed before the account goes on hold, in the account currency.';
COMMENT ON COLUMN billing.customer_account.payment_terms_days IS 'Days between invoice date and due date (0 = payable on receipt).';
COMMENT ON COLUMN billing.customer_account.status IS 'active, on_hold or closed.';
COMMENT ON COLUMN billing.customer_account.opened_at IS 'When the account was opened after the credit check.';
COMMENT ON COLUMN billing.customer_account.closed_at IS 'When the account was closed; set exactly when status is closed.';

CREATE TABLE billing.invoice (
    invoice_id           integer PRIMARY KEY,
    invoice_number       text NOT NULL,
    customer_account_id  integer NOT NULL REFERENCES billing.customer_account (customer_account_id),
    source_domain        text NOT NULL,
    source_reference     text NOT NULL,
    status               billing.invoice_status NOT NULL DEFAULT 'draft',
    issued_at            timestamptz,
    due_on               date,
    currency             char(3) NOT NULL DEFAULT 'EUR',
    void_reason          text,
    CONSTRAINT invoice_number_key UNIQUE (invoice_number),
    CONSTRAINT invoice_number_format CHECK (invoice_number ~ '^INV-[0-9]{4}-[0-9]{6}$'),
    CONSTRAINT invoice_source_domain CHECK (source_domain IN ('rentals', 'delivery')),
    CONSTRAINT invoice_issued CHECK ((status = 'draft') = (issued_at IS NULL) AND (issued_at IS NULL) = (due_on IS NULL)),
    CONSTRAINT invoice_due_after_issue CHECK (due_on >= (issued_at AT TIME ZONE 'Europe/Amsterdam')::date),
    CONSTRAINT invoice_void_reason CHECK ((status = 'void') = (void_reason IS NOT NULL))
);
CREATE UNIQUE INDEX invoice_source_reference_key ON billing.invoice (source_domain, source_reference) WHERE status <> 'void';
CREATE INDEX invoice_customer_account_id_idx ON billing.invoice (customer_account_id);
COMMENT ON TABLE billing.invoice IS 'An invoice raised to a customer account for something a business domain sold: a rental order (source_domain rentals, source_reference = rental order number) or a merchant''s monthly commission statement (source_domain delivery, source_reference = merchant code/period). Amounts are on its lines.';
COMMENT ON COLUMN billing.invoice.invoice_id IS 'Surrogate key of the invoice.';
COMMENT ON COLUMN billing.invoice.invoice_number IS 'Legal, gap-free invoice number INV-yyyy-nnnnnn.';
COMMENT ON COLUMN billing.invoice.customer_account_id IS 'The account invoiced.';
COMMENT ON COLUMN billing.invoice.source_domain IS 'Business domain whose sale the invoice bills: rentals or delivery.';
COMMENT ON COLUMN billing.invoice.source_reference IS 'Key of the billed thing in the source domain: a rental order number (RO-yyyy-nnnnnn) for rentals, a commission statement merchant_code/yyyy-mm for delivery. At most one non-void invoice per reference.';
COMMENT ON COLUMN billing.invoice.status IS 'draft, issued, paid or void.';
COMMENT ON COLUMN billing.invoice.issued_at IS 'When the invoice was sent and posted to the ledger; NULL for drafts.';
COMMENT ON COLUMN billing.invoice.due_on IS 'Payment due date: invoice date plus the account''s payment terms.';
COMMENT ON COLUMN billing.invoice.currency IS 'ISO 4217 currency of the invoice.';
COMMENT ON COLUMN billing.invoice.void_reason IS 'Why an issued invoice was voided; set exactly when status is void.';

CREATE TABLE billing.invoice_line (
    invoice_id   integer NOT NULL REFERENCES billing.invoice (invoice_id),
    line_no      smallint NOT NULL,
    description  text NOT NULL,
    quantity     numeric(10,2) NOT NULL,
    unit_price   numeric(12,2) NOT NULL,
    vat_rate     numeric(4,3) NOT NULL,
    net_amount   numeric(12,2) GENERATED ALWAYS AS (round(quantity * unit_price, 2)) STORED,
    vat_amount   numeric(12,2) GENERATED ALWAYS AS (round(round(quantity * unit_price, 2) * vat_rate, 2)) STORED,
    CONSTRAINT invoice_line_pkey PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT invoice_line_quantity_positive CHECK (quantity > 0),
    CONSTRAINT invoice_line_vat_rate CHECK (vat_rate IN (0, 0.09, 0.21))
);
COMMENT ON TABLE billing.invoice_line IS 'A line of an invoice: what is billed, at which net unit price and VAT rate. Invoice totals are the sums of their lines.';
COMMENT ON COLUMN billing.invoice_line.invoice_id IS 'The invoice the line belongs to.';
COMMENT ON COLUMN billing.invoice_line.line_no IS 'Position of the line on the invoice, from 1.';
COMMENT ON COLUMN billing.invoice_line.description IS 'Text printed on the invoice line.';
COMMENT ON COLUMN billing.invoice_line.quantity IS 'Number of units billed.';
COMMENT ON COLUMN billing.invoice_line.unit_price IS 'Price per unit excluding VAT; negative for discounts.';
COMMENT ON COLUMN billing.invoice_line.vat_rate IS 'Dutch VAT rate applied: 0.21 standard, 0.09 reduced, 0 exempt (damage compensation).';
COMMENT ON COLUMN billing.invoice_line.net_amount IS 'Derived: quantity times unit price, rounded to cents, excluding VAT.';
COMMENT ON COLUMN billing.invoice_line.vat_amount IS 'Derived: VAT on the net amount, rounded to cents.';

CREATE TABLE billing.payment (
    payment_id           integer PRIMARY KEY,
    payment_reference    text NOT NULL,
    customer_account_id  integer NOT NULL REFERENCES billing.customer_account (customer_account_id),
    received_at          timestamptz NOT NULL,
    amount               numeric(12,2) NOT NULL,
    currency             char(3) NOT NULL DEFAULT 'EUR',
    method               billing.payment_method NOT NULL,
    payer_iban           text,
    is_reversed          boolean NOT NULL DEFAULT false,
    reversed_at          timestamptz,
    CONSTRAINT payment_reference_key UNIQUE (payment_reference),
    CONSTRAINT payment_amount_positive CHECK (amount > 0),
    CONSTRAINT payment_reversed CHECK (is_reversed = (reversed_at IS NOT NULL)),
    CONSTRAINT payment_iban_format CHECK (payer_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$')
);
COMMENT ON TABLE billing.payment IS 'Money received from a customer account (bank transfer, direct debit, iDEAL or card), before it is matched to invoices. A reversed payment (chargeback, failed direct debit) no longer counts.';
COMMENT ON COLUMN billing.payment.payment_id IS 'Surrogate key of the payment.';
COMMENT ON COLUMN billing.payment.payment_reference IS 'Unique reference of the payment from the bank statement or the payment provider.';
COMMENT ON COLUMN billing.payment.customer_account_id IS 'The account the payment was received from.';
COMMENT ON COLUMN billing.payment.received_at IS 'When the money was credited to our account.';
COMMENT ON COLUMN billing.payment.amount IS 'Amount received, in the payment currency.';
COMMENT ON COLUMN billing.payment.currency IS 'ISO 4217 currency of the payment.';
COMMENT ON COLUMN billing.payment.method IS 'Payment method.';
COMMENT ON COLUMN billing.payment.payer_iban IS 'IBAN the money came from (personal data for individuals); NULL for card payments.';
COMMENT ON COLUMN billing.payment.is_reversed IS 'True if the payment was charged back or the direct debit was returned.';
COMMENT ON COLUMN billing.payment.reversed_at IS 'When the reversal was booked; set exactly when is_reversed.';

CREATE TABLE billing.payment_allocation (
    payment_id        integer NOT NULL REFERENCES billing.payment (payment_id),
    invoice_id        integer NOT NULL REFERENCES billing.invoice (invoice_id),
    allocated_amount  numeric(12,2) NOT NULL,
    allocated_at      timestamptz NOT NULL,
    CONSTRAINT payment_allocation_pkey PRIMARY KEY (payment_id, invoice_id),
    CONSTRAINT payment_allocation_amount_positive CHECK (allocated_amount > 0)
);
COMMENT ON TABLE billing.payment_allocation IS 'Which part of a payment settles which invoice (cash application). A payment may settle several invoices and an invoice may be paid in parts.';
COMMENT ON COLUMN billing.payment_allocation.payment_id IS 'The payment applied.';
COMMENT ON COLUMN billing.payment_allocation.invoice_id IS 'The invoice settled (in part).';
COMMENT ON COLUMN billing.payment_allocation.allocated_amount IS 'Part of the payment applied to the invoice.';
COMMENT ON COLUMN billing.payment_allocation.allocated_at IS 'When the allocation was made (automatically on the reference, or by hand).';

CREATE TABLE ledger.gl_account (
    gl_account_code  text PRIMARY KEY,
    name             text NOT NULL,
    account_type     text NOT NULL,
    normal_balance   text NOT NULL,
    is_active        boolean NOT NULL DEFAULT true,
    CONSTRAINT gl_account_code_format CHECK (gl_account_code ~ '^[0-9]{4}$'),
    CONSTRAINT gl_account_name_key UNIQUE (name),
    CONSTRAINT gl_account_type CHECK (account_type IN ('asset', 'liability', 'equity', 'revenue', 'expense')),
    CONSTRAINT gl_account_normal_balance CHECK (normal_balance IN ('debit', 'credit'))
);
COMMENT ON TABLE ledger.gl_account IS 'Chart of accounts: the general ledger accounts journal lines are posted to.';
COMMENT ON COLUMN ledger.gl_account.gl_account_code IS 'Four-digit ledger account code (1xxx assets, 2xxx liabilities, 3xxx equity, 4xxx revenue, 6xxx expenses).';
COMMENT ON COLUMN ledger.gl_account.name IS 'Name of the ledger account.';
COMMENT ON COLUMN ledger.gl_account.account_type IS 'asset, liability, equity, revenue or expense.';
COMMENT ON COLUMN ledger.gl_account.normal_balance IS 'Side that increases the account: debit for assets and expenses, credit for the others.';
COMMENT ON COLUMN ledger.gl_account.is_active IS 'False for accounts that no longer accept postings.';

CREATE TABLE ledger.fiscal_period (
    fiscal_period  text PRIMARY KEY,
    starts_on      date NOT NULL,
    ends_on        date NOT NULL,
    is_closed      boolean NOT NULL DEFAULT false,
    CONSTRAINT fiscal_period_format CHECK (fiscal_period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    CONSTRAINT fiscal_period_starts_on_key UNIQUE (starts_on),
    CONSTRAINT fiscal_period_range CHECK (ends_on > starts_on)
);
COMMENT ON TABLE ledger.fiscal_period IS 'Monthly accounting period; once closed at month-end no more entries are posted in it.';
COMMENT ON COLUMN ledger.fiscal_period.fiscal_period IS 'Period code yyyy-mm (calendar month).';
COMMENT ON COLUMN ledger.fiscal_period.starts_on IS 'First day of the period.';
COMMENT ON COLUMN ledger.fiscal_period.ends_on IS 'Last day of the period.';
COMMENT ON COLUMN ledger.fiscal_period.is_closed IS 'True after the month-end close.';

CREATE TABLE ledger.journal_entry (
    journal_entry_id  integer PRIMARY KEY,
    entry_number      text NOT NULL,
    fiscal_period     text NOT NULL REFERENCES ledger.fiscal_period (fiscal_period),
    posted_at         timestamptz NOT NULL,
    source_document   text NOT NULL,
    description       text NOT NULL,
    CONSTRAINT journal_entry_number_key UNIQUE (entry_number),
    CONSTRAINT journal_entry_number_format CHECK (entry_number ~ '^JE-[0-9]{4}-[0-9]{6}$')
);
COMMENT ON TABLE ledger.journal_entry IS 'A double-entry journal entry posted to the general ledger, e.g. an issued invoice or a received payment; its lines balance (debits = credits).';
COMMENT ON COLUMN ledger.journal_entry.journal_entry_id IS 'Surrogate key of the entry.';
COMMENT ON COLUMN ledger.journal_entry.entry_number IS 'Ledger entry number JE-yyyy-nnnnnn.';
COMMENT ON COLUMN ledger.journal_entry.fiscal_period IS 'Accounting period the entry is posted in.';
COMMENT ON COLUMN ledger.journal_entry.posted_at IS 'When the entry was posted.';
COMMENT ON COLUMN ledger.journal_entry.source_document IS 'Number of the document that caused the posting: an invoice number or a payment reference.';
COMMENT ON COLUMN ledger.journal_entry.description IS 'Text of the posting.';

CREATE TABLE ledger.journal_line (
    journal_line_id      integer PRIMARY KEY,
    journal_entry_id     integer NOT NULL REFERENCES ledger.journal_entry (journal_entry_id),
    line_no              smallint NOT NULL,
    gl_account_code      text NOT NULL REFERENCES ledger.gl_account (gl_account_code),
    customer_account_id  integer REFERENCES billing.customer_account (customer_account_id),
    debit_amount         numeric(12,2) NOT NULL DEFAULT 0,
    credit_amount        numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT journal_line_entry_line_key UNIQUE (journal_entry_id, line_no),
    CONSTRAINT journal_line_one_side CHECK ((debit_amount > 0 AND credit_amount = 0) OR (credit_amount > 0 AND debit_amount = 0))
);
COMMENT ON TABLE ledger.journal_line IS 'One debit or credit of a journal entry on a ledger account, with the customer account for receivables lines (the sub-ledger).';
COMMENT ON COLUMN ledger.journal_line.journal_line_id IS 'Surrogate key of the line.';
COMMENT ON COLUMN ledger.journal_line.journal_entry_id IS 'The entry the line belongs to.';
COMMENT ON COLUMN ledger.journal_line.line_no IS 'Position of the line in the entry, from 1.';
COMMENT ON COLUMN ledger.journal_line.gl_account_code IS 'Ledger account debited or credited.';
COMMENT ON COLUMN ledger.journal_line.customer_account_id IS 'Customer account of a trade receivables (1100) line; NULL on other lines.';
COMMENT ON COLUMN ledger.journal_line.debit_amount IS 'Amount debited in EUR; 0 on credit lines.';
COMMENT ON COLUMN ledger.journal_line.credit_amount IS 'Amount credited in EUR; 0 on debit lines.';

-- ------------------------------------------------------------------ data

INSERT INTO billing.customer_account (customer_account_id, account_number, account_type, legal_name, billing_email, billing_contact_name, vat_number, country_code, credit_limit, payment_terms_days, status, opened_at, closed_at) VALUES
    (1, 'FA-100101', 'individual', 'Anna de Vries', 'anna.devries@example.nl', 'Anna de Vries', NULL, 'NL', 500.00, 14, 'active', '2021-06-02 18:30:00+02', NULL),
    (2, 'FA-100102', 'individual', 'Emma Visser', 'emma.visser@example.nl', 'Emma Visser', NULL, 'NL', 500.00, 14, 'on_hold', '2024-05-18 13:45:00+02', NULL),
    (3, 'FA-100103', 'individual', 'Olivia Peters', 'olivia.peters@example.nl', 'Olivia Peters', NULL, 'NL', 500.00, 14, 'active', '2020-08-16 14:10:00+02', NULL),
    (4, 'FA-100104', 'individual', 'Bram Jansen', 'bram.jansen@example.nl', 'Bram Jansen', NULL, 'NL', 500.00, 14, 'active', '2019-03-14 09:20:00+01', NULL),
    (5, 'FA-100105', 'individual', 'Chloé Martin', 'chloe.martin@example.fr', 'Chloé Martin', NULL, 'FR', 0.00, 0, 'active', '2026-08-30 20:50:00+02', NULL),
    (6, 'FA-200201', 'business', 'Bakker Bouw B.V.', 'facturen@bakkerbouw.example.nl', 'Daan Bakker', 'NL812345678B01', 'NL', 7500.00, 30, 'active', '2017-10-09 08:00:00+02', NULL),
    (7, 'FA-200202', 'business', 'Mulder Evenementen V.O.F.', 'administratie@mulder-evenementen.example.nl', 'Kim Mulder', 'NL823456789B01', 'NL', 5000.00, 30, 'active', '2018-04-03 10:15:00+02', NULL),
    (8, 'FA-200203', 'business', 'Hendriks Verhuizingen B.V.', 'crediteuren@hendriks-verhuizingen.example.nl', 'Marja Hendriks', 'NL834567890B01', 'NL', 5000.00, 30, 'active', '2016-11-21 09:00:00+01', NULL),
    (9, 'FA-300301', 'business', 'Pizzeria Da Marco', 'boekhouding@damarco.example.nl', 'Marco Rossi', 'NL845678901B01', 'NL', 2500.00, 14, 'active', '2023-02-01 09:00:00+01', NULL),
    (10, 'FA-300302', 'business', 'Sushi Kobe Utrecht B.V.', 'finance@sushikobe.example.nl', 'Kenji Sato', 'NL856789012B01', 'NL', 2500.00, 14, 'active', '2023-05-15 09:00:00+02', NULL),
    (11, 'FA-300303', 'business', 'Buurtsuper Oost B.V.', 'admin@buurtsuperoost.example.nl', 'Fatima Bouzid', 'NL867890123B01', 'NL', 2500.00, 14, 'active', '2024-01-08 09:00:00+01', NULL),
    (12, 'FA-300304', 'business', 'Apotheek Centrum Utrecht', 'facturatie@apotheekcentrum.example.nl', 'Joost Verbeek', 'NL878901234B01', 'NL', 1000.00, 14, 'active', '2024-06-03 09:00:00+02', NULL),
    (13, 'FA-300305', 'business', 'Bloemenhuis Flora', 'info@bloemenhuisflora.example.nl', 'Ingrid de Wit', 'NL889012345B01', 'NL', 1000.00, 14, 'active', '2025-02-14 09:00:00+01', NULL),
    (14, 'FA-300306', 'business', 'Burger Barn Rotterdam B.V.', 'accounts@burgerbarn.example.nl', 'Tim Verhoeven', 'NL890123456B01', 'NL', 2500.00, 14, 'active', '2025-04-01 09:00:00+02', NULL),
    (15, 'FA-300307', 'business', 'Thai Orchid Amsterdam', 'orchid.admin@example.nl', 'Somchai Wong', 'NL801234567B01', 'NL', 1000.00, 14, 'closed', '2023-09-01 09:00:00+02', '2026-07-31 17:00:00+02');

INSERT INTO billing.invoice (invoice_id, invoice_number, customer_account_id, source_domain, source_reference, status, issued_at, due_on, void_reason) VALUES
    (1, 'INV-2026-000101', 6, 'rentals', 'RO-2026-000104', 'paid', '2026-09-08 16:00:00+02', '2026-10-08', NULL),
    (2, 'INV-2026-000102', 7, 'rentals', 'RO-2026-000107', 'issued', '2026-09-21 09:00:00+02', '2026-10-21', NULL),
    (3, 'INV-2026-000103', 1, 'rentals', 'RO-2026-000103', 'paid', '2026-09-16 10:00:00+02', '2026-09-30', NULL),
    (4, 'INV-2026-000104', 8, 'rentals', 'RO-2026-000112', 'issued', '2026-10-06 09:00:00+02', '2026-11-05', NULL),
    (5, 'INV-2026-000105', 6, 'rentals', 'RO-2026-000118', 'paid', '2026-10-23 15:00:00+02', '2026-11-22', NULL),
    (6, 'INV-2026-000106', 2, 'rentals', 'RO-2026-000116', 'issued', '2026-10-20 09:00:00+02', '2026-11-03', NULL),
    (7, 'INV-2026-000107', 9, 'delivery', 'MER-0001/2026-09', 'paid', '2026-10-01 06:00:00+02', '2026-10-15', NULL),
    (8, 'INV-2026-000108', 11, 'delivery', 'MER-0003/2026-09', 'paid', '2026-10-01 06:00:00+02', '2026-10-15', NULL),
    (9, 'INV-2026-000109', 9, 'delivery', 'MER-0001/2026-10', 'issued', '2026-11-01 06:00:00+01', '2026-11-15', NULL),
    (10, 'INV-2026-000110', 14, 'delivery', 'MER-0006/2026-10', 'void', '2026-11-01 06:00:00+01', '2026-11-15', 'Commission charged at 18% instead of the contracted 16%; replaced by INV-2026-000111.'),
    (11, 'INV-2026-000111', 14, 'delivery', 'MER-0006/2026-10', 'issued', '2026-11-03 11:00:00+01', '2026-11-17', NULL),
    (12, 'INV-2026-000112', 7, 'rentals', 'RO-2026-000121', 'draft', NULL, NULL, NULL);

INSERT INTO billing.invoice_line (invoice_id, line_no, description, quantity, unit_price, vat_rate) VALUES
    (1, 1, 'Van hire Mercedes-Benz Sprinter 317, 7 days (RO-2026-000104)', 1, 572.73, 0.21),
    (1, 2, 'Gold loyalty discount 10%', 1, -57.27, 0.21),
    (2, 1, 'Truck hire Iveco Daily 70C18 with tail lift, 4 days (RO-2026-000107)', 1, 459.50, 0.21),
    (2, 2, 'Gold loyalty discount 10%', 1, -45.95, 0.21),
    (3, 1, 'Damage deductible: scuffed rear bumper, Tesla Model 3 (RO-2026-000103)', 1, 350.00, 0),
    (4, 1, 'Truck hire Iveco Daily 70C18 with tail lift, 3 days (RO-2026-000112)', 1, 344.63, 0.21),
    (4, 2, 'One-way fee Utrecht to Rotterdam, truck', 1, 61.98, 0.21),
    (4, 3, 'Gold loyalty discount 10%', 1, -34.46, 0.21),
    (5, 1, 'Van hire Mercedes-Benz Sprinter 317, 5 days (RO-2026-000118)', 1, 409.09, 0.21),
    (5, 2, 'Damage deductible: broken right mirror', 1, 250.00, 0),
    (6, 1, 'Van hire Ford Transit Custom, 1 day (RO-2026-000116)', 1, 65.29, 0.21),
    (7, 1, 'Platform commission 15% on EUR 8,564.00 order value, September 2026', 1, 1284.60, 0.21),
    (7, 2, 'Payment processing, per card or iDEAL transaction', 412, 0.25, 0.21),
    (8, 1, 'Platform commission 8% on EUR 5,210.50 order value, September 2026', 1, 416.84, 0.21),
    (8, 2, 'Payment processing, per card or iDEAL transaction', 236, 0.25, 0.21),
    (9, 1, 'Platform commission 15% on EUR 9,120.00 order value, October 2026', 1, 1368.00, 0.21),
    (9, 2, 'Payment processing, per card or iDEAL transaction', 441, 0.25, 0.21),
    (10, 1, 'Platform commission 18% on EUR 6,480.00 order value, October 2026', 1, 1166.40, 0.21),
    (10, 2, 'Payment processing, per card or iDEAL transaction', 302, 0.25, 0.21),
    (11, 1, 'Platform commission 16% on EUR 6,480.00 order value, October 2026', 1, 1036.80, 0.21),
    (11, 2, 'Payment processing, per card or iDEAL transaction', 302, 0.25, 0.21),
    (12, 1, 'Truck hire Iveco Daily 70C18 with tail lift, 3 days (RO-2026-000121)', 1, 344.63, 0.21),
    (12, 2, 'Gold loyalty discount 10%', 1, -34.46, 0.21);

INSERT INTO billing.payment (payment_id, payment_reference, customer_account_id, received_at, amount, method, payer_iban, is_reversed, reversed_at) VALUES
    (1, 'NL-ING-20261002-0001841', 6, '2026-10-02 10:12:00+02', 623.70, 'bank_transfer', 'NL91INGB0001234567', false, NULL),
    (2, 'NL-ING-20261019-0002207', 7, '2026-10-19 09:40:00+02', 400.00, 'bank_transfer', 'NL20RABO0123456789', false, NULL),
    (3, 'IDEAL-7F3K9Q2M', 1, '2026-09-22 21:03:00+02', 350.00, 'ideal', 'NL55ABNA0417164300', false, NULL),
    (4, 'NL-ING-20261112-0003019', 6, '2026-11-12 10:05:00+01', 745.00, 'bank_transfer', 'NL91INGB0001234567', false, NULL),
    (5, 'SEPA-DD-20261014-MER0001', 9, '2026-10-14 06:00:00+02', 1679.00, 'direct_debit', 'NL02ABNA0123456789', false, NULL),
    (6, 'SEPA-DD-20261015-MER0003', 11, '2026-10-15 06:00:00+02', 575.77, 'direct_debit', 'NL39RABO0300065264', false, NULL),
    (7, 'CARD-PSP-8812-4471', 2, '2026-10-21 12:31:00+02', 79.00, 'card', NULL, true, '2026-11-06 14:20:00+01'),
    (8, 'NL-ING-20261116-0003311', 14, '2026-11-16 11:48:00+01', 600.00, 'bank_transfer', 'NL44RABO0987654321', false, NULL);

INSERT INTO billing.payment_allocation (payment_id, invoice_id, allocated_amount, allocated_at) VALUES
    (1, 1, 623.70, '2026-10-02 10:32:00+02'),
    (2, 2, 400.00, '2026-10-19 10:00:00+02'),
    (3, 3, 350.00, '2026-09-22 21:23:00+02'),
    (4, 5, 745.00, '2026-11-12 10:25:00+01'),
    (5, 7, 1679.00, '2026-10-14 06:20:00+02'),
    (6, 8, 575.77, '2026-10-15 06:20:00+02'),
    (7, 6, 79.00, '2026-10-21 12:51:00+02'),
    (8, 11, 600.00, '2026-11-16 12:08:00+01');

INSERT INTO ledger.gl_account (gl_account_code, name, account_type, normal_balance, is_active) VALUES
    ('1000', 'Bank ING current account', 'asset', 'debit', true),
    ('1100', 'Trade receivables', 'asset', 'debit', true),
    ('2100', 'VAT payable', 'liability', 'credit', true),
    ('3000', 'Retained earnings', 'equity', 'credit', true),
    ('4000', 'Rental revenue', 'revenue', 'credit', true),
    ('4100', 'Delivery platform commission', 'revenue', 'credit', true),
    ('4900', 'Other operating income', 'revenue', 'credit', false),
    ('6100', 'Bad debt expense', 'expense', 'debit', true);

INSERT INTO ledger.fiscal_period (fiscal_period, starts_on, ends_on, is_closed) VALUES
    ('2026-07', '2026-07-01', '2026-07-31', true),
    ('2026-08', '2026-08-01', '2026-08-31', true),
    ('2026-09', '2026-09-01', '2026-09-30', true),
    ('2026-10', '2026-10-01', '2026-10-31', false),
    ('2026-11', '2026-11-01', '2026-11-30', false),
    ('2026-12', '2026-12-01', '2026-12-31', false);

INSERT INTO ledger.journal_entry (journal_entry_id, entry_number, fiscal_period, posted_at, source_document, description) VALUES
    (1, 'JE-2026-000001', '2026-09', '2026-09-08 16:05:00+02', 'INV-2026-000101', 'Invoice RO-2026-000104 to FA-200201'),
    (2, 'JE-2026-000002', '2026-09', '2026-09-16 10:05:00+02', 'INV-2026-000103', 'Invoice RO-2026-000103 to FA-100101'),
    (3, 'JE-2026-000003', '2026-09', '2026-09-21 09:05:00+02', 'INV-2026-000102', 'Invoice RO-2026-000107 to FA-200202'),
    (4, 'JE-2026-000004', '2026-09', '2026-09-22 21:08:00+02', 'IDEAL-7F3K9Q2M', 'Payment received from FA-100101 by ideal'),
    (5, 'JE-2026-000005', '2026-10', '2026-10-01 06:05:00+02', 'INV-2026-000107', 'Invoice MER-0001/2026-09 to FA-300301'),
    (6, 'JE-2026-000006', '2026-10', '2026-10-01 06:05:00+02', 'INV-2026-000108', 'Invoice MER-0003/2026-09 to FA-300303'),
    (7, 'JE-2026-000007', '2026-10', '2026-10-02 10:17:00+02', 'NL-ING-20261002-0001841', 'Payment received from FA-200201 by bank transfer'),
    (8, 'JE-2026-000008', '2026-10', '2026-10-06 09:05:00+02', 'INV-2026-000104', 'Invoice RO-2026-000112 to FA-200203'),
    (9, 'JE-2026-000009', '2026-10', '2026-10-14 06:05:00+02', 'SEPA-DD-20261014-MER0001', 'Payment received from FA-300301 by direct debit'),
    (10, 'JE-2026-000010', '2026-10', '2026-10-15 06:05:00+02', 'SEPA-DD-20261015-MER0003', 'Payment received from FA-300303 by direct debit'),
    (11, 'JE-2026-000011', '2026-10', '2026-10-19 09:45:00+02', 'NL-ING-20261019-0002207', 'Payment received from FA-200202 by bank transfer'),
    (12, 'JE-2026-000012', '2026-10', '2026-10-20 09:05:00+02', 'INV-2026-000106', 'Invoice RO-2026-000116 to FA-100102'),
    (13, 'JE-2026-000013', '2026-10', '2026-10-21 12:36:00+02', 'CARD-PSP-8812-4471', 'Payment received from FA-100102 by card'),
    (14, 'JE-2026-000014', '2026-10', '2026-10-23 15:05:00+02', 'INV-2026-000105', 'Invoice RO-2026-000118 to FA-200201'),
    (15, 'JE-2026-000015', '2026-11', '2026-11-01 06:05:00+01', 'INV-2026-000109', 'Invoice MER-0001/2026-10 to FA-300301'),
    (16, 'JE-2026-000016', '2026-11', '2026-11-03 11:05:00+01', 'INV-2026-000111', 'Invoice MER-0006/2026-10 to FA-300306'),
    (17, 'JE-2026-000017', '2026-11', '2026-11-06 14:25:00+01', 'CARD-PSP-8812-4471', 'Reversal of payment CARD-PSP-8812-4471 (card chargeback) for FA-100102'),
    (18, 'JE-2026-000018', '2026-11', '2026-11-12 10:10:00+01', 'NL-ING-20261112-0003019', 'Payment received from FA-200201 by bank transfer'),
    (19, 'JE-2026-000019', '2026-11', '2026-11-16 11:53:00+01', 'NL-ING-20261116-0003311', 'Payment received from FA-300306 by bank transfer');

INSERT INTO ledger.journal_line (journal_line_id, journal_entry_id, line_no, gl_account_code, customer_account_id, debit_amount, credit_amount) VALUES
    (1, 1, 1, '1100', 6, 623.70, 0),
    (2, 1, 2, '4000', NULL, 0, 515.46),
    (3, 1, 3, '2100', NULL, 0, 108.24),
    (4, 2, 1, '1100', 1, 350.00, 0),
    (5, 2, 2, '4000', NULL, 0, 350.00),
    (6, 3, 1, '1100', 7, 500.40, 0),
    (7, 3, 2, '4000', NULL, 0, 413.55),
    (8, 3, 3, '2100', NULL, 0, 86.85),
    (9, 4, 1, '1000', NULL, 350.00, 0),
    (10, 4, 2, '1100', 1, 0, 350.00),
    (11, 5, 1, '1100', 9, 1679.00, 0),
    (12, 5, 2, '4100', NULL, 0, 1387.60),
    (13, 5, 3, '2100', NULL, 0, 291.40),
    (14, 6, 1, '1100', 11, 575.77, 0),
    (15, 6, 2, '4100', NULL, 0, 475.84),
    (16, 6, 3, '2100', NULL, 0, 99.93),
    (17, 7, 1, '1000', NULL, 623.70, 0),
    (18, 7, 2, '1100', 6, 0, 623.70),
    (19, 8, 1, '1100', 8, 450.30, 0),
    (20, 8, 2, '4000', NULL, 0, 372.15),
    (21, 8, 3, '2100', NULL, 0, 78.15),
    (22, 9, 1, '1000', NULL, 1679.00, 0),
    (23, 9, 2, '1100', 9, 0, 1679.00),
    (24, 10, 1, '1000', NULL, 575.77, 0),
    (25, 10, 2, '1100', 11, 0, 575.77),
    (26, 11, 1, '1000', NULL, 400.00, 0),
    (27, 11, 2, '1100', 7, 0, 400.00),
    (28, 12, 1, '1100', 2, 79.00, 0),
    (29, 12, 2, '4000', NULL, 0, 65.29),
    (30, 12, 3, '2100', NULL, 0, 13.71),
    (31, 13, 1, '1000', NULL, 79.00, 0),
    (32, 13, 2, '1100', 2, 0, 79.00),
    (33, 14, 1, '1100', 6, 745.00, 0),
    (34, 14, 2, '4000', NULL, 0, 659.09),
    (35, 14, 3, '2100', NULL, 0, 85.91),
    (36, 15, 1, '1100', 9, 1788.68, 0),
    (37, 15, 2, '4100', NULL, 0, 1478.25),
    (38, 15, 3, '2100', NULL, 0, 310.43),
    (39, 16, 1, '1100', 14, 1345.89, 0),
    (40, 16, 2, '4100', NULL, 0, 1112.30),
    (41, 16, 3, '2100', NULL, 0, 233.59),
    (42, 17, 1, '1100', 2, 79.00, 0),
    (43, 17, 2, '1000', NULL, 0, 79.00),
    (44, 18, 1, '1000', NULL, 745.00, 0),
    (45, 18, 2, '1100', 6, 0, 745.00),
    (46, 19, 1, '1000', NULL, 600.00, 0),
    (47, 19, 2, '1100', 14, 0, 600.00);

-- ----------------------------------------------------------------- views

CREATE VIEW reporting.invoice_balance AS
WITH lines AS (
    SELECT l.invoice_id, sum(l.net_amount) AS net_amount, sum(l.vat_amount) AS vat_amount
      FROM billing.invoice_line l
     GROUP BY l.invoice_id
), paid AS (
    SELECT a.invoice_id, sum(a.allocated_amount) AS amount_paid
      FROM billing.payment_allocation a
      JOIN billing.payment p ON p.payment_id = a.payment_id
     WHERE NOT p.is_reversed
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
       coalesce(l.net_amount, 0) AS net_amount,
       coalesce(l.vat_amount, 0) AS vat_amount,
       coalesce(l.net_amount, 0) + coalesce(l.vat_amount, 0) AS gross_amount,
       coalesce(p.amount_paid, 0) AS amount_paid,
       CASE WHEN i.status IN ('draft', 'void') THEN 0
            ELSE coalesce(l.net_amount, 0) + coalesce(l.vat_amount, 0) - coalesce(p.amount_paid, 0)
       END AS balance_due
  FROM billing.invoice i
  LEFT JOIN lines l ON l.invoice_id = i.invoice_id
  LEFT JOIN paid p ON p.invoice_id = i.invoice_id;
COMMENT ON VIEW reporting.invoice_balance IS 'Each invoice with its net, VAT and gross totals (from billing.invoice_line) and what is still to be paid after the payments allocated to it (billing.payment_allocation, reversed payments excluded).';
COMMENT ON COLUMN reporting.invoice_balance.source_reference IS 'Rental order number or delivery commission statement the invoice bills.';
COMMENT ON COLUMN reporting.invoice_balance.net_amount IS 'Sum of the line net amounts, excluding VAT.';
COMMENT ON COLUMN reporting.invoice_balance.vat_amount IS 'Sum of the line VAT amounts.';
COMMENT ON COLUMN reporting.invoice_balance.gross_amount IS 'Invoice total including VAT: what the customer owes.';
COMMENT ON COLUMN reporting.invoice_balance.amount_paid IS 'Sum of allocations from payments that were not reversed.';
COMMENT ON COLUMN reporting.invoice_balance.balance_due IS 'Gross amount minus amount paid; 0 for drafts and void invoices.';

CREATE VIEW reporting.open_receivable AS
SELECT a.account_number,
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
       greatest(current_date - b.due_on, 0) AS days_past_due
  FROM reporting.invoice_balance b
  JOIN billing.customer_account a ON a.customer_account_id = b.customer_account_id
 WHERE b.balance_due > 0;
COMMENT ON VIEW reporting.open_receivable IS 'Invoices not yet fully paid, with the billing contact to remind and the days past due; the credit controllers'' work list. Built on reporting.invoice_balance and billing.customer_account.';
COMMENT ON COLUMN reporting.open_receivable.account_number IS 'Account number FA-nnnnnn of the customer account that owes the money.';
COMMENT ON COLUMN reporting.open_receivable.billing_email IS 'Email of the billing contact that receives the reminder.';
COMMENT ON COLUMN reporting.open_receivable.balance_due IS 'Amount still to be paid on the invoice.';
COMMENT ON COLUMN reporting.open_receivable.days_past_due IS 'Days since the due date as of today; 0 if not yet due.';

CREATE VIEW reporting.receivables_aging AS
SELECT r.account_number,
       r.legal_name,
       r.billing_email,
       r.currency,
       coalesce(sum(r.balance_due) FILTER (WHERE r.days_past_due = 0), 0) AS not_yet_due,
       coalesce(sum(r.balance_due) FILTER (WHERE r.days_past_due BETWEEN 1 AND 30), 0) AS past_due_1_30,
       coalesce(sum(r.balance_due) FILTER (WHERE r.days_past_due BETWEEN 31 AND 60), 0) AS past_due_31_60,
       coalesce(sum(r.balance_due) FILTER (WHERE r.days_past_due BETWEEN 61 AND 90), 0) AS past_due_61_90,
       coalesce(sum(r.balance_due) FILTER (WHERE r.days_past_due > 90), 0) AS past_due_over_90,
       sum(r.balance_due) AS total_outstanding,
       max(r.days_past_due) AS oldest_days_past_due
  FROM reporting.open_receivable r
 GROUP BY r.account_number, r.legal_name, r.billing_email, r.currency;
COMMENT ON VIEW reporting.receivables_aging IS 'Aged debtors: each customer account''s open balance split into buckets by days past due (not yet due, 1-30, 31-60, 61-90, over 90). Built on reporting.open_receivable; reviewed at every month-end close.';
COMMENT ON COLUMN reporting.receivables_aging.not_yet_due IS 'Open balance of invoices before their due date.';
COMMENT ON COLUMN reporting.receivables_aging.past_due_1_30 IS 'Open balance 1 to 30 days past due.';
COMMENT ON COLUMN reporting.receivables_aging.past_due_31_60 IS 'Open balance 31 to 60 days past due.';
COMMENT ON COLUMN reporting.receivables_aging.past_due_61_90 IS 'Open balance 61 to 90 days past due.';
COMMENT ON COLUMN reporting.receivables_aging.past_due_over_90 IS 'Open balance more than 90 days past due; candidates for a bad-debt provision.';
COMMENT ON COLUMN reporting.receivables_aging.total_outstanding IS 'Total open balance of the account.';
COMMENT ON COLUMN reporting.receivables_aging.oldest_days_past_due IS 'Days past due of the oldest open invoice.';

CREATE VIEW reporting.customer_account_statement AS
SELECT a.customer_account_id,
       a.account_number,
       a.legal_name,
       a.billing_email,
       a.account_type,
       a.status,
       a.credit_limit,
       count(b.invoice_id) FILTER (WHERE b.status IN ('issued', 'paid')) AS invoices_count,
       coalesce(sum(b.gross_amount) FILTER (WHERE b.status IN ('issued', 'paid')), 0) AS invoiced_amount,
       coalesce(sum(b.amount_paid), 0) AS paid_amount,
       coalesce(sum(b.balance_due), 0) AS balance_due,
       coalesce(sum(b.balance_due), 0) > a.credit_limit AS is_over_credit_limit,
       (SELECT max(p.received_at)
          FROM billing.payment p
         WHERE p.customer_account_id = a.customer_account_id AND NOT p.is_reversed) AS last_payment_at
  FROM billing.customer_account a
  LEFT JOIN reporting.invoice_balance b ON b.customer_account_id = a.customer_account_id
 GROUP BY a.customer_account_id;
COMMENT ON VIEW reporting.customer_account_statement IS 'Statement per customer account: invoiced, paid and open amounts, whether the open balance exceeds the credit limit, and the last payment date. Built on reporting.invoice_balance, billing.customer_account and billing.payment; sent monthly to business accounts.';
COMMENT ON COLUMN reporting.customer_account_statement.account_number IS 'Account number FA-nnnnnn.';
COMMENT ON COLUMN reporting.customer_account_statement.billing_email IS 'Email the statement is sent to.';
COMMENT ON COLUMN reporting.customer_account_statement.invoices_count IS 'Number of issued or paid invoices.';
COMMENT ON COLUMN reporting.customer_account_statement.invoiced_amount IS 'Gross total of issued or paid invoices.';
COMMENT ON COLUMN reporting.customer_account_statement.paid_amount IS 'Total allocated from payments that were not reversed.';
COMMENT ON COLUMN reporting.customer_account_statement.balance_due IS 'Total still to be paid.';
COMMENT ON COLUMN reporting.customer_account_statement.is_over_credit_limit IS 'True when the open balance exceeds the credit limit; the account should go on hold.';
COMMENT ON COLUMN reporting.customer_account_statement.last_payment_at IS 'When the last payment that was not reversed arrived.';

CREATE MATERIALIZED VIEW reporting.trial_balance AS
SELECT e.fiscal_period,
       g.gl_account_code,
       g.name AS gl_account_name,
       g.account_type,
       sum(l.debit_amount) AS debit_total,
       sum(l.credit_amount) AS credit_total,
       sum(l.debit_amount - l.credit_amount) AS net_debit
  FROM ledger.journal_line l
  JOIN ledger.journal_entry e ON e.journal_entry_id = l.journal_entry_id
  JOIN ledger.gl_account g ON g.gl_account_code = l.gl_account_code
 GROUP BY e.fiscal_period, g.gl_account_code;
CREATE UNIQUE INDEX trial_balance_key ON reporting.trial_balance (fiscal_period, gl_account_code);
COMMENT ON MATERIALIZED VIEW reporting.trial_balance IS 'Trial balance: debits, credits and net movement per ledger account and fiscal period, from ledger.journal_line, ledger.journal_entry and ledger.gl_account. Refreshed after every posting run; the month-end close checks that debits equal credits per period.';
COMMENT ON COLUMN reporting.trial_balance.fiscal_period IS 'Accounting period yyyy-mm.';
COMMENT ON COLUMN reporting.trial_balance.gl_account_code IS 'Ledger account code.';
COMMENT ON COLUMN reporting.trial_balance.gl_account_name IS 'Ledger account name.';
COMMENT ON COLUMN reporting.trial_balance.account_type IS 'asset, liability, equity, revenue or expense.';
COMMENT ON COLUMN reporting.trial_balance.debit_total IS 'Sum of debits on the account in the period, EUR.';
COMMENT ON COLUMN reporting.trial_balance.credit_total IS 'Sum of credits on the account in the period, EUR.';
COMMENT ON COLUMN reporting.trial_balance.net_debit IS 'Debits minus credits in the period (negative = net credit), EUR.';

CREATE VIEW reporting.revenue_by_period AS
SELECT t.fiscal_period,
       t.gl_account_code,
       t.gl_account_name,
       t.credit_total - t.debit_total AS revenue_amount
  FROM reporting.trial_balance t
 WHERE t.account_type = 'revenue';
COMMENT ON VIEW reporting.revenue_by_period IS 'Net revenue (excluding VAT) per revenue account and fiscal period: rental revenue and delivery platform commission. Built on the materialized reporting.trial_balance.';
COMMENT ON COLUMN reporting.revenue_by_period.gl_account_code IS 'Revenue ledger account (4000 rentals, 4100 delivery commission).';
COMMENT ON COLUMN reporting.revenue_by_period.revenue_amount IS 'Credits minus debits on the revenue account in the period, EUR excluding VAT.';

COMMIT;

ANALYZE;
