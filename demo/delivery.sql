-- Polder demo mesh: domain "delivery".
--
-- The store of a food and grocery delivery app: app users (called
-- customers), partner merchants, orders and their items, couriers, the
-- delivery of each order, the courier app's tracking events (partitioned by
-- month) and the ratings customers give.
--
-- Schemas: app (what the customer app writes), ops (courier operations),
-- analytics (views for the delivery analytics team). Loaded by `npm start`
-- into a fresh database; runs with `psql -v ON_ERROR_STOP=1 -f
-- demo/delivery.sql` and equally as one multi-statement query string. Data
-- is fixed (no random()), dated September to November 2026, times in
-- Europe/Amsterdam; the orders are a sample, not a full month of trade.

BEGIN;

CREATE SCHEMA app;
CREATE SCHEMA ops;
CREATE SCHEMA analytics;

COMMENT ON SCHEMA app IS 'Delivery app backend: app users (customers), merchants, orders and order items, written by the customer app and the merchant tablet.';
COMMENT ON SCHEMA ops IS 'Courier operations: couriers, the delivery of each order, tracking events from the courier app and customer ratings of deliveries.';
COMMENT ON SCHEMA analytics IS 'Delivery analytics layer: views over app and ops for fulfilment, courier performance, customer segments and merchant sales.';

CREATE TYPE app.order_status AS ENUM ('placed', 'accepted', 'preparing', 'picked_up', 'delivered', 'cancelled', 'delivery_failed');
COMMENT ON TYPE app.order_status IS 'Lifecycle of an order as the customer sees it in the app: placed, accepted (by the merchant), preparing, picked_up (courier on the way), delivered, cancelled, or delivery_failed (courier could not hand it over).';

CREATE TYPE ops.courier_vehicle AS ENUM ('bicycle', 'e_bike', 'scooter', 'car');
COMMENT ON TYPE ops.courier_vehicle IS 'What a courier rides: bicycle, e_bike, scooter or car; decides the dispatch radius.';

-- ---------------------------------------------------------------- tables

CREATE TABLE app.customers (
    customer_id                 integer PRIMARY KEY,
    email                       text NOT NULL,
    phone                       text,
    display_name                text,
    preferred_language          text NOT NULL DEFAULT 'nl',
    push_notifications_enabled  boolean NOT NULL DEFAULT true,
    marketing_opt_in            boolean NOT NULL DEFAULT false,
    signed_up_at                timestamptz NOT NULL,
    last_active_at              timestamptz,
    is_deleted                  boolean NOT NULL DEFAULT false,
    deleted_at                  timestamptz,
    CONSTRAINT customers_email_key UNIQUE (email),
    CONSTRAINT customers_phone_key UNIQUE (phone),
    CONSTRAINT customers_email_lower_case CHECK (email = lower(email)),
    CONSTRAINT customers_phone_e164 CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    CONSTRAINT customers_phone_required CHECK (is_deleted OR phone IS NOT NULL),
    CONSTRAINT customers_language CHECK (preferred_language IN ('nl', 'en', 'de', 'fr')),
    CONSTRAINT customers_deleted CHECK (is_deleted = (deleted_at IS NOT NULL))
);
COMMENT ON TABLE app.customers IS 'Customers of the delivery app: people with an app account who order food and groceries, identified by customer_id, email and phone. Not a renter (rentals) nor a billing account (finance). Erased accounts keep their row for order history with email and phone removed.';
COMMENT ON COLUMN app.customers.customer_id IS 'App user id.';
COMMENT ON COLUMN app.customers.email IS 'Login email of the app user, lower case, unique; replaced by erased-<id>@users.invalid when the account is erased. The key that matches an app user to a renter or a finance billing contact.';
COMMENT ON COLUMN app.customers.phone IS 'Verified mobile number in E.164 format, used for login codes and by couriers at the door; NULL once erased.';
COMMENT ON COLUMN app.customers.display_name IS 'Name shown to couriers and merchants (first name or nickname).';
COMMENT ON COLUMN app.customers.preferred_language IS 'App language: nl, en, de or fr.';
COMMENT ON COLUMN app.customers.push_notifications_enabled IS 'True if the user allows order status push notifications.';
COMMENT ON COLUMN app.customers.marketing_opt_in IS 'True if the user agreed to receive offers by email and push.';
COMMENT ON COLUMN app.customers.signed_up_at IS 'When the account was created.';
COMMENT ON COLUMN app.customers.last_active_at IS 'Last time the user opened the app.';
COMMENT ON COLUMN app.customers.is_deleted IS 'True once the user asked for erasure (GDPR art. 17); personal data is then removed.';
COMMENT ON COLUMN app.customers.deleted_at IS 'When the account was erased.';

CREATE TABLE app.merchants (
    merchant_id             integer PRIMARY KEY,
    merchant_code           text NOT NULL,
    name                    text NOT NULL,
    category                text NOT NULL,
    city                    text NOT NULL,
    commission_rate         numeric(5,4) NOT NULL,
    finance_account_number  text NOT NULL,
    is_active               boolean NOT NULL DEFAULT true,
    joined_at               timestamptz NOT NULL,
    CONSTRAINT merchants_code_key UNIQUE (merchant_code),
    CONSTRAINT merchants_finance_account_key UNIQUE (finance_account_number),
    CONSTRAINT merchants_code_format CHECK (merchant_code ~ '^MER-[0-9]{4}$'),
    CONSTRAINT merchants_category CHECK (category IN ('restaurant', 'grocery', 'pharmacy', 'florist')),
    CONSTRAINT merchants_commission_rate CHECK (commission_rate BETWEEN 0 AND 0.3),
    CONSTRAINT merchants_finance_account_format CHECK (finance_account_number ~ '^FA-[0-9]{6}$')
);
COMMENT ON TABLE app.merchants IS 'Partner merchants (restaurants, supermarkets, pharmacies, florists) whose goods are ordered in the app; each pays a commission on its order value, invoiced monthly by finance.';
COMMENT ON COLUMN app.merchants.merchant_id IS 'Surrogate key of the merchant.';
COMMENT ON COLUMN app.merchants.merchant_code IS 'Public merchant code MER-nnnn; finance quotes it on commission invoices (merchant_code/yyyy-mm).';
COMMENT ON COLUMN app.merchants.name IS 'Trading name shown in the app.';
COMMENT ON COLUMN app.merchants.category IS 'restaurant, grocery, pharmacy or florist.';
COMMENT ON COLUMN app.merchants.city IS 'City the merchant delivers in.';
COMMENT ON COLUMN app.merchants.commission_rate IS 'Contracted platform commission as a fraction of the items subtotal (0.15 = 15%).';
COMMENT ON COLUMN app.merchants.finance_account_number IS 'The merchant''s customer account in finance (FA-nnnnnn), to which commission is invoiced.';
COMMENT ON COLUMN app.merchants.is_active IS 'False once the merchant left the platform; its menu is hidden.';
COMMENT ON COLUMN app.merchants.joined_at IS 'When the merchant went live in the app.';

CREATE TABLE app.orders (
    order_id              integer PRIMARY KEY,
    order_number          text NOT NULL,
    customer_id           integer NOT NULL REFERENCES app.customers (customer_id),
    merchant_id           integer NOT NULL REFERENCES app.merchants (merchant_id),
    status                app.order_status NOT NULL DEFAULT 'placed',
    placed_at             timestamptz NOT NULL,
    delivery_street       text NOT NULL,
    delivery_postal_code  text NOT NULL,
    delivery_city         text NOT NULL,
    items_subtotal        numeric(10,2) NOT NULL,
    delivery_fee          numeric(6,2) NOT NULL,
    service_fee           numeric(6,2) NOT NULL,
    tip_amount            numeric(6,2) NOT NULL DEFAULT 0,
    total_amount          numeric(10,2) GENERATED ALWAYS AS (items_subtotal + delivery_fee + service_fee + tip_amount) STORED,
    currency              char(3) NOT NULL DEFAULT 'EUR',
    payment_method        text NOT NULL,
    promo_code            text,
    cancellation_reason   text,
    CONSTRAINT orders_number_key UNIQUE (order_number),
    CONSTRAINT orders_number_format CHECK (order_number ~ '^DL-[0-9]{2}-[0-9]{6}$'),
    CONSTRAINT orders_postal_code_nl CHECK (delivery_postal_code ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    CONSTRAINT orders_amounts_not_negative CHECK (items_subtotal >= 0 AND delivery_fee >= 0 AND service_fee >= 0 AND tip_amount >= 0),
    CONSTRAINT orders_payment_method CHECK (payment_method IN ('card', 'ideal', 'apple_pay', 'voucher')),
    CONSTRAINT orders_cancellation_reason CHECK ((status IN ('cancelled', 'delivery_failed')) = (cancellation_reason IS NOT NULL))
);
CREATE INDEX orders_customer_id_idx ON app.orders (customer_id);
CREATE INDEX orders_merchant_id_placed_at_idx ON app.orders (merchant_id, placed_at);
COMMENT ON TABLE app.orders IS 'An order placed in the app by a customer at one merchant, with the delivery address and what the customer pays (items, delivery fee, service fee, tip). Not a rental order.';
COMMENT ON COLUMN app.orders.order_id IS 'Surrogate key of the order.';
COMMENT ON COLUMN app.orders.order_number IS 'Order number DL-yy-nnnnnn shown to the customer, the merchant and the courier.';
COMMENT ON COLUMN app.orders.customer_id IS 'The app user who placed the order.';
COMMENT ON COLUMN app.orders.merchant_id IS 'The merchant that prepares the order.';
COMMENT ON COLUMN app.orders.status IS 'Current order status as shown in the app.';
COMMENT ON COLUMN app.orders.placed_at IS 'When the customer confirmed and paid the order.';
COMMENT ON COLUMN app.orders.delivery_street IS 'Street and house number to deliver to (personal data).';
COMMENT ON COLUMN app.orders.delivery_postal_code IS 'Dutch postal code of the delivery address (1234 AB).';
COMMENT ON COLUMN app.orders.delivery_city IS 'City of the delivery address.';
COMMENT ON COLUMN app.orders.items_subtotal IS 'Sum of the order items at menu prices, EUR incl. VAT; the base of the merchant''s commission.';
COMMENT ON COLUMN app.orders.delivery_fee IS 'Delivery fee charged to the customer; 0 with a free-delivery promo code.';
COMMENT ON COLUMN app.orders.service_fee IS 'Fixed platform service fee per order.';
COMMENT ON COLUMN app.orders.tip_amount IS 'Tip for the courier, passed on in full.';
COMMENT ON COLUMN app.orders.total_amount IS 'Derived: what the customer paid (items + delivery fee + service fee + tip), EUR.';
COMMENT ON COLUMN app.orders.currency IS 'ISO 4217 currency of the order.';
COMMENT ON COLUMN app.orders.payment_method IS 'How the customer paid in the app: card, ideal, apple_pay or voucher.';
COMMENT ON COLUMN app.orders.promo_code IS 'Promo code redeemed on the order, if any.';
COMMENT ON COLUMN app.orders.cancellation_reason IS 'Why the order was cancelled or could not be delivered; set exactly for those statuses.';

CREATE TABLE app.order_items (
    order_id      integer NOT NULL REFERENCES app.orders (order_id),
    line_no       smallint NOT NULL,
    product_name  text NOT NULL,
    quantity      smallint NOT NULL,
    unit_price    numeric(8,2) NOT NULL,
    line_amount   numeric(10,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    CONSTRAINT order_items_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_items_quantity_positive CHECK (quantity > 0),
    CONSTRAINT order_items_unit_price_not_negative CHECK (unit_price >= 0)
);
COMMENT ON TABLE app.order_items IS 'The products in an order, as ordered from the merchant''s menu, with quantity and menu price.';
COMMENT ON COLUMN app.order_items.order_id IS 'The order the item belongs to.';
COMMENT ON COLUMN app.order_items.line_no IS 'Position of the item in the order, from 1.';
COMMENT ON COLUMN app.order_items.product_name IS 'Menu item or product name as shown at ordering time.';
COMMENT ON COLUMN app.order_items.quantity IS 'Number of units ordered.';
COMMENT ON COLUMN app.order_items.unit_price IS 'Menu price per unit at ordering time, EUR incl. VAT.';
COMMENT ON COLUMN app.order_items.line_amount IS 'Derived: quantity times unit price.';

CREATE TABLE ops.couriers (
    courier_id     integer PRIMARY KEY,
    courier_code   text NOT NULL,
    full_name      text NOT NULL,
    email          text NOT NULL,
    phone          text NOT NULL,
    vehicle_type   ops.courier_vehicle NOT NULL,
    home_zone      text NOT NULL,
    contract_type  text NOT NULL,
    is_active      boolean NOT NULL DEFAULT true,
    onboarded_at   timestamptz NOT NULL,
    CONSTRAINT couriers_code_key UNIQUE (courier_code),
    CONSTRAINT couriers_email_key UNIQUE (email),
    CONSTRAINT couriers_phone_key UNIQUE (phone),
    CONSTRAINT couriers_email_lower_case CHECK (email = lower(email)),
    CONSTRAINT couriers_phone_e164 CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    CONSTRAINT couriers_contract_type CHECK (contract_type IN ('employee', 'freelancer'))
);
COMMENT ON TABLE ops.couriers IS 'Couriers who pick up orders at merchants and bring them to customers, with the zone they work in and what they ride. A courier may also be an app customer (same email).';
COMMENT ON COLUMN ops.couriers.courier_id IS 'Surrogate key of the courier.';
COMMENT ON COLUMN ops.couriers.courier_code IS 'Courier code CR-nnn shown to customers in the tracking screen.';
COMMENT ON COLUMN ops.couriers.full_name IS 'Legal name of the courier (personal data).';
COMMENT ON COLUMN ops.couriers.email IS 'Email of the courier, lower case; login of the courier app.';
COMMENT ON COLUMN ops.couriers.phone IS 'Mobile number of the courier in E.164 format; masked when shown to customers.';
COMMENT ON COLUMN ops.couriers.vehicle_type IS 'What the courier rides.';
COMMENT ON COLUMN ops.couriers.home_zone IS 'Dispatch zone the courier is scheduled in, e.g. AMS-Centrum.';
COMMENT ON COLUMN ops.couriers.contract_type IS 'employee (paid per hour) or freelancer (paid per delivery).';
COMMENT ON COLUMN ops.couriers.is_active IS 'False once the courier stopped working for us.';
COMMENT ON COLUMN ops.couriers.onboarded_at IS 'When the courier completed onboarding and could take deliveries.';

CREATE TABLE ops.deliveries (
    delivery_id     integer PRIMARY KEY,
    order_id        integer NOT NULL REFERENCES app.orders (order_id),
    courier_id      integer NOT NULL REFERENCES ops.couriers (courier_id),
    status          text NOT NULL,
    assigned_at     timestamptz NOT NULL,
    picked_up_at    timestamptz,
    delivered_at    timestamptz,
    distance_km     numeric(5,2) NOT NULL,
    courier_fee     numeric(6,2) NOT NULL,
    CONSTRAINT deliveries_order_id_key UNIQUE (order_id),
    CONSTRAINT deliveries_status CHECK (status IN ('assigned', 'picked_up', 'delivered', 'failed', 'cancelled')),
    CONSTRAINT deliveries_pickup_after_assignment CHECK (picked_up_at >= assigned_at),
    CONSTRAINT deliveries_delivered_after_pickup CHECK (delivered_at >= picked_up_at),
    CONSTRAINT deliveries_delivered_status CHECK ((status = 'delivered') = (delivered_at IS NOT NULL)),
    CONSTRAINT deliveries_distance_positive CHECK (distance_km > 0),
    CONSTRAINT deliveries_courier_fee_not_negative CHECK (courier_fee >= 0)
);
CREATE INDEX deliveries_courier_id_idx ON ops.deliveries (courier_id);
COMMENT ON TABLE ops.deliveries IS 'The delivery of an order: which courier took it, when it was assigned, picked up at the merchant and handed over, the route distance and what the courier earns for it. At most one delivery per order.';
COMMENT ON COLUMN ops.deliveries.delivery_id IS 'Surrogate key of the delivery.';
COMMENT ON COLUMN ops.deliveries.order_id IS 'The order delivered.';
COMMENT ON COLUMN ops.deliveries.courier_id IS 'The courier who accepted the job.';
COMMENT ON COLUMN ops.deliveries.status IS 'assigned, picked_up, delivered, failed (customer not reachable) or cancelled (order cancelled after assignment).';
COMMENT ON COLUMN ops.deliveries.assigned_at IS 'When the dispatcher assigned the courier.';
COMMENT ON COLUMN ops.deliveries.picked_up_at IS 'When the courier collected the order at the merchant.';
COMMENT ON COLUMN ops.deliveries.delivered_at IS 'When the courier handed the order to the customer; set exactly for delivered.';
COMMENT ON COLUMN ops.deliveries.distance_km IS 'Route distance from merchant to customer in km.';
COMMENT ON COLUMN ops.deliveries.courier_fee IS 'What the courier is paid for the job (base + per km), EUR, excluding the tip.';

CREATE TABLE ops.delivery_events (
    delivery_event_id  bigint NOT NULL,
    delivery_id        integer NOT NULL REFERENCES ops.deliveries (delivery_id),
    event_at           timestamptz NOT NULL,
    event_type         text NOT NULL,
    latitude           numeric(8,6),
    longitude          numeric(9,6),
    note               text,
    CONSTRAINT delivery_events_pkey PRIMARY KEY (delivery_event_id, event_at),
    CONSTRAINT delivery_events_type CHECK (event_type IN ('picked_up', 'arrived', 'delivered', 'failed', 'cancelled')),
    CONSTRAINT delivery_events_position CHECK ((latitude IS NULL) = (longitude IS NULL))
) PARTITION BY RANGE (event_at);
COMMENT ON TABLE ops.delivery_events IS 'Tracking events sent by the courier app (picked up, arrived, delivered, failed, cancelled) with the GPS position; partitioned by month of event_at, old partitions are detached after 13 months.';
COMMENT ON COLUMN ops.delivery_events.delivery_event_id IS 'Event id from the courier app; unique together with the event time (the partition key).';
COMMENT ON COLUMN ops.delivery_events.delivery_id IS 'The delivery the event belongs to.';
COMMENT ON COLUMN ops.delivery_events.event_at IS 'When the event happened on the courier''s phone; the partition key.';
COMMENT ON COLUMN ops.delivery_events.event_type IS 'picked_up, arrived (at the door), delivered, failed or cancelled.';
COMMENT ON COLUMN ops.delivery_events.latitude IS 'GPS latitude (WGS 84) of the courier at the event; personal data (location).';
COMMENT ON COLUMN ops.delivery_events.longitude IS 'GPS longitude (WGS 84) of the courier at the event.';
COMMENT ON COLUMN ops.delivery_events.note IS 'Free text typed by the courier, e.g. why a delivery failed.';

CREATE TABLE ops.delivery_events_2026_09 PARTITION OF ops.delivery_events
    FOR VALUES FROM ('2026-09-01 00:00:00+02') TO ('2026-10-01 00:00:00+02');
CREATE TABLE ops.delivery_events_2026_10 PARTITION OF ops.delivery_events
    FOR VALUES FROM ('2026-10-01 00:00:00+02') TO ('2026-11-01 00:00:00+01');
CREATE TABLE ops.delivery_events_2026_11 PARTITION OF ops.delivery_events
    FOR VALUES FROM ('2026-11-01 00:00:00+01') TO ('2026-12-01 00:00:00+01');
CREATE TABLE ops.delivery_events_default PARTITION OF ops.delivery_events DEFAULT;
COMMENT ON TABLE ops.delivery_events_2026_09 IS 'Partition of ops.delivery_events: events of September 2026 (Amsterdam time).';
COMMENT ON TABLE ops.delivery_events_2026_10 IS 'Partition of ops.delivery_events: events of October 2026 (Amsterdam time).';
COMMENT ON TABLE ops.delivery_events_2026_11 IS 'Partition of ops.delivery_events: events of November 2026 (Amsterdam time).';
COMMENT ON TABLE ops.delivery_events_default IS 'Default partition of ops.delivery_events: events outside the monthly partitions; should stay empty, the monthly partitions are created ahead.';

CREATE TABLE ops.delivery_ratings (
    delivery_id  integer PRIMARY KEY REFERENCES ops.deliveries (delivery_id),
    stars        smallint NOT NULL,
    tags         text[] NOT NULL DEFAULT '{}',
    comment      text,
    rated_at     timestamptz NOT NULL,
    CONSTRAINT delivery_ratings_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT delivery_ratings_tags CHECK (tags <@ ARRAY['fast', 'friendly', 'late', 'cold_food', 'damaged', 'wrong_address', 'careful']::text[])
);
COMMENT ON TABLE ops.delivery_ratings IS 'The rating a customer gives a delivery in the app after hand-over (or after a failed attempt): 1 to 5 stars, quick tags and an optional comment.';
COMMENT ON COLUMN ops.delivery_ratings.delivery_id IS 'The delivery rated; one rating per delivery.';
COMMENT ON COLUMN ops.delivery_ratings.stars IS 'Stars given, 1 (bad) to 5 (excellent).';
COMMENT ON COLUMN ops.delivery_ratings.tags IS 'Quick tags picked by the customer: fast, friendly, careful, late, cold_food, damaged, wrong_address.';
COMMENT ON COLUMN ops.delivery_ratings.comment IS 'Free text the customer wrote, if any.';
COMMENT ON COLUMN ops.delivery_ratings.rated_at IS 'When the rating was given.';

-- ------------------------------------------------------------------ data

INSERT INTO app.customers (customer_id, email, phone, display_name, preferred_language, push_notifications_enabled, marketing_opt_in, signed_up_at, last_active_at, is_deleted, deleted_at) VALUES
    (1, 'anna.devries@example.nl', '+31612340001', 'Anna', 'nl', true, true, '2022-01-15 20:11:00+01', '2026-11-28 18:40:00+01', false, NULL),
    (2, 'bram.jansen@example.nl', '+31612349902', 'Bram J.', 'nl', true, true, '2021-11-02 12:30:00+01', '2026-11-29 12:02:00+01', false, NULL),
    (3, 'emma.visser@example.nl', '+31612340005', 'Emma', 'en', false, false, '2024-06-01 09:45:00+02', '2026-11-02 21:17:00+01', false, NULL),
    (4, 'isa.deboer@example.nl', '+31612340009', 'Isa', 'nl', true, false, '2025-03-10 17:20:00+01', '2026-11-21 08:05:00+01', false, NULL),
    (5, 'mila.bos@example.nl', '+31612340013', 'Mila', 'nl', true, true, '2023-08-19 19:02:00+02', '2026-11-25 19:48:00+01', false, NULL),
    (6, 'sanne.kok@example.nl', '+31612350006', 'Sanne', 'nl', true, true, '2022-10-05 08:15:00+02', '2026-11-27 10:31:00+01', false, NULL),
    (7, 'thijs.dekker@example.nl', '+31612350007', 'Thijs', 'nl', false, false, '2024-02-29 22:40:00+01', '2026-09-13 20:31:00+02', false, NULL),
    (8, 'julia.vandam@example.nl', '+31612350008', 'Julia', 'nl', true, true, '2023-12-24 16:00:00+01', '2026-11-29 19:41:00+01', false, NULL),
    (9, 'sem.willems@example.nl', '+31612350009', 'Sem', 'nl', true, false, '2025-09-12 18:18:00+02', '2026-10-30 22:10:00+01', false, NULL),
    (10, 'lotte.dijkstra@example.nl', '+31612350010', 'Lotte', 'nl', true, true, '2026-10-05 18:30:00+02', '2026-11-29 19:53:00+01', false, NULL),
    (11, 'ruben.smits@example.nl', '+31612350011', 'Ruben', 'nl', false, false, '2026-08-01 13:13:00+02', '2026-10-09 21:58:00+02', false, NULL),
    (12, 'fleur.vanleeuwen@example.nl', '+31612350012', 'Fleur', 'nl', true, false, '2021-05-20 11:00:00+02', '2026-11-15 09:12:00+01', false, NULL),
    (13, 'max.schouten@example.nl', '+31612350013', 'Max', 'de', true, true, '2025-12-01 20:20:00+01', '2026-11-18 20:02:00+01', false, NULL),
    (14, 'yara.elamrani@example.nl', '+31612350014', 'Yara', 'nl', true, false, '2024-04-14 14:14:00+02', '2026-11-29 23:01:00+01', false, NULL),
    (15, 'erased-15@users.invalid', NULL, NULL, 'nl', false, false, '2023-03-03 10:10:00+01', '2026-10-30 18:20:00+01', true, '2026-11-20 09:00:00+01'),
    (16, 'nina.koster@example.nl', '+31612350016', 'Nina', 'nl', true, true, '2026-11-02 21:45:00+01', '2026-11-03 10:52:00+01', false, NULL),
    (17, 'chloe.martin@example.fr', '+33612340003', 'Chloé', 'fr', true, false, '2026-09-01 12:00:00+02', '2026-11-10 20:58:00+01', false, NULL),
    (18, 'tom.prins@example.nl', '+31612350018', 'Tom', 'en', false, false, '2020-07-07 07:07:00+02', '2026-11-18 12:55:00+01', false, NULL),
    (19, 'daan.bakker@example.nl', '+31612340004', 'Daan', 'nl', false, false, '2026-11-26 07:30:00+01', '2026-11-26 07:32:00+01', false, NULL);

INSERT INTO app.merchants (merchant_id, merchant_code, name, category, city, commission_rate, finance_account_number, is_active, joined_at) VALUES
    (1, 'MER-0001', 'Pizzeria Da Marco', 'restaurant', 'Amsterdam', 0.1500, 'FA-300301', true, '2023-02-01 11:00:00+01'),
    (2, 'MER-0002', 'Sushi Kobe', 'restaurant', 'Utrecht', 0.1800, 'FA-300302', true, '2023-05-15 11:00:00+02'),
    (3, 'MER-0003', 'Buurtsuper Oost', 'grocery', 'Amsterdam', 0.0800, 'FA-300303', true, '2024-01-08 08:00:00+01'),
    (4, 'MER-0004', 'Apotheek Centrum', 'pharmacy', 'Utrecht', 0.0500, 'FA-300304', true, '2024-06-03 08:30:00+02'),
    (5, 'MER-0005', 'Bloemenhuis Flora', 'florist', 'Rotterdam', 0.1200, 'FA-300305', true, '2025-02-14 09:00:00+01'),
    (6, 'MER-0006', 'Burger Barn', 'restaurant', 'Rotterdam', 0.1600, 'FA-300306', true, '2025-04-01 12:00:00+02'),
    (7, 'MER-0007', 'Thai Orchid', 'restaurant', 'Amsterdam', 0.1500, 'FA-300307', false, '2023-09-01 12:00:00+02');

INSERT INTO app.orders (order_id, order_number, customer_id, merchant_id, status, placed_at, delivery_street, delivery_postal_code, delivery_city, items_subtotal, delivery_fee, service_fee, tip_amount, payment_method, promo_code, cancellation_reason) VALUES
    (1, 'DL-26-100001', 1, 1, 'delivered', '2026-09-04 18:42:00+02', 'Czaar Peterstraat 112-2', '1018 PR', 'Amsterdam', 31.00, 2.49, 0.99, 2.00, 'card', NULL, NULL),
    (2, 'DL-26-100002', 6, 3, 'delivered', '2026-09-07 10:15:00+02', 'Linnaeusstraat 63-3', '1093 EK', 'Amsterdam', 8.88, 2.49, 0.99, 0.00, 'ideal', NULL, NULL),
    (3, 'DL-26-100003', 2, 2, 'delivered', '2026-09-11 19:05:00+02', 'Oudegracht 201', '3511 NH', 'Utrecht', 39.50, 2.49, 0.99, 3.00, 'apple_pay', NULL, NULL),
    (4, 'DL-26-100004', 7, 6, 'delivered', '2026-09-13 20:30:00+02', 'Zwart Janstraat 41', '3035 AN', 'Rotterdam', 32.50, 2.49, 0.99, 1.50, 'card', NULL, NULL),
    (5, 'DL-26-100005', 3, 4, 'delivered', '2026-09-18 16:20:00+02', 'Biltstraat 88', '3572 BG', 'Utrecht', 8.44, 2.49, 0.99, 0.00, 'ideal', NULL, NULL),
    (6, 'DL-26-100006', 8, 1, 'cancelled', '2026-09-20 19:10:00+02', 'Dapperstraat 7-2', '1093 BR', 'Amsterdam', 14.00, 2.49, 0.99, 0.00, 'card', NULL, 'Customer cancelled: ordered twice by mistake'),
    (7, 'DL-26-100007', 4, 5, 'delivered', '2026-09-24 11:00:00+02', 'Witte de Withstraat 34B', '3012 BR', 'Rotterdam', 29.95, 2.49, 0.99, 0.00, 'card', NULL, NULL),
    (8, 'DL-26-100008', 9, 1, 'delivered', '2026-09-28 20:15:00+02', 'Haarlemmerdijk 140', '1013 JJ', 'Amsterdam', 20.00, 2.49, 0.99, 1.00, 'card', NULL, NULL),
    (9, 'DL-26-100009', 1, 3, 'delivered', '2026-10-02 09:30:00+02', 'Czaar Peterstraat 112-2', '1018 PR', 'Amsterdam', 11.27, 2.49, 0.99, 0.00, 'ideal', NULL, NULL),
    (10, 'DL-26-100010', 10, 2, 'delivered', '2026-10-05 18:50:00+02', 'Amsterdamsestraatweg 310', '3551 CR', 'Utrecht', 19.45, 0.00, 0.99, 0.00, 'card', 'GRATISBEZORGING', NULL),
    (11, 'DL-26-100011', 11, 6, 'delivery_failed', '2026-10-09 21:15:00+02', 'Nieuwe Binnenweg 222A', '3021 GN', 'Rotterdam', 18.75, 2.49, 0.99, 0.00, 'card', NULL, 'Customer not reachable at the door or by phone'),
    (12, 'DL-26-100012', 5, 1, 'delivered', '2026-10-12 19:30:00+02', 'Javastraat 15-1', '1094 HA', 'Amsterdam', 30.50, 2.49, 0.99, 2.50, 'apple_pay', NULL, NULL),
    (13, 'DL-26-100013', 12, 4, 'delivered', '2026-10-15 14:05:00+02', 'Lange Nieuwstraat 9', '3512 PA', 'Utrecht', 3.29, 2.49, 0.99, 0.00, 'ideal', NULL, NULL),
    (14, 'DL-26-100014', 2, 2, 'delivered', '2026-10-17 19:45:00+02', 'Oudegracht 201', '3511 NH', 'Utrecht', 39.00, 2.49, 0.99, 3.00, 'apple_pay', NULL, NULL),
    (15, 'DL-26-100015', 13, 6, 'delivered', '2026-10-20 20:05:00+02', 'Meent 76', '3011 JN', 'Rotterdam', 17.45, 2.49, 0.99, 1.00, 'card', NULL, NULL),
    (16, 'DL-26-100016', 14, 1, 'delivered', '2026-10-24 18:30:00+02', 'Wibautstraat 150-4', '1091 GR', 'Amsterdam', 13.50, 2.49, 0.99, 0.00, 'ideal', NULL, NULL),
    (17, 'DL-26-100017', 3, 2, 'cancelled', '2026-10-27 19:00:00+01', 'Biltstraat 88', '3572 BG', 'Utrecht', 12.50, 2.49, 0.99, 0.00, 'card', NULL, 'Merchant cancelled: out of salmon'),
    (18, 'DL-26-100018', 15, 3, 'delivered', '2026-10-30 17:40:00+01', 'Eerste van Swindenstraat 20', '1093 GA', 'Amsterdam', 12.15, 2.49, 0.99, 0.00, 'voucher', NULL, NULL),
    (19, 'DL-26-100019', 16, 5, 'delivered', '2026-11-03 10:30:00+01', 'Kralingse Plaslaan 12', '3061 BA', 'Rotterdam', 28.45, 0.00, 0.99, 0.00, 'card', 'GRATISBEZORGING', NULL),
    (20, 'DL-26-100020', 6, 1, 'delivered', '2026-11-07 19:20:00+01', 'Linnaeusstraat 63-3', '1093 EK', 'Amsterdam', 18.50, 2.49, 0.99, 1.00, 'ideal', NULL, NULL),
    (21, 'DL-26-100021', 17, 1, 'delivered', '2026-11-10 20:10:00+01', 'Damrak 1-5', '1012 LG', 'Amsterdam', 14.75, 2.49, 0.99, 2.00, 'card', NULL, NULL),
    (22, 'DL-26-100022', 1, 1, 'delivered', '2026-11-14 19:00:00+01', 'Czaar Peterstraat 112-2', '1018 PR', 'Amsterdam', 25.50, 2.49, 0.99, 2.00, 'card', NULL, NULL),
    (23, 'DL-26-100023', 18, 6, 'delivered', '2026-11-18 12:30:00+01', 'Oostzeedijk 180', '3063 BT', 'Rotterdam', 15.70, 2.49, 0.99, 0.00, 'card', NULL, NULL),
    (24, 'DL-26-100024', 2, 2, 'delivered', '2026-11-22 19:15:00+01', 'Oudegracht 201', '3511 NH', 'Utrecht', 45.00, 2.49, 0.99, 4.00, 'apple_pay', NULL, NULL),
    (25, 'DL-26-100025', 8, 3, 'picked_up', '2026-11-29 19:40:00+01', 'Dapperstraat 7-2', '1093 BR', 'Amsterdam', 5.97, 2.49, 0.99, 0.00, 'ideal', NULL, NULL),
    (26, 'DL-26-100026', 10, 2, 'preparing', '2026-11-29 19:52:00+01', 'Amsterdamsestraatweg 310', '3551 CR', 'Utrecht', 14.95, 2.49, 0.99, 1.00, 'card', NULL, NULL);

INSERT INTO app.order_items (order_id, line_no, product_name, quantity, unit_price) VALUES
    (1, 1, 'Pizza Margherita', 1, 11.50),
    (1, 2, 'Pizza Diavola', 1, 13.50),
    (1, 3, 'Tiramisu', 1, 6.00),
    (2, 1, 'Halfvolle melk 1 l', 2, 1.25),
    (2, 2, 'Volkoren brood', 1, 2.89),
    (2, 3, 'Scharreleieren 10 stuks', 1, 3.49),
    (3, 1, 'Sushi box 24 pieces', 1, 32.50),
    (3, 2, 'Miso soup', 2, 3.50),
    (4, 1, 'Classic beef burger', 2, 12.50),
    (4, 2, 'Fries with mayonnaise', 2, 3.75),
    (5, 1, 'Paracetamol 500 mg, 20 tablets', 1, 2.49),
    (5, 2, 'Hand cream 75 ml', 1, 5.95),
    (6, 1, 'Pizza Quattro Formaggi', 1, 14.00),
    (7, 1, 'Seasonal bouquet large', 1, 29.95),
    (8, 1, 'Calzone', 1, 14.50),
    (8, 2, 'Cola 0.33 l', 2, 2.75),
    (9, 1, 'Havermout 500 g', 1, 1.79),
    (9, 2, 'Bananen 1 kg', 1, 1.99),
    (9, 3, 'Koffiebonen 500 g', 1, 7.49),
    (10, 1, 'Salmon poke bowl', 1, 14.95),
    (10, 2, 'Edamame', 1, 4.50),
    (11, 1, 'Double cheeseburger', 1, 14.50),
    (11, 2, 'Sweet potato fries', 1, 4.25),
    (12, 1, 'Pizza Margherita', 2, 11.50),
    (12, 2, 'Insalata mista', 1, 7.50),
    (13, 1, 'Ibuprofen 400 mg, 20 tablets', 1, 3.29),
    (14, 1, 'Sushi box 24 pieces', 1, 32.50),
    (14, 2, 'Gyoza 6 pieces', 1, 6.50),
    (15, 1, 'Classic beef burger', 1, 12.50),
    (15, 2, 'Milkshake vanilla', 1, 4.95),
    (16, 1, 'Pizza Diavola', 1, 13.50),
    (17, 1, 'Salmon nigiri 8 pieces', 1, 12.50),
    (18, 1, 'Pasta penne 500 g', 2, 1.39),
    (18, 2, 'Tomatensaus 500 g', 2, 2.19),
    (18, 3, 'Parmezaan 200 g', 1, 4.99),
    (19, 1, 'Roses, 12 red', 1, 24.95),
    (19, 2, 'Greeting card', 1, 3.50),
    (20, 1, 'Pizza Funghi', 1, 12.50),
    (20, 2, 'Tiramisu', 1, 6.00),
    (21, 1, 'Pizza Margherita', 1, 11.50),
    (21, 2, 'San Pellegrino 0.5 l', 1, 3.25),
    (22, 1, 'Pizza Quattro Formaggi', 1, 14.00),
    (22, 2, 'Pizza Margherita', 1, 11.50),
    (23, 1, 'Chicken burger', 1, 11.95),
    (23, 2, 'Fries with mayonnaise', 1, 3.75),
    (24, 1, 'Sushi box 36 pieces', 1, 45.00),
    (25, 1, 'Chips paprika 200 g', 2, 1.89),
    (25, 2, 'Frisdrank cola 1.5 l', 1, 2.19),
    (26, 1, 'Salmon poke bowl', 1, 14.95);

INSERT INTO ops.couriers (courier_id, courier_code, full_name, email, phone, vehicle_type, home_zone, contract_type, is_active, onboarded_at) VALUES
    (1, 'CR-001', 'Lars de Groot', 'lars.degroot@example.nl', '+31612340012', 'e_bike', 'AMS-Centrum', 'freelancer', true, '2026-02-20 10:00:00+01'),
    (2, 'CR-002', 'Yara El Amrani', 'yara.elamrani@example.nl', '+31612350014', 'scooter', 'AMS-Oost', 'employee', true, '2024-05-01 10:00:00+02'),
    (3, 'CR-003', 'Koen Vermeulen', 'koen.vermeulen@example.nl', '+31612360003', 'bicycle', 'UTR-Centrum', 'freelancer', true, '2025-03-03 10:00:00+01'),
    (4, 'CR-004', 'Sophie van Dijk', 'sophie.vandijk@example.nl', '+31612360004', 'e_bike', 'UTR-Centrum', 'employee', true, '2024-09-09 10:00:00+02'),
    (5, 'CR-005', 'Mohammed Yilmaz', 'mohammed.yilmaz@example.nl', '+31612360005', 'scooter', 'RTM-Centrum', 'employee', true, '2023-11-13 10:00:00+01'),
    (6, 'CR-006', 'Eva Brouwer', 'eva.brouwer@example.nl', '+31612360006', 'bicycle', 'AMS-Oost', 'freelancer', true, '2025-06-16 10:00:00+02'),
    (7, 'CR-007', 'Jesse Kramer', 'jesse.kramer@example.nl', '+31612360007', 'car', 'RTM-Centrum', 'freelancer', true, '2024-03-25 10:00:00+01'),
    (8, 'CR-008', 'Anouk Hoekstra', 'anouk.hoekstra@example.nl', '+31612360008', 'e_bike', 'AMS-Centrum', 'freelancer', false, '2023-04-03 10:00:00+02');

INSERT INTO ops.deliveries (delivery_id, order_id, courier_id, status, assigned_at, picked_up_at, delivered_at, distance_km, courier_fee) VALUES
    (1, 1, 1, 'delivered', '2026-09-04 18:47:00+02', '2026-09-04 19:02:00+02', '2026-09-04 19:15:00+02', 1.9, 4.64),
    (2, 2, 6, 'delivered', '2026-09-07 10:21:00+02', '2026-09-07 10:38:00+02', '2026-09-07 10:56:00+02', 2.6, 5.06),
    (3, 3, 3, 'delivered', '2026-09-11 19:12:00+02', '2026-09-11 19:31:00+02', '2026-09-11 19:41:00+02', 3.3, 5.48),
    (4, 4, 5, 'delivered', '2026-09-13 20:38:00+02', '2026-09-13 20:47:00+02', '2026-09-13 21:02:00+02', 4, 5.90),
    (5, 5, 4, 'delivered', '2026-09-18 16:24:00+02', '2026-09-18 16:40:00+02', '2026-09-18 17:00:00+02', 4.7, 6.32),
    (6, 7, 7, 'delivered', '2026-09-24 11:06:00+02', '2026-09-24 11:26:00+02', '2026-09-24 11:43:00+02', 2.1, 4.76),
    (7, 8, 2, 'delivered', '2026-09-28 20:22:00+02', '2026-09-28 20:32:00+02', '2026-09-28 20:41:00+02', 2.8, 5.18),
    (8, 9, 6, 'delivered', '2026-10-02 09:38:00+02', '2026-10-02 09:50:00+02', '2026-10-02 10:04:00+02', 3.5, 5.60),
    (9, 10, 4, 'delivered', '2026-10-05 18:54:00+02', '2026-10-05 19:13:00+02', '2026-10-05 19:32:00+02', 4.2, 6.02),
    (10, 11, 5, 'failed', '2026-10-09 21:20:00+02', '2026-10-09 21:41:00+02', NULL, 4.9, 6.44),
    (11, 12, 1, 'delivered', '2026-10-12 19:36:00+02', '2026-10-12 19:47:00+02', '2026-10-12 20:22:00+02', 1.6, 4.46),
    (12, 13, 3, 'delivered', '2026-10-15 14:12:00+02', '2026-10-15 14:25:00+02', '2026-10-15 14:33:00+02', 2.3, 4.88),
    (13, 14, 3, 'delivered', '2026-10-17 19:53:00+02', '2026-10-17 20:08:00+02', '2026-10-17 20:21:00+02', 3, 5.30),
    (14, 15, 7, 'delivered', '2026-10-20 20:09:00+02', '2026-10-20 20:31:00+02', '2026-10-20 20:49:00+02', 3.7, 5.72),
    (15, 16, 6, 'delivered', '2026-10-24 18:35:00+02', '2026-10-24 18:47:00+02', '2026-10-24 18:57:00+02', 4.4, 6.14),
    (16, 17, 4, 'cancelled', '2026-10-27 19:06:00+01', NULL, NULL, 5.1, 2.00),
    (17, 18, 2, 'delivered', '2026-10-30 17:47:00+01', '2026-10-30 18:03:00+01', '2026-10-30 18:23:00+01', 1.8, 4.58),
    (18, 19, 7, 'delivered', '2026-11-03 10:38:00+01', '2026-11-03 10:56:00+01', '2026-11-03 11:08:00+01', 2.5, 5.00),
    (19, 20, 1, 'delivered', '2026-11-07 19:24:00+01', '2026-11-07 19:37:00+01', '2026-11-07 19:54:00+01', 3.2, 5.42),
    (20, 21, 2, 'delivered', '2026-11-10 20:15:00+01', '2026-11-10 20:30:00+01', '2026-11-10 20:39:00+01', 3.9, 5.84),
    (21, 22, 1, 'delivered', '2026-11-14 19:06:00+01', '2026-11-14 19:23:00+01', '2026-11-14 19:37:00+01', 4.6, 6.26),
    (22, 23, 5, 'delivered', '2026-11-18 12:37:00+01', '2026-11-18 12:56:00+01', '2026-11-18 13:15:00+01', 1.3, 4.28),
    (23, 24, 3, 'delivered', '2026-11-22 19:23:00+01', '2026-11-22 19:32:00+01', '2026-11-22 20:13:00+01', 2, 4.70),
    (24, 25, 6, 'picked_up', '2026-11-29 19:44:00+01', '2026-11-29 20:00:00+01', NULL, 2.7, 5.12),
    (25, 26, 4, 'assigned', '2026-11-29 19:57:00+01', NULL, NULL, 3.4, 5.54);

INSERT INTO ops.delivery_events (delivery_event_id, delivery_id, event_at, event_type, latitude, longitude, note) VALUES
    (5000001, 1, '2026-09-04 19:02:00+02', 'picked_up', 52.373200, 4.892100, NULL),
    (5000002, 1, '2026-09-04 19:15:00+02', 'delivered', 52.366800, 4.887500, NULL),
    (5000003, 2, '2026-09-07 10:38:00+02', 'picked_up', 52.373300, 4.892000, NULL),
    (5000004, 2, '2026-09-07 10:56:00+02', 'delivered', 52.370500, 4.892800, NULL),
    (5000005, 3, '2026-09-11 19:31:00+02', 'picked_up', 52.091000, 5.121100, NULL),
    (5000006, 3, '2026-09-11 19:41:00+02', 'delivered', 52.091800, 5.127300, NULL),
    (5000007, 4, '2026-09-13 20:47:00+02', 'picked_up', 51.922900, 4.478800, NULL),
    (5000008, 4, '2026-09-13 21:02:00+02', 'delivered', 51.927300, 4.470400, NULL),
    (5000009, 5, '2026-09-18 16:40:00+02', 'picked_up', 52.091200, 5.121400, NULL),
    (5000010, 5, '2026-09-18 17:00:00+02', 'delivered', 52.099200, 5.117900, NULL),
    (5000011, 6, '2026-09-24 11:26:00+02', 'picked_up', 51.922500, 4.479000, NULL),
    (5000012, 6, '2026-09-24 11:43:00+02', 'delivered', 51.918400, 4.486300, NULL),
    (5000013, 7, '2026-09-28 20:32:00+02', 'picked_up', 52.373200, 4.891900, NULL),
    (5000014, 7, '2026-09-28 20:41:00+02', 'delivered', 52.372700, 4.884600, NULL),
    (5000015, 8, '2026-10-02 09:50:00+02', 'picked_up', 52.373300, 4.891800, NULL),
    (5000016, 8, '2026-10-02 10:04:00+02', 'delivered', 52.376400, 4.889900, NULL),
    (5000017, 9, '2026-10-05 19:13:00+02', 'picked_up', 52.091000, 5.121400, NULL),
    (5000018, 9, '2026-10-05 19:32:00+02', 'delivered', 52.097700, 5.124400, NULL),
    (5000019, 10, '2026-10-09 21:41:00+02', 'picked_up', 51.922900, 4.479100, NULL),
    (5000020, 10, '2026-10-09 21:55:00+02', 'arrived', 51.913200, 4.487500, 'Rang twice, no answer'),
    (5000021, 10, '2026-10-09 22:05:00+02', 'failed', 51.913200, 4.487500, 'Customer not answering phone after 10 minutes; food returned to merchant'),
    (5000022, 11, '2026-10-12 19:47:00+02', 'picked_up', 52.373600, 4.892000, NULL),
    (5000023, 11, '2026-10-12 20:22:00+02', 'delivered', 52.367500, 4.885800, NULL),
    (5000024, 12, '2026-10-15 14:25:00+02', 'picked_up', 52.091300, 5.121100, NULL),
    (5000025, 12, '2026-10-15 14:33:00+02', 'delivered', 52.088800, 5.120300, NULL),
    (5000026, 13, '2026-10-17 20:08:00+02', 'picked_up', 52.090700, 5.121000, NULL),
    (5000027, 13, '2026-10-17 20:21:00+02', 'delivered', 52.092500, 5.125600, NULL),
    (5000028, 14, '2026-10-20 20:31:00+02', 'picked_up', 51.922600, 4.479200, NULL),
    (5000029, 14, '2026-10-20 20:49:00+02', 'delivered', 51.928000, 4.488700, NULL),
    (5000030, 15, '2026-10-24 18:47:00+02', 'picked_up', 52.373300, 4.892100, NULL),
    (5000031, 15, '2026-10-24 18:57:00+02', 'delivered', 52.382300, 4.887000, NULL),
    (5000032, 16, '2026-10-27 19:12:00+01', 'cancelled', 52.090700, 5.121400, 'Merchant cancelled before pickup'),
    (5000033, 17, '2026-10-30 18:03:00+01', 'picked_up', 52.373500, 4.891900, NULL),
    (5000034, 17, '2026-10-30 18:23:00+01', 'delivered', 52.369700, 4.897600, NULL),
    (5000035, 18, '2026-11-03 10:56:00+01', 'picked_up', 51.923000, 4.478800, NULL),
    (5000036, 18, '2026-11-03 11:08:00+01', 'delivered', 51.922800, 4.469900, NULL),
    (5000037, 19, '2026-11-07 19:37:00+01', 'picked_up', 52.373700, 4.892200, NULL),
    (5000038, 19, '2026-11-07 19:54:00+01', 'delivered', 52.377100, 4.888200, NULL),
    (5000039, 20, '2026-11-10 20:30:00+01', 'picked_up', 52.373100, 4.892100, NULL),
    (5000040, 20, '2026-11-10 20:39:00+01', 'delivered', 52.380800, 4.893500, NULL),
    (5000041, 21, '2026-11-14 19:23:00+01', 'picked_up', 52.373200, 4.892000, NULL),
    (5000042, 21, '2026-11-14 19:37:00+01', 'delivered', 52.364500, 4.898800, NULL),
    (5000043, 22, '2026-11-18 12:56:00+01', 'picked_up', 51.922700, 4.478900, NULL),
    (5000044, 22, '2026-11-18 13:15:00+01', 'delivered', 51.917600, 4.471100, NULL),
    (5000045, 23, '2026-11-22 19:32:00+01', 'picked_up', 52.091000, 5.121000, NULL),
    (5000046, 23, '2026-11-22 20:13:00+01', 'delivered', 52.089500, 5.118600, NULL),
    (5000047, 24, '2026-11-29 20:00:00+01', 'picked_up', 52.373500, 4.892200, NULL);

INSERT INTO ops.delivery_ratings (delivery_id, stars, tags, comment, rated_at) VALUES
    (1, 5, '{fast,friendly}', NULL, '2026-09-04 19:41:00+02'),
    (3, 5, '{careful}', 'Soup did not spill, thanks!', '2026-09-11 20:09:00+02'),
    (4, 4, '{friendly}', NULL, '2026-09-13 21:31:00+02'),
    (6, 5, '{careful}', 'Flowers arrived in perfect shape', '2026-09-24 12:15:00+02'),
    (8, 4, '{}', NULL, '2026-10-02 10:38:00+02'),
    (10, 1, '{late}', 'I was home, the courier rang the wrong door', '2026-10-09 22:47:00+02'),
    (11, 3, '{late,cold_food}', 'Pizza was lukewarm', '2026-10-12 20:59:00+02'),
    (13, 5, '{fast}', NULL, '2026-10-17 21:00:00+02'),
    (14, 4, '{fast}', NULL, '2026-10-20 21:29:00+02'),
    (18, 5, '{friendly,careful}', NULL, '2026-11-03 11:52:00+01'),
    (19, 5, '{fast,friendly}', NULL, '2026-11-07 20:39:00+01'),
    (21, 4, '{}', NULL, '2026-11-14 20:24:00+01'),
    (23, 2, '{late}', 'Took almost an hour', '2026-11-22 21:02:00+01');

-- ----------------------------------------------------------------- views

CREATE VIEW analytics.order_fulfilment AS
SELECT o.order_id,
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
       round(extract(epoch FROM d.delivered_at - o.placed_at) / 60)::integer AS minutes_to_door,
       d.delivered_at <= o.placed_at + interval '45 minutes' AS is_on_time,
       d.distance_km,
       d.courier_fee,
       o.items_subtotal,
       o.tip_amount,
       o.total_amount
  FROM app.orders o
  LEFT JOIN ops.deliveries d ON d.order_id = o.order_id;
COMMENT ON VIEW analytics.order_fulfilment IS 'Each order with its delivery: courier, times, minutes from placing to the door and whether it arrived within the promised 45 minutes. Joins app.orders and ops.deliveries; the base of the fulfilment KPIs.';
COMMENT ON COLUMN analytics.order_fulfilment.order_status IS 'Order status as the customer sees it (app.orders.status).';
COMMENT ON COLUMN analytics.order_fulfilment.delivery_status IS 'Delivery status from ops.deliveries; NULL if no courier was assigned.';
COMMENT ON COLUMN analytics.order_fulfilment.minutes_to_door IS 'Minutes from placing the order to hand-over; NULL if not delivered.';
COMMENT ON COLUMN analytics.order_fulfilment.is_on_time IS 'True if delivered within 45 minutes of placing; NULL if not delivered.';
COMMENT ON COLUMN analytics.order_fulfilment.items_subtotal IS 'Value of the items at menu prices, EUR; the commission base.';
COMMENT ON COLUMN analytics.order_fulfilment.total_amount IS 'What the customer paid, EUR.';

CREATE VIEW analytics.courier_performance AS
SELECT c.courier_id,
       c.courier_code,
       c.full_name,
       c.vehicle_type,
       c.home_zone,
       count(f.order_id) FILTER (WHERE f.delivery_status = 'delivered') AS deliveries_completed,
       count(f.order_id) FILTER (WHERE f.delivery_status = 'failed') AS deliveries_failed,
       round(avg(f.minutes_to_door), 1) AS avg_minutes_to_door,
       round(avg(CASE WHEN f.is_on_time THEN 1.0 ELSE 0.0 END) FILTER (WHERE f.delivery_status = 'delivered'), 3) AS on_time_rate,
       round(avg(r.stars), 2) AS avg_stars,
       coalesce(sum(f.courier_fee), 0) + coalesce(sum(f.tip_amount) FILTER (WHERE f.delivery_status = 'delivered'), 0) AS earnings_amount
  FROM ops.couriers c
  LEFT JOIN analytics.order_fulfilment f ON f.courier_id = c.courier_id
  LEFT JOIN ops.delivery_ratings r ON r.delivery_id = f.delivery_id
 GROUP BY c.courier_id;
COMMENT ON VIEW analytics.courier_performance IS 'Per courier: deliveries completed and failed, average minutes to the door, on-time rate, average customer rating and earnings (fees plus tips). Built on analytics.order_fulfilment, ops.couriers and ops.delivery_ratings; used in the weekly courier review.';
COMMENT ON COLUMN analytics.courier_performance.deliveries_completed IS 'Deliveries handed over.';
COMMENT ON COLUMN analytics.courier_performance.deliveries_failed IS 'Deliveries that could not be handed over.';
COMMENT ON COLUMN analytics.courier_performance.avg_minutes_to_door IS 'Average minutes from order placed to hand-over.';
COMMENT ON COLUMN analytics.courier_performance.on_time_rate IS 'Share of completed deliveries within 45 minutes, 0 to 1.';
COMMENT ON COLUMN analytics.courier_performance.avg_stars IS 'Average rating given by customers, 1 to 5.';
COMMENT ON COLUMN analytics.courier_performance.earnings_amount IS 'Courier fees of all jobs plus tips of delivered orders, EUR.';

CREATE VIEW analytics.customer_order_summary AS
SELECT c.customer_id,
       c.email,
       c.phone,
       c.display_name,
       c.marketing_opt_in,
       c.is_deleted,
       c.signed_up_at,
       count(o.order_id) AS orders_count,
       count(o.order_id) FILTER (WHERE o.status = 'delivered') AS delivered_orders_count,
       coalesce(sum(o.total_amount) FILTER (WHERE o.status = 'delivered'), 0) AS lifetime_spend,
       min(o.placed_at) AS first_order_at,
       max(o.placed_at) AS last_order_at
  FROM app.customers c
  LEFT JOIN app.orders o ON o.customer_id = c.customer_id
 GROUP BY c.customer_id;
COMMENT ON VIEW analytics.customer_order_summary IS 'One row per app customer: orders placed and delivered, lifetime spend and first and last order. Reads app.customers and app.orders.';
COMMENT ON COLUMN analytics.customer_order_summary.email IS 'Login email of the app user (app.customers.email).';
COMMENT ON COLUMN analytics.customer_order_summary.phone IS 'Mobile number of the app user, E.164 (app.customers.phone).';
COMMENT ON COLUMN analytics.customer_order_summary.orders_count IS 'Orders placed, whatever their outcome.';
COMMENT ON COLUMN analytics.customer_order_summary.delivered_orders_count IS 'Orders delivered.';
COMMENT ON COLUMN analytics.customer_order_summary.lifetime_spend IS 'Total paid for delivered orders incl. fees and tips, EUR.';
COMMENT ON COLUMN analytics.customer_order_summary.first_order_at IS 'When the first order was placed.';
COMMENT ON COLUMN analytics.customer_order_summary.last_order_at IS 'When the latest order was placed.';

CREATE VIEW analytics.customer_segment AS
SELECT s.customer_id,
       s.email,
       s.phone,
       s.display_name,
       s.marketing_opt_in,
       s.is_deleted,
       s.delivered_orders_count,
       s.lifetime_spend,
       s.last_order_at,
       CASE WHEN s.orders_count = 0 THEN 'never_ordered'
            WHEN s.last_order_at < now() - interval '60 days' THEN 'dormant'
            WHEN s.delivered_orders_count >= 3 THEN 'vip'
            WHEN s.delivered_orders_count = 2 THEN 'regular'
            ELSE 'new'
       END AS segment
  FROM analytics.customer_order_summary s;
COMMENT ON VIEW analytics.customer_segment IS 'Marketing segment of each app customer: vip (3+ delivered orders), regular (2), new (1 or none delivered yet), dormant (no order in 60 days) or never_ordered. Built on analytics.customer_order_summary.';
COMMENT ON COLUMN analytics.customer_segment.segment IS 'vip, regular, new, dormant or never_ordered; recomputed on every read against the current date.';
COMMENT ON COLUMN analytics.customer_segment.email IS 'Login email of the app user.';

CREATE VIEW analytics.vip_customer_contact AS
SELECT g.customer_id,
       g.email,
       g.phone,
       g.display_name,
       g.delivered_orders_count,
       g.lifetime_spend
  FROM analytics.customer_segment g
 WHERE g.segment = 'vip' AND g.marketing_opt_in AND NOT g.is_deleted;
COMMENT ON VIEW analytics.vip_customer_contact IS 'Contact details (email, phone) of VIP app customers who opted in to marketing and were not erased; the audience of the VIP campaign. Built on analytics.customer_segment; contains personal data.';
COMMENT ON COLUMN analytics.vip_customer_contact.email IS 'Email to send the campaign to.';
COMMENT ON COLUMN analytics.vip_customer_contact.phone IS 'Mobile number for push or SMS, E.164.';

CREATE VIEW analytics.delivery_last_position AS
SELECT DISTINCT ON (e.delivery_id)
       e.delivery_id,
       e.event_at,
       e.event_type,
       e.latitude,
       e.longitude
  FROM ops.delivery_events e
 ORDER BY e.delivery_id, e.event_at DESC;
COMMENT ON VIEW analytics.delivery_last_position IS 'The latest tracking event of each delivery, with its GPS position; feeds the live map in the support tool. Reads the partitioned ops.delivery_events.';
COMMENT ON COLUMN analytics.delivery_last_position.event_at IS 'Time of the latest event.';
COMMENT ON COLUMN analytics.delivery_last_position.event_type IS 'Type of the latest event.';

CREATE MATERIALIZED VIEW analytics.merchant_daily_sales AS
SELECT m.merchant_code,
       m.name AS merchant_name,
       m.finance_account_number,
       (f.placed_at AT TIME ZONE 'Europe/Amsterdam')::date AS sales_date,
       count(*) AS delivered_orders,
       sum(f.items_subtotal) AS items_value,
       round(sum(f.items_subtotal) * m.commission_rate, 2) AS commission_amount
  FROM analytics.order_fulfilment f
  JOIN app.merchants m ON m.merchant_id = f.merchant_id
 WHERE f.order_status = 'delivered'
 GROUP BY m.merchant_id, (f.placed_at AT TIME ZONE 'Europe/Amsterdam')::date;
CREATE UNIQUE INDEX merchant_daily_sales_key ON analytics.merchant_daily_sales (merchant_code, sales_date);
COMMENT ON MATERIALIZED VIEW analytics.merchant_daily_sales IS 'Delivered orders, items value and commission per merchant and day (Amsterdam time); refreshed nightly, summed per month by finance for the commission invoice. Built on analytics.order_fulfilment and app.merchants.';
COMMENT ON COLUMN analytics.merchant_daily_sales.merchant_code IS 'Merchant code MER-nnnn.';
COMMENT ON COLUMN analytics.merchant_daily_sales.finance_account_number IS 'Finance customer account (FA-nnnnnn) the commission is invoiced to.';
COMMENT ON COLUMN analytics.merchant_daily_sales.sales_date IS 'Day the orders were placed, Amsterdam time.';
COMMENT ON COLUMN analytics.merchant_daily_sales.delivered_orders IS 'Orders delivered that day.';
COMMENT ON COLUMN analytics.merchant_daily_sales.items_value IS 'Items value of those orders, EUR incl. VAT.';
COMMENT ON COLUMN analytics.merchant_daily_sales.commission_amount IS 'Commission due: items value times the merchant''s commission rate, EUR.';

COMMIT;

ANALYZE;
