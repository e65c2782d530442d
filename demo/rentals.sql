-- Polder demo mesh: domain "rentals".
--
-- The operational store of a vehicle and equipment hire business with
-- branches in the Netherlands: branches, the fleet (cars, vans, trucks,
-- trailers, mini excavators), the people who rent them, rental orders
-- (booking + rental agreement), charges, damage and maintenance.
--
-- Schemas: public (operational tables), reporting (views for analysts).
-- Loaded by `npm start` into a fresh database; runs with
-- `psql -v ON_ERROR_STOP=1 -f demo/rentals.sql` and equally as one
-- multi-statement query string. Data is fixed (no random()), dated
-- September to December 2026, times in Europe/Amsterdam.

BEGIN;

CREATE SCHEMA reporting;

COMMENT ON SCHEMA public IS 'Rentals operational data: branches, fleet, renters, rental orders and their charges, written by the booking site, the counter application and the workshop system.';
COMMENT ON SCHEMA reporting IS 'Rentals reporting layer: read-only views over the operational tables, maintained by the rentals analytics team; the source of the rentals revenue and fleet utilisation data products.';

CREATE TYPE public.vehicle_category AS ENUM ('compact_car', 'estate_car', 'electric_car', 'van', 'truck', 'trailer', 'equipment');
COMMENT ON TYPE public.vehicle_category IS 'Fleet category a vehicle model is hired out under; sets the price band and, with the licence class, who may rent it.';

CREATE TYPE public.rental_status AS ENUM ('reserved', 'active', 'returned', 'cancelled', 'no_show');
COMMENT ON TYPE public.rental_status IS 'Lifecycle of a rental order: reserved (booked, not collected yet), active (vehicle out with the renter), returned (checked in and closed), cancelled (cancelled by the renter before pickup), no_show (not collected within two hours of the pickup time).';

-- ---------------------------------------------------------------- tables

CREATE TABLE public.branch (
    branch_id     integer PRIMARY KEY,
    branch_code   text NOT NULL,
    name          text NOT NULL,
    city          text NOT NULL,
    country_code  char(2) NOT NULL DEFAULT 'NL',
    is_airport    boolean NOT NULL DEFAULT false,
    opened_on     date NOT NULL,
    closed_on     date,
    is_active     boolean GENERATED ALWAYS AS (closed_on IS NULL) STORED,
    CONSTRAINT branch_code_key UNIQUE (branch_code),
    CONSTRAINT branch_code_format CHECK (branch_code ~ '^[A-Z]{3}[0-9]{2}$'),
    CONSTRAINT branch_closed_after_opened CHECK (closed_on IS NULL OR closed_on > opened_on)
);
COMMENT ON TABLE public.branch IS 'A rental branch (station) where renters collect and return vehicles. Every vehicle has a home branch; one-way rentals end at another branch.';
COMMENT ON COLUMN public.branch.branch_id IS 'Surrogate key of the branch.';
COMMENT ON COLUMN public.branch.branch_code IS 'Public branch code: IATA-style city code plus a two-digit number (AMS02 = Amsterdam Schiphol). Printed on rental agreements and used by finance as the revenue cost centre.';
COMMENT ON COLUMN public.branch.name IS 'Display name of the branch shown on the booking site.';
COMMENT ON COLUMN public.branch.city IS 'City the branch is in.';
COMMENT ON COLUMN public.branch.country_code IS 'ISO 3166-1 alpha-2 country code of the branch.';
COMMENT ON COLUMN public.branch.is_airport IS 'True for airport branches, which add an airport surcharge and open 24/7.';
COMMENT ON COLUMN public.branch.opened_on IS 'Date the branch started handing out vehicles.';
COMMENT ON COLUMN public.branch.closed_on IS 'Date the branch closed for good; NULL while it operates.';
COMMENT ON COLUMN public.branch.is_active IS 'Derived: true while the branch has no closing date.';

CREATE TABLE public.customer (
    customer_id               integer PRIMARY KEY,
    email                     text NOT NULL,
    full_name                 text NOT NULL,
    phone                     text,
    date_of_birth             date NOT NULL,
    driver_licence_number     text NOT NULL,
    driver_licence_country    char(2) NOT NULL,
    driver_licence_expires_on date NOT NULL,
    loyalty_tier              text NOT NULL DEFAULT 'basic',
    billing_account_number    text,
    marketing_opt_in          boolean NOT NULL DEFAULT false,
    created_at                timestamptz NOT NULL,
    CONSTRAINT customer_email_key UNIQUE (email),
    CONSTRAINT customer_driver_licence_key UNIQUE (driver_licence_country, driver_licence_number),
    CONSTRAINT customer_email_lower_case CHECK (email = lower(email)),
    CONSTRAINT customer_phone_e164 CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    CONSTRAINT customer_loyalty_tier CHECK (loyalty_tier IN ('basic', 'silver', 'gold')),
    CONSTRAINT customer_billing_account_format CHECK (billing_account_number ~ '^FA-[0-9]{6}$')
);
COMMENT ON TABLE public.customer IS 'A renter: a person who books and drives our vehicles, identified by customer_id and by email. Not the same as a finance customer account (who pays) nor a delivery app user; corporate renters point to the finance account that is invoiced.';
COMMENT ON COLUMN public.customer.customer_id IS 'Renter number, printed on every rental agreement.';
COMMENT ON COLUMN public.customer.email IS 'Login and contact email of the renter, lower case, unique; the key that matches a renter to a delivery app user or a finance billing contact.';
COMMENT ON COLUMN public.customer.full_name IS 'Name of the renter as on the driving licence.';
COMMENT ON COLUMN public.customer.phone IS 'Mobile number of the renter in E.164 format, used for pickup reminders.';
COMMENT ON COLUMN public.customer.date_of_birth IS 'Date of birth; renters under 25 pay a young-driver fee and may not rent trucks.';
COMMENT ON COLUMN public.customer.driver_licence_number IS 'Driving licence document number, checked at the counter at every pickup.';
COMMENT ON COLUMN public.customer.driver_licence_country IS 'ISO 3166-1 alpha-2 code of the country that issued the driving licence.';
COMMENT ON COLUMN public.customer.driver_licence_expires_on IS 'Expiry date of the driving licence; a rental cannot start after it.';
COMMENT ON COLUMN public.customer.loyalty_tier IS 'Loyalty programme tier: basic, silver (5+ rentals a year) or gold (15+); gold renters get a 10% discount.';
COMMENT ON COLUMN public.customer.billing_account_number IS 'Finance account number (FA-nnnnnn) invoiced for this renter''s rentals when they rent for an employer; NULL when the renter pays by card at the counter.';
COMMENT ON COLUMN public.customer.marketing_opt_in IS 'True if the renter agreed to receive offers by email.';
COMMENT ON COLUMN public.customer.created_at IS 'When the renter profile was created (first booking or counter registration).';

CREATE TABLE public.vehicle_model (
    model_id        integer PRIMARY KEY,
    manufacturer    text NOT NULL,
    model_name      text NOT NULL,
    category        public.vehicle_category NOT NULL,
    fuel_type       text,
    transmission    text,
    seats           smallint,
    licence_class   text NOT NULL,
    daily_rate      numeric(8,2) NOT NULL,
    deposit_amount  numeric(8,2) NOT NULL,
    CONSTRAINT vehicle_model_name_key UNIQUE (manufacturer, model_name),
    CONSTRAINT vehicle_model_fuel_type CHECK (fuel_type IN ('petrol', 'diesel', 'hybrid', 'electric')),
    CONSTRAINT vehicle_model_transmission CHECK (transmission IN ('manual', 'automatic')),
    CONSTRAINT vehicle_model_seats CHECK (seats BETWEEN 1 AND 9),
    CONSTRAINT vehicle_model_licence_class CHECK (licence_class IN ('B', 'BE', 'C1', 'none')),
    CONSTRAINT vehicle_model_daily_rate_positive CHECK (daily_rate > 0),
    CONSTRAINT vehicle_model_deposit_not_negative CHECK (deposit_amount >= 0)
);
COMMENT ON TABLE public.vehicle_model IS 'A rentable model in the price list (make, model, category, daily rate, deposit). Renters book a model; the counter assigns a vehicle of that model.';
COMMENT ON COLUMN public.vehicle_model.model_id IS 'Surrogate key of the model.';
COMMENT ON COLUMN public.vehicle_model.manufacturer IS 'Make, e.g. Volkswagen, Iveco, Kubota.';
COMMENT ON COLUMN public.vehicle_model.model_name IS 'Model designation as shown on the booking site.';
COMMENT ON COLUMN public.vehicle_model.category IS 'Fleet category the model is hired out under.';
COMMENT ON COLUMN public.vehicle_model.fuel_type IS 'Energy source: petrol, diesel, hybrid or electric; NULL for unpowered trailers.';
COMMENT ON COLUMN public.vehicle_model.transmission IS 'Manual or automatic gearbox; NULL for trailers and equipment.';
COMMENT ON COLUMN public.vehicle_model.seats IS 'Number of seats including the driver; NULL for trailers and equipment.';
COMMENT ON COLUMN public.vehicle_model.licence_class IS 'Driving licence class required: B (car), BE (car with heavy trailer), C1 (truck up to 7.5 t) or none (equipment, transported by us).';
COMMENT ON COLUMN public.vehicle_model.daily_rate IS 'List price per started 24 hours, in EUR including 21% VAT.';
COMMENT ON COLUMN public.vehicle_model.deposit_amount IS 'Amount blocked on the renter''s card at pickup and released after check-in, in EUR.';

CREATE TABLE public.vehicle (
    vehicle_id      integer PRIMARY KEY,
    asset_tag       text NOT NULL,
    model_id        integer NOT NULL REFERENCES public.vehicle_model (model_id),
    home_branch_id  integer NOT NULL REFERENCES public.branch (branch_id),
    license_plate   text,
    vin             char(17),
    colour          text,
    odometer_km     integer,
    acquired_on     date NOT NULL,
    status          text NOT NULL DEFAULT 'available',
    CONSTRAINT vehicle_asset_tag_key UNIQUE (asset_tag),
    CONSTRAINT vehicle_license_plate_key UNIQUE (license_plate),
    CONSTRAINT vehicle_vin_key UNIQUE (vin),
    CONSTRAINT vehicle_odometer_not_negative CHECK (odometer_km >= 0),
    CONSTRAINT vehicle_status CHECK (status IN ('available', 'on_rent', 'in_maintenance', 'retired'))
);
CREATE INDEX vehicle_model_id_idx ON public.vehicle (model_id);
COMMENT ON TABLE public.vehicle IS 'A physical unit of the fleet (car, van, truck, trailer or mini excavator), with its plate, VIN, home branch and current status.';
COMMENT ON COLUMN public.vehicle.vehicle_id IS 'Surrogate key of the vehicle.';
COMMENT ON COLUMN public.vehicle.asset_tag IS 'Fleet asset tag (RV-nnnn) stuck on the unit; the key the workshop and the counter use.';
COMMENT ON COLUMN public.vehicle.model_id IS 'The model this unit is, and so its category and price.';
COMMENT ON COLUMN public.vehicle.home_branch_id IS 'Branch the unit belongs to and is returned to after one-way rentals.';
COMMENT ON COLUMN public.vehicle.license_plate IS 'Dutch registration plate; NULL for equipment that is not road-registered.';
COMMENT ON COLUMN public.vehicle.vin IS 'Vehicle identification number (17 characters); NULL for equipment, which carries a serial number on the asset tag.';
COMMENT ON COLUMN public.vehicle.colour IS 'Body colour, to help renters find the unit in the car park.';
COMMENT ON COLUMN public.vehicle.odometer_km IS 'Odometer reading at the last check-in, in km; NULL for trailers and equipment.';
COMMENT ON COLUMN public.vehicle.acquired_on IS 'Date the unit joined the fleet (purchase or lease start).';
COMMENT ON COLUMN public.vehicle.status IS 'Current availability: available, on_rent, in_maintenance or retired (sold or off lease).';

CREATE TABLE public.rental_order (
    rental_order_id   integer PRIMARY KEY,
    order_number      text NOT NULL,
    customer_id       integer NOT NULL REFERENCES public.customer (customer_id),
    vehicle_id        integer NOT NULL REFERENCES public.vehicle (vehicle_id),
    pickup_branch_id  integer NOT NULL REFERENCES public.branch (branch_id),
    return_branch_id  integer NOT NULL REFERENCES public.branch (branch_id),
    status            public.rental_status NOT NULL DEFAULT 'reserved',
    booking_channel   text NOT NULL,
    booked_at         timestamptz NOT NULL,
    pickup_at         timestamptz NOT NULL,
    due_back_at       timestamptz NOT NULL,
    picked_up_at      timestamptz,
    returned_at       timestamptz,
    odometer_out_km   integer,
    odometer_in_km    integer,
    quoted_amount     numeric(10,2) NOT NULL,
    currency          char(3) NOT NULL DEFAULT 'EUR',
    CONSTRAINT rental_order_number_key UNIQUE (order_number),
    CONSTRAINT rental_order_number_format CHECK (order_number ~ '^RO-[0-9]{4}-[0-9]{6}$'),
    CONSTRAINT rental_order_booking_channel CHECK (booking_channel IN ('web', 'app', 'counter', 'partner')),
    CONSTRAINT rental_order_period CHECK (due_back_at > pickup_at AND booked_at <= pickup_at),
    CONSTRAINT rental_order_return_after_pickup CHECK (returned_at IS NULL OR returned_at > picked_up_at),
    CONSTRAINT rental_order_odometer CHECK (odometer_in_km IS NULL OR odometer_in_km >= odometer_out_km),
    CONSTRAINT rental_order_quoted_not_negative CHECK (quoted_amount >= 0)
);
CREATE INDEX rental_order_customer_id_idx ON public.rental_order (customer_id);
CREATE INDEX rental_order_vehicle_id_idx ON public.rental_order (vehicle_id);
COMMENT ON TABLE public.rental_order IS 'A rental order: the booking and, once the vehicle is collected, the rental agreement. One renter, one vehicle, one period. Its order_number is what finance quotes on invoices (source_reference).';
COMMENT ON COLUMN public.rental_order.rental_order_id IS 'Surrogate key of the rental order.';
COMMENT ON COLUMN public.rental_order.order_number IS 'Public rental order number RO-yyyy-nnnnnn, printed on the agreement and quoted by finance on the invoice.';
COMMENT ON COLUMN public.rental_order.customer_id IS 'The renter who booked and drives.';
COMMENT ON COLUMN public.rental_order.vehicle_id IS 'The unit assigned to the order.';
COMMENT ON COLUMN public.rental_order.pickup_branch_id IS 'Branch where the renter collects the vehicle.';
COMMENT ON COLUMN public.rental_order.return_branch_id IS 'Branch where the vehicle is to be returned; differs from the pickup branch for one-way rentals, which carry a one-way fee.';
COMMENT ON COLUMN public.rental_order.status IS 'Where the order is in its lifecycle (reserved, active, returned, cancelled, no_show).';
COMMENT ON COLUMN public.rental_order.booking_channel IS 'Where the booking was made: web, app, counter or partner (travel agents, airline sites).';
COMMENT ON COLUMN public.rental_order.booked_at IS 'When the booking was made.';
COMMENT ON COLUMN public.rental_order.pickup_at IS 'Agreed pickup time.';
COMMENT ON COLUMN public.rental_order.due_back_at IS 'Agreed return time; returning more than 59 minutes later costs a late-return fee.';
COMMENT ON COLUMN public.rental_order.picked_up_at IS 'When the vehicle actually left the branch; NULL until pickup.';
COMMENT ON COLUMN public.rental_order.returned_at IS 'When the vehicle was checked in; NULL until return.';
COMMENT ON COLUMN public.rental_order.odometer_out_km IS 'Odometer at pickup, in km; NULL for trailers and equipment.';
COMMENT ON COLUMN public.rental_order.odometer_in_km IS 'Odometer at check-in, in km.';
COMMENT ON COLUMN public.rental_order.quoted_amount IS 'Price quoted at booking for the base rate (days times daily rate), EUR incl. VAT; extras are billed as rental charges.';
COMMENT ON COLUMN public.rental_order.currency IS 'ISO 4217 currency of all amounts on the order.';

CREATE TABLE public.rental_charge (
    rental_charge_id  integer PRIMARY KEY,
    rental_order_id   integer NOT NULL REFERENCES public.rental_order (rental_order_id),
    charge_type       text NOT NULL,
    description       text NOT NULL,
    quantity          numeric(6,2) NOT NULL DEFAULT 1,
    unit_amount       numeric(10,2) NOT NULL,
    amount            numeric(10,2) NOT NULL GENERATED ALWAYS AS (round(quantity * unit_amount, 2)) STORED,
    charged_at        timestamptz NOT NULL,
    CONSTRAINT rental_charge_type CHECK (charge_type IN ('base_rate', 'insurance', 'one_way_fee', 'late_return', 'fuel', 'cleaning', 'damage', 'no_show_fee', 'discount')),
    CONSTRAINT rental_charge_quantity_positive CHECK (quantity > 0),
    CONSTRAINT rental_charge_sign CHECK ((charge_type = 'discount') = (unit_amount < 0))
);
CREATE INDEX rental_charge_rental_order_id_idx ON public.rental_charge (rental_order_id);
COMMENT ON TABLE public.rental_charge IS 'One billable line of a rental order: the base rate, insurance, one-way and late-return fees, fuel, cleaning, damage, no-show fee or a (negative) discount. The sum of an order''s charges is its rental revenue.';
COMMENT ON COLUMN public.rental_charge.rental_charge_id IS 'Surrogate key of the charge.';
COMMENT ON COLUMN public.rental_charge.rental_order_id IS 'The rental order the charge is billed on.';
COMMENT ON COLUMN public.rental_charge.charge_type IS 'Kind of charge; base_rate is the hire itself, discount lines are negative.';
COMMENT ON COLUMN public.rental_charge.description IS 'Text printed on the agreement and the invoice line.';
COMMENT ON COLUMN public.rental_charge.quantity IS 'Number of units charged (days, litres, hours, pieces).';
COMMENT ON COLUMN public.rental_charge.unit_amount IS 'Price per unit in EUR incl. 21% VAT; negative for discounts.';
COMMENT ON COLUMN public.rental_charge.amount IS 'Derived: quantity times unit amount, rounded to cents; EUR incl. VAT.';
COMMENT ON COLUMN public.rental_charge.charged_at IS 'When the charge was added (booking, pickup or check-in).';

CREATE TABLE public.damage_report (
    damage_report_id       integer PRIMARY KEY,
    rental_order_id        integer NOT NULL REFERENCES public.rental_order (rental_order_id),
    vehicle_id             integer NOT NULL REFERENCES public.vehicle (vehicle_id),
    reported_at            timestamptz NOT NULL,
    severity               text NOT NULL,
    damaged_part           text NOT NULL,
    description            text NOT NULL,
    estimated_repair_cost  numeric(10,2) NOT NULL,
    customer_liable        boolean NOT NULL,
    resolved_at            timestamptz,
    CONSTRAINT damage_report_severity CHECK (severity IN ('cosmetic', 'minor', 'major', 'total_loss')),
    CONSTRAINT damage_report_cost_not_negative CHECK (estimated_repair_cost >= 0)
);
COMMENT ON TABLE public.damage_report IS 'Damage found on a vehicle at check-in or reported by the renter during a rental, with the repair estimate and whether the renter is liable (and so charged).';
COMMENT ON COLUMN public.damage_report.damage_report_id IS 'Surrogate key of the damage report.';
COMMENT ON COLUMN public.damage_report.rental_order_id IS 'The rental during which the damage happened.';
COMMENT ON COLUMN public.damage_report.vehicle_id IS 'The damaged unit.';
COMMENT ON COLUMN public.damage_report.reported_at IS 'When the damage was recorded.';
COMMENT ON COLUMN public.damage_report.severity IS 'cosmetic (no repair needed to rent), minor, major (unit off the road) or total_loss.';
COMMENT ON COLUMN public.damage_report.damaged_part IS 'Part of the vehicle that is damaged, e.g. rear bumper, tail lift.';
COMMENT ON COLUMN public.damage_report.description IS 'What the branch staff saw, in their words.';
COMMENT ON COLUMN public.damage_report.estimated_repair_cost IS 'Workshop estimate of the repair in EUR excl. VAT.';
COMMENT ON COLUMN public.damage_report.customer_liable IS 'True if the renter is liable; their deductible is then billed as a damage charge.';
COMMENT ON COLUMN public.damage_report.resolved_at IS 'When the repair was done or the claim closed; NULL while open.';

CREATE TABLE public.maintenance_event (
    maintenance_event_id  integer PRIMARY KEY,
    vehicle_id            integer NOT NULL REFERENCES public.vehicle (vehicle_id),
    damage_report_id      integer REFERENCES public.damage_report (damage_report_id),
    kind                  text NOT NULL,
    workshop              text NOT NULL,
    started_at            timestamptz NOT NULL,
    completed_at          timestamptz,
    odometer_km           integer,
    cost_amount           numeric(10,2) NOT NULL DEFAULT 0,
    CONSTRAINT maintenance_event_kind CHECK (kind IN ('scheduled_service', 'tyre_change', 'inspection', 'repair')),
    CONSTRAINT maintenance_event_repair_has_damage CHECK (kind <> 'repair' OR damage_report_id IS NOT NULL),
    CONSTRAINT maintenance_event_period CHECK (completed_at IS NULL OR completed_at >= started_at),
    CONSTRAINT maintenance_event_cost_not_negative CHECK (cost_amount >= 0)
);
COMMENT ON TABLE public.maintenance_event IS 'Time a vehicle spends in the workshop: scheduled service, seasonal tyre change, periodic roadworthiness inspection (APK) or repair of a reported damage.';
COMMENT ON COLUMN public.maintenance_event.maintenance_event_id IS 'Surrogate key of the workshop visit.';
COMMENT ON COLUMN public.maintenance_event.vehicle_id IS 'The unit in the workshop.';
COMMENT ON COLUMN public.maintenance_event.damage_report_id IS 'The damage report a repair fixes; required for repairs, NULL otherwise.';
COMMENT ON COLUMN public.maintenance_event.kind IS 'scheduled_service, tyre_change, inspection (APK) or repair.';
COMMENT ON COLUMN public.maintenance_event.workshop IS 'Workshop that did the work (own workshop or dealer).';
COMMENT ON COLUMN public.maintenance_event.started_at IS 'When the unit went off rent for the work.';
COMMENT ON COLUMN public.maintenance_event.completed_at IS 'When the unit was back in service; NULL while in the workshop.';
COMMENT ON COLUMN public.maintenance_event.odometer_km IS 'Odometer at the start of the work, in km.';
COMMENT ON COLUMN public.maintenance_event.cost_amount IS 'Invoiced cost of the work in EUR excl. VAT.';

-- ------------------------------------------------------------------ data

INSERT INTO public.branch (branch_id, branch_code, name, city, is_airport, opened_on, closed_on) VALUES
    (1, 'AMS01', 'Amsterdam Centraal', 'Amsterdam', false, '2014-03-01', NULL),
    (2, 'AMS02', 'Amsterdam Schiphol Airport', 'Haarlemmermeer', true, '2016-05-15', NULL),
    (3, 'RTM01', 'Rotterdam Zuid', 'Rotterdam', false, '2015-09-01', NULL),
    (4, 'UTR01', 'Utrecht Leidsche Rijn', 'Utrecht', false, '2018-02-12', NULL),
    (5, 'EIN01', 'Eindhoven Airport', 'Eindhoven', true, '2019-06-03', NULL),
    (6, 'GRQ01', 'Groningen Europapark', 'Groningen', false, '2020-04-01', '2025-12-31');

INSERT INTO public.customer (customer_id, email, full_name, phone, date_of_birth, driver_licence_number, driver_licence_country, driver_licence_expires_on, loyalty_tier, billing_account_number, marketing_opt_in, created_at) VALUES
    (1, 'anna.devries@example.nl', 'Anna de Vries', '+31612340001', '1988-04-12', '5123456781', 'NL', '2031-04-12', 'silver', NULL, true, '2021-06-02 18:22:10+02'),
    (2, 'bram.jansen@example.nl', 'Bram Jansen', '+31612340002', '1993-11-03', '5123456782', 'NL', '2033-11-03', 'gold', NULL, true, '2019-03-14 09:05:44+01'),
    (3, 'chloe.martin@example.fr', 'Chloé Martin', '+33612340003', '1990-07-21', '13AB45678', 'FR', '2035-07-21', 'basic', NULL, false, '2026-08-30 20:41:03+02'),
    (4, 'daan.bakker@example.nl', 'Daan Bakker', '+31612340004', '1979-02-28', '5123456784', 'NL', '2029-02-28', 'gold', 'FA-200201', false, '2017-10-09 07:48:00+02'),
    (5, 'emma.visser@example.nl', 'Emma Visser', '+31612340005', '1996-09-09', '5123456785', 'NL', '2036-09-09', 'basic', NULL, true, '2024-05-18 13:30:12+02'),
    (6, 'finn.smit@example.nl', 'Finn Smit', '+31612340006', '1985-01-17', '5123456786', 'NL', '2030-01-17', 'silver', NULL, false, '2022-02-01 11:11:11+01'),
    (7, 'greta.mueller@example.de', 'Greta Müller', '+4915112340007', '1982-05-30', 'B072RRE2I55', 'DE', '2033-01-19', 'basic', NULL, false, '2025-07-07 16:20:00+02'),
    (8, 'hugo.meijer@example.nl', 'Hugo Meijer', '+31612340008', '1991-12-24', '5123456788', 'NL', '2031-12-24', 'silver', 'FA-200201', false, '2023-01-09 08:15:31+01'),
    (9, 'isa.deboer@example.nl', 'Isa de Boer', '+31612340009', '2001-03-05', '5123456789', 'NL', '2036-03-05', 'basic', NULL, true, '2025-04-22 19:02:57+02'),
    (10, 'james.walker@example.co.uk', 'James Walker', '+447700900010', '1975-08-14', 'WALKE708145J99AB', 'GB', '2030-08-14', 'basic', NULL, false, '2026-07-01 22:14:09+02'),
    (11, 'kim.mulder@example.nl', 'Kim Mulder', '+31612340011', '1987-10-10', '5123456791', 'NL', '2032-10-10', 'gold', 'FA-200202', true, '2018-04-03 10:00:00+02'),
    (12, 'lars.degroot@example.nl', 'Lars de Groot', '+31612340012', '1999-06-18', '5123456792', 'NL', '2034-06-18', 'basic', NULL, false, '2026-02-11 12:45:03+01'),
    (13, 'mila.bos@example.nl', 'Mila Bos', '+31612340013', '1994-02-02', '5123456793', 'NL', '2034-02-02', 'silver', NULL, true, '2022-09-29 17:37:41+02'),
    (14, 'noah.vos@example.nl', 'Noah Vos', '+31612340014', '1989-12-01', '5123456794', 'NL', '2029-12-01', 'basic', NULL, false, '2024-11-30 09:09:09+01'),
    (15, 'olivia.peters@example.nl', 'Olivia Peters', '+31612340015', '1983-07-07', '5123456795', 'NL', '2033-07-07', 'silver', NULL, true, '2020-08-16 14:00:27+02'),
    (16, 'pieter.hendriks@example.nl', 'Pieter Hendriks', '+31612340016', '1972-03-19', '5123456796', 'NL', '2027-03-19', 'gold', 'FA-200203', false, '2016-11-21 08:30:00+01');

INSERT INTO public.vehicle_model (model_id, manufacturer, model_name, category, fuel_type, transmission, seats, licence_class, daily_rate, deposit_amount) VALUES
    (1, 'Volkswagen', 'Polo 1.0 TSI', 'compact_car', 'petrol', 'manual', 5, 'B', 39.00, 300.00),
    (2, 'Toyota', 'Corolla Touring Sports Hybrid', 'estate_car', 'hybrid', 'automatic', 5, 'B', 55.00, 400.00),
    (3, 'Tesla', 'Model 3 Long Range', 'electric_car', 'electric', 'automatic', 5, 'B', 89.00, 750.00),
    (4, 'Ford', 'Transit Custom L2', 'van', 'diesel', 'manual', 3, 'B', 79.00, 500.00),
    (5, 'Mercedes-Benz', 'Sprinter 317 L3H2', 'van', 'diesel', 'automatic', 3, 'B', 99.00, 600.00),
    (6, 'Iveco', 'Daily 70C18 box truck with tail lift', 'truck', 'diesel', 'automatic', 3, 'C1', 139.00, 1000.00),
    (7, 'Brenderup', '2260 S braked trailer 1300 kg', 'trailer', NULL, NULL, NULL, 'BE', 25.00, 150.00),
    (8, 'Kubota', 'U10-5 mini excavator', 'equipment', 'diesel', NULL, NULL, 'none', 149.00, 1500.00);

INSERT INTO public.vehicle (vehicle_id, asset_tag, model_id, home_branch_id, license_plate, vin, colour, odometer_km, acquired_on, status) VALUES
    (1, 'RV-0001', 1, 1, 'R-501-KB', 'WVWZZZAWZRY000101', 'white', 19012, '2024-03-15', 'available'),
    (2, 'RV-0002', 1, 2, 'R-502-KB', 'WVWZZZAWZRY000102', 'grey', 21030, '2024-03-15', 'available'),
    (3, 'RV-0003', 1, 3, 'S-114-JD', 'WVWZZZAWZSY000103', 'blue', 10395, '2025-02-01', 'available'),
    (4, 'RV-0004', 2, 2, 'S-220-TX', 'SB1Z93BE40E000104', 'silver', 31410, '2024-09-01', 'available'),
    (5, 'RV-0005', 2, 4, 'S-221-TX', 'SB1Z93BE40E000105', 'black', 29190, '2024-09-01', 'available'),
    (6, 'RV-0006', 3, 1, 'T-703-FN', '5YJ3E7EB0SF000106', 'white', 15870, '2025-04-10', 'available'),
    (7, 'RV-0007', 3, 2, 'T-704-FN', '5YJ3E7EB0SF000107', 'red', 13510, '2025-04-10', 'on_rent'),
    (8, 'RV-0008', 4, 1, 'VKN-21-P', 'WF0YXXTTGYPA00108', 'white', 41445, '2023-06-20', 'available'),
    (9, 'RV-0009', 4, 3, 'VKN-22-P', 'WF0YXXTTGYPA00109', 'white', 39050, '2023-06-20', 'on_rent'),
    (10, 'RV-0010', 4, 4, 'VLB-07-T', 'WF0YXXTTGYRA00110', 'white', 22505, '2024-05-02', 'available'),
    (11, 'RV-0011', 5, 3, 'VND-45-R', 'W1V9076351P000111', 'white', 58120, '2022-11-30', 'available'),
    (12, 'RV-0012', 5, 5, 'VND-46-R', 'W1V9076351P000112', 'white', 50220, '2022-11-30', 'available'),
    (13, 'RV-0013', 6, 3, 'BX-512-K', 'ZCFC770D00D000113', 'white', 79060, '2021-08-16', 'on_rent'),
    (14, 'RV-0014', 6, 4, 'BX-513-K', 'ZCFC770D00D000114', 'white', 72075, '2021-08-16', 'available'),
    (15, 'RV-0015', 7, 4, 'WX-18-JD', 'YA9226S00RB000115', 'grey', NULL, '2024-04-04', 'available'),
    (16, 'RV-0016', 7, 5, 'WX-19-JD', 'YA9226S00RB000116', 'grey', NULL, '2024-04-04', 'available'),
    (17, 'RV-0017', 8, 3, NULL, NULL, 'orange', NULL, '2023-03-01', 'available'),
    (18, 'RV-0018', 8, 4, NULL, NULL, 'orange', NULL, '2024-03-01', 'available'),
    (19, 'RV-0019', 1, 5, 'P-977-LZ', 'WVWZZZAWZNY000119', 'white', 121400, '2021-01-10', 'retired'),
    (20, 'RV-0020', 2, 5, 'S-222-TX', 'SB1Z93BE40E000120', 'blue', 33150, '2024-09-01', 'in_maintenance');

INSERT INTO public.rental_order (rental_order_id, order_number, customer_id, vehicle_id, pickup_branch_id, return_branch_id, status, booking_channel, booked_at, pickup_at, due_back_at, picked_up_at, returned_at, odometer_out_km, odometer_in_km, quoted_amount) VALUES
    (101, 'RO-2026-000101', 2, 1, 1, 1, 'returned', 'web', '2026-08-28 14:12:00+02', '2026-09-02 09:00:00+02', '2026-09-05 09:00:00+02', '2026-09-02 09:10:00+02', '2026-09-05 07:00:00+02', 18450, 18862, 117.00),
    (102, 'RO-2026-000102', 3, 4, 2, 2, 'returned', 'partner', '2026-08-30 20:45:00+02', '2026-09-03 11:30:00+02', '2026-09-08 11:30:00+02', '2026-09-03 11:43:00+02', '2026-09-08 12:00:00+02', 30520, 31410, 275.00),
    (103, 'RO-2026-000103', 1, 6, 1, 1, 'returned', 'app', '2026-09-01 08:05:00+02', '2026-09-05 10:00:00+02', '2026-09-07 10:00:00+02', '2026-09-05 10:16:00+02', '2026-09-07 09:00:00+02', 15200, 15460, 178.00),
    (104, 'RO-2026-000104', 4, 11, 3, 3, 'returned', 'counter', '2026-09-01 07:30:00+02', '2026-09-01 07:45:00+02', '2026-09-08 07:45:00+02', '2026-09-01 08:04:00+02', '2026-09-08 07:45:00+02', 56020, 57260, 693.00),
    (105, 'RO-2026-000105', 7, 7, 2, 1, 'returned', 'web', '2026-09-04 21:10:00+02', '2026-09-10 14:00:00+02', '2026-09-14 14:00:00+02', '2026-09-10 14:07:00+02', '2026-09-14 14:15:00+02', 12980, 13510, 356.00),
    (106, 'RO-2026-000106', 6, 17, 3, 3, 'returned', 'counter', '2026-09-11 08:00:00+02', '2026-09-12 07:30:00+02', '2026-09-14 07:30:00+02', '2026-09-12 07:40:00+02', '2026-09-14 07:00:00+02', NULL, NULL, 298.00),
    (107, 'RO-2026-000107', 11, 13, 3, 3, 'returned', 'web', '2026-09-08 16:44:00+02', '2026-09-15 08:00:00+02', '2026-09-19 08:00:00+02', '2026-09-15 08:13:00+02', '2026-09-19 08:45:00+02', 78450, 79060, 556.00),
    (108, 'RO-2026-000108', 10, 2, 2, 2, 'cancelled', 'partner', '2026-09-05 10:02:00+02', '2026-09-18 10:00:00+02', '2026-09-21 10:00:00+02', NULL, NULL, NULL, NULL, 117.00),
    (109, 'RO-2026-000109', 13, 15, 4, 4, 'returned', 'app', '2026-09-19 12:30:00+02', '2026-09-20 09:00:00+02', '2026-09-21 09:00:00+02', '2026-09-20 09:19:00+02', '2026-09-21 08:00:00+02', NULL, NULL, 25.00),
    (110, 'RO-2026-000110', 9, 8, 1, 1, 'returned', 'app', '2026-09-24 19:55:00+02', '2026-09-26 08:00:00+02', '2026-09-27 08:00:00+02', '2026-09-26 08:07:00+02', '2026-09-27 13:00:00+02', 41300, 41445, 79.00),
    (111, 'RO-2026-000111', 12, 9, 3, 3, 'returned', 'web', '2026-09-27 10:20:00+02', '2026-10-03 09:00:00+02', '2026-10-05 09:00:00+02', '2026-10-03 09:10:00+02', '2026-10-05 08:30:00+02', 38870, 39050, 158.00),
    (112, 'RO-2026-000112', 16, 14, 4, 3, 'returned', 'counter', '2026-10-01 16:00:00+02', '2026-10-02 07:30:00+02', '2026-10-05 07:30:00+02', '2026-10-02 07:43:00+02', '2026-10-05 07:00:00+02', 71200, 71655, 417.00),
    (113, 'RO-2026-000113', 14, 3, 3, 3, 'returned', 'web', '2026-10-02 22:03:00+02', '2026-10-09 12:00:00+02', '2026-10-13 12:00:00+02', '2026-10-09 12:16:00+02', '2026-10-13 10:30:00+02', 9875, 10395, 156.00),
    (114, 'RO-2026-000114', 5, 5, 4, 4, 'returned', 'web', '2026-09-20 11:11:00+02', '2026-10-10 10:00:00+02', '2026-10-16 10:00:00+02', '2026-10-10 10:19:00+02', '2026-10-16 09:00:00+02', 27760, 29190, 330.00),
    (115, 'RO-2026-000115', 15, 12, 5, 5, 'returned', 'app', '2026-10-12 08:37:00+02', '2026-10-17 09:00:00+02', '2026-10-19 09:00:00+02', '2026-10-17 09:07:00+02', '2026-10-19 09:00:00+02', 49880, 50220, 198.00),
    (116, 'RO-2026-000116', 5, 10, 4, 4, 'returned', 'app', '2026-10-15 20:15:00+02', '2026-10-18 08:00:00+02', '2026-10-19 08:00:00+02', '2026-10-18 08:10:00+02', '2026-10-19 08:20:00+02', 22410, 22505, 79.00),
    (117, 'RO-2026-000117', 7, 4, 2, 2, 'no_show', 'partner', '2026-10-10 13:00:00+02', '2026-10-21 15:00:00+02', '2026-10-24 15:00:00+02', NULL, NULL, NULL, NULL, 165.00),
    (118, 'RO-2026-000118', 8, 11, 3, 3, 'returned', 'counter', '2026-10-15 17:20:00+02', '2026-10-16 07:00:00+02', '2026-10-21 07:00:00+02', '2026-10-16 07:16:00+02', '2026-10-21 06:30:00+02', 57260, 58120, 495.00),
    (119, 'RO-2026-000119', 2, 6, 1, 1, 'returned', 'app', '2026-10-20 09:45:00+02', '2026-10-24 18:00:00+02', '2026-10-27 18:00:00+01', '2026-10-24 18:19:00+02', '2026-10-27 18:00:00+01', 15460, 15870, 267.00),
    (120, 'RO-2026-000120', 3, 1, 1, 2, 'returned', 'web', '2026-10-25 19:30:00+01', '2026-10-29 09:30:00+01', '2026-10-31 09:30:00+01', '2026-10-29 09:37:00+01', '2026-10-31 09:30:00+01', 18862, 19012, 78.00),
    (121, 'RO-2026-000121', 11, 14, 4, 4, 'returned', 'web', '2026-10-28 15:05:00+01', '2026-11-03 08:00:00+01', '2026-11-06 08:00:00+01', '2026-11-03 08:10:00+01', '2026-11-06 08:10:00+01', 71655, 72075, 417.00),
    (122, 'RO-2026-000122', 1, 16, 5, 5, 'returned', 'app', '2026-11-06 18:40:00+01', '2026-11-07 10:00:00+01', '2026-11-08 10:00:00+01', '2026-11-07 10:13:00+01', '2026-11-08 08:00:00+01', NULL, NULL, 25.00),
    (123, 'RO-2026-000123', 13, 18, 4, 4, 'returned', 'counter', '2026-11-10 14:00:00+01', '2026-11-12 07:30:00+01', '2026-11-15 07:30:00+01', '2026-11-12 07:46:00+01', '2026-11-15 06:30:00+01', NULL, NULL, 447.00),
    (124, 'RO-2026-000124', 6, 8, 1, 1, 'cancelled', 'web', '2026-11-02 12:12:00+01', '2026-11-14 09:00:00+01', '2026-11-15 09:00:00+01', NULL, NULL, NULL, NULL, 79.00),
    (125, 'RO-2026-000125', 9, 7, 2, 2, 'active', 'app', '2026-11-20 21:30:00+01', '2026-11-27 11:00:00+01', '2026-12-02 11:00:00+01', '2026-11-27 11:07:00+01', NULL, 13510, NULL, 445.00),
    (126, 'RO-2026-000126', 12, 9, 3, 3, 'active', 'web', '2026-11-25 07:58:00+01', '2026-11-28 08:00:00+01', '2026-12-01 08:00:00+01', '2026-11-28 08:10:00+01', NULL, 39050, NULL, 237.00),
    (127, 'RO-2026-000127', 4, 13, 3, 3, 'active', 'counter', '2026-11-23 07:05:00+01', '2026-11-23 07:15:00+01', '2026-12-03 07:15:00+01', '2026-11-23 07:28:00+01', NULL, 79060, NULL, 1390.00),
    (128, 'RO-2026-000128', 10, 2, 2, 2, 'reserved', 'partner', '2026-11-18 23:10:00+01', '2026-12-18 13:00:00+01', '2026-12-25 13:00:00+01', NULL, NULL, NULL, NULL, 273.00),
    (129, 'RO-2026-000129', 15, 5, 4, 4, 'reserved', 'app', '2026-11-29 10:41:00+01', '2026-12-05 10:00:00+01', '2026-12-07 10:00:00+01', NULL, NULL, NULL, NULL, 110.00),
    (130, 'RO-2026-000130', 14, 12, 5, 5, 'reserved', 'web', '2026-11-26 16:16:00+01', '2026-12-12 08:00:00+01', '2026-12-13 08:00:00+01', NULL, NULL, NULL, NULL, 99.00);

INSERT INTO public.rental_charge (rental_charge_id, rental_order_id, charge_type, description, quantity, unit_amount, charged_at) VALUES
    (1, 101, 'base_rate', 'Base rate, 3 days', 3, 39.00, '2026-09-02 09:10:00+02'),
    (2, 101, 'discount', 'Gold loyalty discount, 10% of base rate', 1, -11.70, '2026-09-02 09:10:00+02'),
    (3, 102, 'base_rate', 'Base rate, 5 days', 5, 55.00, '2026-09-03 11:43:00+02'),
    (4, 102, 'insurance', 'Collision damage waiver, zero deductible', 5, 12.50, '2026-09-03 11:43:00+02'),
    (5, 103, 'base_rate', 'Base rate, 2 days', 2, 89.00, '2026-09-05 10:16:00+02'),
    (6, 103, 'damage', 'Damage deductible: scuffed rear bumper (damage report 1)', 1, 350.00, '2026-09-07 09:00:00+02'),
    (7, 104, 'base_rate', 'Base rate, 7 days', 7, 99.00, '2026-09-01 08:04:00+02'),
    (8, 104, 'discount', 'Gold loyalty discount, 10% of base rate', 1, -69.30, '2026-09-01 08:04:00+02'),
    (9, 105, 'base_rate', 'Base rate, 4 days', 4, 89.00, '2026-09-10 14:07:00+02'),
    (10, 105, 'insurance', 'Collision damage waiver, zero deductible', 4, 12.50, '2026-09-10 14:07:00+02'),
    (11, 105, 'one_way_fee', 'One-way fee Schiphol to Amsterdam Centraal', 1, 45.00, '2026-09-10 14:07:00+02'),
    (12, 106, 'base_rate', 'Base rate, 2 days', 2, 149.00, '2026-09-12 07:40:00+02'),
    (13, 106, 'insurance', 'Equipment damage waiver', 2, 12.50, '2026-09-12 07:40:00+02'),
    (14, 107, 'base_rate', 'Base rate, 4 days', 4, 139.00, '2026-09-15 08:13:00+02'),
    (15, 107, 'discount', 'Gold loyalty discount, 10% of base rate', 1, -55.60, '2026-09-15 08:13:00+02'),
    (16, 109, 'base_rate', 'Base rate, 1 day', 1, 25.00, '2026-09-20 09:19:00+02'),
    (17, 110, 'base_rate', 'Base rate, 1 day', 1, 79.00, '2026-09-26 08:07:00+02'),
    (18, 110, 'insurance', 'Collision damage waiver, zero deductible', 1, 12.50, '2026-09-26 08:07:00+02'),
    (19, 110, 'late_return', 'Late return, 5 hours past due time', 1, 79.00, '2026-09-27 13:00:00+02'),
    (20, 110, 'fuel', 'Refuelling, diesel per litre', 32, 2.15, '2026-09-27 13:00:00+02'),
    (21, 111, 'base_rate', 'Base rate, 2 days', 2, 79.00, '2026-10-03 09:10:00+02'),
    (22, 112, 'base_rate', 'Base rate, 3 days', 3, 139.00, '2026-10-02 07:43:00+02'),
    (23, 112, 'one_way_fee', 'One-way fee Utrecht to Rotterdam, truck', 1, 75.00, '2026-10-02 07:43:00+02'),
    (24, 112, 'discount', 'Gold loyalty discount, 10% of base rate', 1, -41.70, '2026-10-02 07:43:00+02'),
    (25, 113, 'base_rate', 'Base rate, 4 days', 4, 39.00, '2026-10-09 12:16:00+02'),
    (26, 113, 'fuel', 'Refuelling, petrol per litre', 18, 2.15, '2026-10-13 10:30:00+02'),
    (27, 114, 'base_rate', 'Base rate, 6 days', 6, 55.00, '2026-10-10 10:19:00+02'),
    (28, 114, 'insurance', 'Collision damage waiver, zero deductible', 6, 12.50, '2026-10-10 10:19:00+02'),
    (29, 115, 'base_rate', 'Base rate, 2 days', 2, 99.00, '2026-10-17 09:07:00+02'),
    (30, 115, 'cleaning', 'Interior cleaning, load area left dirty', 1, 45.00, '2026-10-19 09:00:00+02'),
    (31, 116, 'base_rate', 'Base rate, 1 day', 1, 79.00, '2026-10-18 08:10:00+02'),
    (32, 117, 'no_show_fee', 'No-show fee, vehicle not collected', 1, 55.00, '2026-10-21 17:00:00+02'),
    (33, 118, 'base_rate', 'Base rate, 5 days', 5, 99.00, '2026-10-16 07:16:00+02'),
    (34, 118, 'damage', 'Damage deductible: broken right mirror (damage report 4)', 1, 250.00, '2026-10-21 06:30:00+02'),
    (35, 119, 'base_rate', 'Base rate, 3 days', 3, 89.00, '2026-10-24 18:19:00+02'),
    (36, 119, 'insurance', 'Collision damage waiver, zero deductible', 3, 12.50, '2026-10-24 18:19:00+02'),
    (37, 119, 'discount', 'Gold loyalty discount, 10% of base rate', 1, -26.70, '2026-10-24 18:19:00+02'),
    (38, 120, 'base_rate', 'Base rate, 2 days', 2, 39.00, '2026-10-29 09:37:00+01'),
    (39, 120, 'one_way_fee', 'One-way fee Amsterdam Centraal to Schiphol', 1, 35.00, '2026-10-29 09:37:00+01'),
    (40, 121, 'base_rate', 'Base rate, 3 days', 3, 139.00, '2026-11-03 08:10:00+01'),
    (41, 121, 'discount', 'Gold loyalty discount, 10% of base rate', 1, -41.70, '2026-11-03 08:10:00+01'),
    (42, 122, 'base_rate', 'Base rate, 1 day', 1, 25.00, '2026-11-07 10:13:00+01'),
    (43, 123, 'base_rate', 'Base rate, 3 days', 3, 149.00, '2026-11-12 07:46:00+01'),
    (44, 125, 'base_rate', 'Base rate, 5 days', 5, 89.00, '2026-11-27 11:07:00+01'),
    (45, 125, 'insurance', 'Collision damage waiver, zero deductible', 5, 12.50, '2026-11-27 11:07:00+01'),
    (46, 126, 'base_rate', 'Base rate, 3 days', 3, 79.00, '2026-11-28 08:10:00+01'),
    (47, 127, 'base_rate', 'Base rate, 10 days', 10, 139.00, '2026-11-23 07:28:00+01'),
    (48, 127, 'discount', 'Gold loyalty discount, 10% of base rate', 1, -139.00, '2026-11-23 07:28:00+01');

INSERT INTO public.damage_report (damage_report_id, rental_order_id, vehicle_id, reported_at, severity, damaged_part, description, estimated_repair_cost, customer_liable, resolved_at) VALUES
    (1, 103, 6, '2026-09-07 09:10:00+02', 'minor', 'rear bumper', 'Scuffed paint and a 4 cm crack on the rear bumper, left corner; renter reported a parking pole.', 412.50, true, '2026-09-10 15:00:00+02'),
    (2, 107, 13, '2026-09-19 08:55:00+02', 'major', 'tail lift', 'Hydraulic fluid leaking from the tail lift cylinder; lift does not hold a load. Wear, not misuse.', 1650.00, false, '2026-09-24 17:00:00+02'),
    (3, 111, 9, '2026-10-05 08:40:00+02', 'cosmetic', 'load area floor', 'Scratches on the load floor protection panel; within normal wear.', 0.00, false, '2026-10-05 10:00:00+02'),
    (4, 118, 11, '2026-10-21 06:40:00+02', 'minor', 'right mirror', 'Right exterior mirror housing broken and glass cracked; renter hit a bollard on a building site.', 235.00, true, '2026-10-23 12:00:00+02'),
    (5, 123, 18, '2026-11-15 06:40:00+01', 'minor', 'bucket', 'One bucket tooth missing, adapter bent.', 180.00, false, NULL);

INSERT INTO public.maintenance_event (maintenance_event_id, vehicle_id, damage_report_id, kind, workshop, started_at, completed_at, odometer_km, cost_amount) VALUES
    (1, 19, NULL, 'inspection', 'APK Keuringsstation Eindhoven', '2026-08-20 08:00:00+02', '2026-08-20 11:30:00+02', 121400, 0.00),
    (2, 6, 1, 'repair', 'Tesla Service Center Amsterdam', '2026-09-08 08:30:00+02', '2026-09-10 15:00:00+02', 15460, 412.50),
    (3, 12, NULL, 'scheduled_service', 'Mercedes-Benz Bedrijfswagens Eindhoven', '2026-09-15 07:30:00+02', '2026-09-16 12:00:00+02', 49880, 240.00),
    (4, 13, 2, 'repair', 'Truck Service Rotterdam', '2026-09-20 07:00:00+02', '2026-09-24 16:30:00+02', 79060, 1650.00),
    (5, 1, NULL, 'scheduled_service', 'Polder Rentals workshop Amsterdam', '2026-10-06 08:00:00+02', '2026-10-06 13:00:00+02', 18862, 189.00),
    (6, 11, 4, 'repair', 'Polder Rentals workshop Rotterdam', '2026-10-22 08:00:00+02', '2026-10-23 10:00:00+02', 58120, 235.00),
    (7, 4, NULL, 'tyre_change', 'Polder Rentals workshop Amsterdam', '2026-11-02 07:30:00+01', '2026-11-02 09:00:00+01', 31410, 120.00),
    (8, 5, NULL, 'tyre_change', 'Polder Rentals workshop Utrecht', '2026-11-03 07:30:00+01', '2026-11-03 09:15:00+01', 29190, 120.00),
    (9, 20, NULL, 'inspection', 'APK Keuringsstation Eindhoven', '2026-11-25 08:00:00+01', NULL, 33150, 0.00);

-- ----------------------------------------------------------------- views

CREATE VIEW reporting.rental_order_revenue AS
SELECT o.rental_order_id,
       o.order_number,
       o.customer_id,
       o.vehicle_id,
       o.pickup_branch_id,
       o.return_branch_id,
       o.status,
       o.pickup_at,
       coalesce(o.returned_at, o.due_back_at) AS ends_at,
       greatest(ceil(extract(epoch FROM coalesce(o.returned_at, o.due_back_at) - o.pickup_at - interval '1 hour') / 86400), 1)::integer AS rental_days,
       coalesce(sum(c.amount) FILTER (WHERE c.charge_type = 'base_rate'), 0) AS base_amount,
       coalesce(sum(c.amount) FILTER (WHERE c.charge_type NOT IN ('base_rate', 'discount')), 0) AS extras_amount,
       coalesce(sum(c.amount) FILTER (WHERE c.charge_type = 'discount'), 0) AS discount_amount,
       coalesce(sum(c.amount), 0) AS revenue_amount,
       o.currency
  FROM public.rental_order o
  LEFT JOIN public.rental_charge c ON c.rental_order_id = o.rental_order_id
 GROUP BY o.rental_order_id;
COMMENT ON VIEW reporting.rental_order_revenue IS 'Revenue of each rental order: its charges summed by kind (base rate, extras, discounts), with the rental length in started days. Reads public.rental_order and public.rental_charge; the base of every rentals revenue figure.';
COMMENT ON COLUMN reporting.rental_order_revenue.order_number IS 'Public rental order number RO-yyyy-nnnnnn (from public.rental_order).';
COMMENT ON COLUMN reporting.rental_order_revenue.ends_at IS 'Actual return time, or the agreed return time while the vehicle is still out.';
COMMENT ON COLUMN reporting.rental_order_revenue.rental_days IS 'Rental length in started 24-hour periods from the agreed pickup time to the actual (else agreed) return time, after a one-hour grace period; at least 1.';
COMMENT ON COLUMN reporting.rental_order_revenue.base_amount IS 'Sum of base_rate charges, EUR incl. VAT.';
COMMENT ON COLUMN reporting.rental_order_revenue.extras_amount IS 'Sum of all other positive charges (insurance, fees, fuel, damage), EUR incl. VAT.';
COMMENT ON COLUMN reporting.rental_order_revenue.discount_amount IS 'Sum of discount lines (zero or negative), EUR incl. VAT.';
COMMENT ON COLUMN reporting.rental_order_revenue.revenue_amount IS 'Total billed on the order: base + extras + discounts, EUR incl. VAT.';

CREATE VIEW reporting.active_rental AS
SELECT o.rental_order_id,
       o.order_number,
       c.customer_id,
       c.full_name AS customer_name,
       c.email AS customer_email,
       c.phone AS customer_phone,
       v.asset_tag,
       v.license_plate,
       m.manufacturer || ' ' || m.model_name AS vehicle_model,
       m.category,
       pb.branch_code AS pickup_branch_code,
       rb.branch_code AS return_branch_code,
       o.picked_up_at,
       o.due_back_at,
       o.due_back_at < now() AS is_overdue
  FROM public.rental_order o
  JOIN public.customer c ON c.customer_id = o.customer_id
  JOIN public.vehicle v ON v.vehicle_id = o.vehicle_id
  JOIN public.vehicle_model m ON m.model_id = v.model_id
  JOIN public.branch pb ON pb.branch_id = o.pickup_branch_id
  JOIN public.branch rb ON rb.branch_id = o.return_branch_id
 WHERE o.status = 'active';
COMMENT ON VIEW reporting.active_rental IS 'Vehicles out on rent right now, with the renter''s contact details and whether the vehicle is overdue; used by branch staff to chase late returns.';
COMMENT ON COLUMN reporting.active_rental.customer_email IS 'Email of the renter (public.customer.email).';
COMMENT ON COLUMN reporting.active_rental.customer_phone IS 'Mobile number of the renter, E.164 (public.customer.phone).';
COMMENT ON COLUMN reporting.active_rental.vehicle_model IS 'Make and model of the unit out on rent.';
COMMENT ON COLUMN reporting.active_rental.is_overdue IS 'True once the agreed return time has passed.';

CREATE VIEW reporting.customer_rental_summary AS
SELECT c.customer_id,
       c.email,
       c.full_name,
       c.loyalty_tier,
       c.billing_account_number,
       count(r.rental_order_id) FILTER (WHERE r.status IN ('active', 'returned')) AS rentals_count,
       count(r.rental_order_id) FILTER (WHERE r.status IN ('cancelled', 'no_show')) AS cancelled_count,
       coalesce(sum(r.rental_days) FILTER (WHERE r.status IN ('active', 'returned')), 0) AS rental_days,
       coalesce(sum(r.revenue_amount), 0) AS lifetime_revenue,
       min(r.pickup_at) FILTER (WHERE r.status IN ('active', 'returned')) AS first_rental_at,
       max(r.pickup_at) FILTER (WHERE r.status IN ('active', 'returned')) AS last_rental_at
  FROM public.customer c
  LEFT JOIN reporting.rental_order_revenue r ON r.customer_id = c.customer_id
 GROUP BY c.customer_id;
COMMENT ON VIEW reporting.customer_rental_summary IS 'One row per renter: rentals taken, cancellations and no-shows, days on rent and lifetime revenue. Built on reporting.rental_order_revenue and public.customer; feeds the loyalty tier review.';
COMMENT ON COLUMN reporting.customer_rental_summary.email IS 'Email of the renter (public.customer.email); the key to match with delivery app users and finance billing contacts.';
COMMENT ON COLUMN reporting.customer_rental_summary.billing_account_number IS 'Finance account invoiced for the renter''s business rentals, if any.';
COMMENT ON COLUMN reporting.customer_rental_summary.rentals_count IS 'Number of rental orders collected (active or returned).';
COMMENT ON COLUMN reporting.customer_rental_summary.cancelled_count IS 'Number of rental orders cancelled or not collected.';
COMMENT ON COLUMN reporting.customer_rental_summary.rental_days IS 'Total started days on rent over all collected orders.';
COMMENT ON COLUMN reporting.customer_rental_summary.lifetime_revenue IS 'All charges ever billed to the renter, incl. no-show fees, EUR incl. VAT.';
COMMENT ON COLUMN reporting.customer_rental_summary.first_rental_at IS 'Pickup time of the renter''s first collected rental.';
COMMENT ON COLUMN reporting.customer_rental_summary.last_rental_at IS 'Pickup time of the renter''s latest collected rental.';

CREATE VIEW reporting.top_customer AS
SELECT ranked.revenue_rank,
       ranked.customer_id,
       ranked.email,
       ranked.full_name,
       ranked.loyalty_tier,
       ranked.rentals_count,
       ranked.lifetime_revenue,
       ranked.last_rental_at
  FROM (SELECT rank() OVER (ORDER BY s.lifetime_revenue DESC) AS revenue_rank, s.*
          FROM reporting.customer_rental_summary s
         WHERE s.rentals_count > 0) AS ranked
 WHERE ranked.revenue_rank <= 10;
COMMENT ON VIEW reporting.top_customer IS 'The ten renters with the highest lifetime revenue, ranked; the target list of the key-account team. Built on reporting.customer_rental_summary.';
COMMENT ON COLUMN reporting.top_customer.revenue_rank IS 'Rank by lifetime revenue, 1 = highest; ties share a rank.';
COMMENT ON COLUMN reporting.top_customer.email IS 'Email of the renter.';
COMMENT ON COLUMN reporting.top_customer.lifetime_revenue IS 'All charges ever billed to the renter, EUR incl. VAT.';

CREATE VIEW reporting.fleet_utilisation AS
SELECT v.vehicle_id,
       v.asset_tag,
       v.license_plate,
       m.manufacturer,
       m.model_name,
       m.category,
       b.branch_code AS home_branch_code,
       v.status,
       count(r.rental_order_id) AS rentals_count,
       coalesce(sum(r.rental_days), 0) AS days_on_rent,
       coalesce(sum(r.revenue_amount), 0) AS revenue_amount,
       round(sum(r.revenue_amount) / nullif(sum(r.rental_days), 0), 2) AS revenue_per_rental_day
  FROM public.vehicle v
  JOIN public.vehicle_model m ON m.model_id = v.model_id
  JOIN public.branch b ON b.branch_id = v.home_branch_id
  LEFT JOIN reporting.rental_order_revenue r ON r.vehicle_id = v.vehicle_id AND r.status IN ('active', 'returned')
 GROUP BY v.vehicle_id, m.model_id, b.branch_id;
COMMENT ON VIEW reporting.fleet_utilisation IS 'Per vehicle: collected rentals, days on rent, revenue and revenue per rental day; used to decide which units to sell or move between branches. Built on reporting.rental_order_revenue and the fleet tables.';
COMMENT ON COLUMN reporting.fleet_utilisation.home_branch_code IS 'Code of the branch the unit belongs to.';
COMMENT ON COLUMN reporting.fleet_utilisation.rentals_count IS 'Number of collected rentals of the unit.';
COMMENT ON COLUMN reporting.fleet_utilisation.days_on_rent IS 'Started days the unit spent on rent.';
COMMENT ON COLUMN reporting.fleet_utilisation.revenue_amount IS 'Revenue the unit earned, EUR incl. VAT.';
COMMENT ON COLUMN reporting.fleet_utilisation.revenue_per_rental_day IS 'Revenue divided by days on rent; NULL for units never rented.';

CREATE MATERIALIZED VIEW reporting.branch_monthly_revenue AS
SELECT b.branch_code,
       b.name AS branch_name,
       date_trunc('month', r.pickup_at AT TIME ZONE 'Europe/Amsterdam')::date AS revenue_month,
       count(*) AS rentals_count,
       sum(r.rental_days) AS rental_days,
       sum(r.revenue_amount) AS revenue_amount
  FROM reporting.rental_order_revenue r
  JOIN public.branch b ON b.branch_id = r.pickup_branch_id
 WHERE r.status IN ('active', 'returned')
 GROUP BY b.branch_id, date_trunc('month', r.pickup_at AT TIME ZONE 'Europe/Amsterdam')::date;
CREATE UNIQUE INDEX branch_monthly_revenue_key ON reporting.branch_monthly_revenue (branch_code, revenue_month);
COMMENT ON MATERIALIZED VIEW reporting.branch_monthly_revenue IS 'Collected rentals and revenue per pickup branch and calendar month (Amsterdam time); refreshed nightly, read by the monthly branch performance report and by finance for cost-centre revenue. Built on reporting.rental_order_revenue and public.branch.';
COMMENT ON COLUMN reporting.branch_monthly_revenue.branch_code IS 'Code of the pickup branch; finance''s revenue cost centre.';
COMMENT ON COLUMN reporting.branch_monthly_revenue.revenue_month IS 'First day of the month of the pickup, Amsterdam time.';
COMMENT ON COLUMN reporting.branch_monthly_revenue.rentals_count IS 'Rentals collected at the branch in the month.';
COMMENT ON COLUMN reporting.branch_monthly_revenue.rental_days IS 'Started rental days of those rentals.';
COMMENT ON COLUMN reporting.branch_monthly_revenue.revenue_amount IS 'Revenue of those rentals, EUR incl. VAT.';

COMMIT;

ANALYZE;
