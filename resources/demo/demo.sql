-- RoleDesk demo database: roledesk_demo.
--
-- A small analytics company, "Northwind Lumen": sales, HR, finance, a machine-learning team and a
-- reporting layer. Loaded by psql as the superuser into an existing, empty database. Roles are
-- cluster-wide: they are created only when missing, so the file also loads into a second database
-- of the same cluster. No role here starts with "fx_" (those belong to the test fixture).

SET client_min_messages = warning;
SET search_path = pg_catalog;

-- ---------------------------------------------------------------------------------------------
-- Roles
-- ---------------------------------------------------------------------------------------------
DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY[
        -- owners and administrators
        'data_owner', 'dba_team', 'security_admins',
        -- groups
        'employees', 'analysts', 'senior_analysts', 'data_engineers', 'ml_engineers',
        'hr_staff', 'hr_managers', 'finance_team', 'finance_controllers',
        'sales_team', 'sales_managers', 'auditors', 'reporting_readers',
        'app_readonly', 'app_readwrite', 'contractors',
        -- people
        'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan',
        'judy', 'mallory', 'niaj', 'oscar', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter',
        -- services
        'svc_webshop', 'svc_reporting', 'svc_etl', 'svc_ml_pipeline', 'svc_backup'
    ] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I', r);
        END IF;
    END LOOP;
END
$roles$;

ALTER ROLE data_owner NOLOGIN;
ALTER ROLE dba_team NOLOGIN CREATEROLE CREATEDB;
ALTER ROLE security_admins NOLOGIN CREATEROLE;
ALTER ROLE contractors NOLOGIN CONNECTION LIMIT 5;

-- People: everyone logs in with the password 'demo' over TCP (the socket is trusted anyway).
DO $people$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi',
                             'ivan', 'judy', 'niaj', 'oscar', 'peggy', 'rupert', 'sybil', 'trent',
                             'victor', 'walter', 'svc_webshop', 'svc_reporting', 'svc_etl',
                             'svc_ml_pipeline', 'svc_backup'] LOOP
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', r, 'demo');
    END LOOP;
END
$people$;
-- Ivan is a contractor: NOINHERIT, he must SET ROLE to use his groups' rights.
ALTER ROLE ivan NOINHERIT VALID UNTIL '2031-12-31';
-- Mallory left the company: the login was disabled, the memberships were not cleaned up.
ALTER ROLE mallory NOLOGIN VALID UNTIL '2024-06-30';
-- Trent is the on-call DBA; the backup service may replicate.
ALTER ROLE trent CREATEROLE CREATEDB;
ALTER ROLE svc_backup REPLICATION;
ALTER ROLE svc_webshop CONNECTION LIMIT 20;
ALTER ROLE svc_reporting SET statement_timeout = '30s';

COMMENT ON ROLE data_owner IS 'Owns the business schemas; nobody logs in as it';
COMMENT ON ROLE employees IS 'Every member of staff';
COMMENT ON ROLE ivan IS 'Contractor (data engineering), NOINHERIT: uses SET ROLE data_engineers';
COMMENT ON ROLE mallory IS 'Left 2024-06; login disabled';
COMMENT ON ROLE auditors IS 'External audit: read everything, change nothing';
COMMENT ON ROLE svc_webshop IS 'Web shop backend';

-- ---------------------------------------------------------------------------------------------
-- Memberships
-- ---------------------------------------------------------------------------------------------
GRANT employees TO analysts, data_engineers, ml_engineers, hr_staff, finance_team, sales_team;
GRANT analysts TO senior_analysts;
GRANT senior_analysts TO data_engineers;
GRANT analysts TO ml_engineers;
GRANT hr_staff TO hr_managers;
GRANT finance_team TO finance_controllers;
GRANT sales_team TO sales_managers;
GRANT reporting_readers TO analysts, sales_managers, finance_team, hr_managers;
GRANT app_readonly TO app_readwrite;
GRANT pg_read_all_data TO auditors;
GRANT pg_read_all_settings, pg_read_all_stats TO auditors;
GRANT pg_monitor TO dba_team;
GRANT data_owner TO dba_team;
GRANT data_engineers TO contractors;

GRANT data_engineers TO alice;
GRANT analysts TO bob;
GRANT hr_managers TO carol WITH ADMIN OPTION;
GRANT ml_engineers TO dave;
GRANT auditors TO erin;
GRANT finance_controllers TO frank;
GRANT sales_managers TO grace WITH ADMIN OPTION;
GRANT senior_analysts TO heidi;
GRANT contractors TO ivan;
GRANT dba_team, security_admins TO judy;
GRANT sales_team, analysts TO mallory;
GRANT ml_engineers TO niaj;
GRANT sales_team TO oscar;
GRANT finance_team TO peggy;
GRANT hr_staff TO rupert;
GRANT auditors TO sybil;
GRANT dba_team TO trent;
GRANT data_engineers, ml_engineers TO victor;
GRANT reporting_readers TO walter;
GRANT app_readwrite TO svc_webshop;
GRANT reporting_readers, app_readonly TO svc_reporting;
GRANT data_engineers TO svc_etl;
GRANT ml_engineers TO svc_ml_pipeline;
GRANT pg_read_all_data TO svc_backup;
-- Grace added her new hire to the sales managers with the ADMIN OPTION she holds.
SET ROLE grace;
GRANT sales_managers TO oscar;
RESET ROLE;

-- ---------------------------------------------------------------------------------------------
-- The database
-- ---------------------------------------------------------------------------------------------
DO $db$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO employees, auditors, app_readonly, dba_team, svc_etl, svc_backup',
                   current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO analysts, data_engineers', current_database());
    EXECUTE format('GRANT CREATE ON DATABASE %I TO data_owner', current_database());
    EXECUTE format('GRANT ALL ON DATABASE %I TO dba_team WITH GRANT OPTION', current_database());
END
$db$;

CREATE EXTENSION IF NOT EXISTS citext;

-- ---------------------------------------------------------------------------------------------
-- Schemas (owned by data_owner)
-- ---------------------------------------------------------------------------------------------
CREATE SCHEMA sales AUTHORIZATION data_owner;
CREATE SCHEMA hr AUTHORIZATION data_owner;
CREATE SCHEMA finance AUTHORIZATION data_owner;
CREATE SCHEMA ml AUTHORIZATION data_owner;
CREATE SCHEMA reporting AUTHORIZATION data_owner;
COMMENT ON SCHEMA sales IS 'Orders, customers and the product catalogue (web shop)';
COMMENT ON SCHEMA hr IS 'People data: restricted';
COMMENT ON SCHEMA finance IS 'Invoices, payments and the general ledger';
COMMENT ON SCHEMA ml IS 'Models, training runs and features';
COMMENT ON SCHEMA reporting IS 'Curated views and dashboards';

GRANT USAGE ON SCHEMA sales TO sales_team, analysts, app_readonly, data_engineers, finance_team;
GRANT USAGE ON SCHEMA hr TO hr_staff;
GRANT USAGE ON SCHEMA finance TO finance_team, senior_analysts;
GRANT USAGE, CREATE ON SCHEMA ml TO ml_engineers, data_engineers;
GRANT USAGE ON SCHEMA reporting TO reporting_readers, employees;
GRANT USAGE, CREATE ON SCHEMA reporting TO data_engineers;

-- Default privileges: what data_owner creates later is readable by the right people at once.
ALTER DEFAULT PRIVILEGES FOR ROLE data_owner IN SCHEMA sales
    GRANT SELECT ON TABLES TO app_readonly, analysts;
ALTER DEFAULT PRIVILEGES FOR ROLE data_owner IN SCHEMA sales
    GRANT INSERT, UPDATE, DELETE ON TABLES TO app_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE data_owner IN SCHEMA sales
    GRANT USAGE, SELECT ON SEQUENCES TO app_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE data_owner IN SCHEMA reporting
    GRANT SELECT ON TABLES TO reporting_readers;
ALTER DEFAULT PRIVILEGES FOR ROLE data_owner IN SCHEMA finance
    GRANT SELECT ON TABLES TO finance_team;
ALTER DEFAULT PRIVILEGES FOR ROLE data_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE data_owner GRANT EXECUTE ON FUNCTIONS TO employees;
ALTER DEFAULT PRIVILEGES FOR ROLE data_engineers IN SCHEMA ml
    GRANT SELECT ON TABLES TO ml_engineers, analysts;
ALTER DEFAULT PRIVILEGES FOR ROLE data_engineers IN SCHEMA reporting
    GRANT SELECT ON TABLES TO reporting_readers;

-- ---------------------------------------------------------------------------------------------
-- sales
-- ---------------------------------------------------------------------------------------------
SET ROLE data_owner;

CREATE TYPE sales.order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');
CREATE DOMAIN sales.money_amount AS numeric(12,2) CHECK (VALUE >= 0);

CREATE TABLE sales.regions (
    region_code text PRIMARY KEY,
    name text NOT NULL,
    country text NOT NULL
);
CREATE TABLE sales.products (
    product_id serial PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    name text NOT NULL,
    category text NOT NULL,
    unit_price sales.money_amount NOT NULL,
    unit_cost sales.money_amount NOT NULL,
    active boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN sales.products.unit_cost IS 'Purchase cost: finance and sales managers only';
CREATE TABLE sales.customers (
    customer_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company text NOT NULL,
    contact_name text,
    email citext,
    phone text,
    region_code text REFERENCES sales.regions,
    credit_limit sales.money_amount DEFAULT 5000,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sales.orders (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES sales.customers,
    status sales.order_status NOT NULL DEFAULT 'placed',
    ordered_at timestamptz NOT NULL,
    sales_rep text,
    discount_pct numeric(5,2) NOT NULL DEFAULT 0
);
CREATE TABLE sales.order_items (
    order_id bigint NOT NULL REFERENCES sales.orders ON DELETE CASCADE,
    line_no integer NOT NULL,
    product_id integer NOT NULL REFERENCES sales.products,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price sales.money_amount NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE SEQUENCE sales.invoice_number_seq START 100001;

INSERT INTO sales.regions VALUES
    ('EU-N', 'Northern Europe', 'SE'), ('EU-W', 'Western Europe', 'DE'),
    ('NA-E', 'North America East', 'US'), ('APAC', 'Asia Pacific', 'JP');
INSERT INTO sales.products (sku, name, category, unit_price, unit_cost) VALUES
    ('LUM-100', 'Lumen Sensor Basic', 'sensors', 49.00, 21.50),
    ('LUM-200', 'Lumen Sensor Pro', 'sensors', 129.00, 58.20),
    ('LUM-300', 'Lumen Gateway', 'gateways', 349.00, 160.00),
    ('LUM-SUB-M', 'Analytics subscription (month)', 'subscriptions', 99.00, 12.00),
    ('LUM-SUB-Y', 'Analytics subscription (year)', 'subscriptions', 990.00, 120.00),
    ('LUM-INST', 'On-site installation', 'services', 450.00, 300.00);
INSERT INTO sales.customers (company, contact_name, email, phone, region_code, credit_limit)
SELECT c.company, c.contact, lower(replace(c.contact, ' ', '.')) || '@' || c.domain,
       '+' || (40 + c.i)::text || ' 555 ' || lpad((c.i * 137 % 10000)::text, 4, '0'),
       (ARRAY['EU-N', 'EU-W', 'NA-E', 'APAC'])[1 + c.i % 4], 5000 + 2500 * (c.i % 5)
FROM (VALUES
    (1, 'Fjord Logistics AB', 'Ingrid Berg', 'fjordlog.example'),
    (2, 'Rheinwerk Maschinen GmbH', 'Jonas Keller', 'rheinwerk.example'),
    (3, 'Harbor Foods Inc.', 'Maria Lopez', 'harborfoods.example'),
    (4, 'Sakura Devices K.K.', 'Haruto Sato', 'sakura-dev.example'),
    (5, 'Nordlicht Energie', 'Lena Vogel', 'nordlicht.example'),
    (6, 'Cascade Retail LLC', 'Ethan Brooks', 'cascaderetail.example'),
    (7, 'Baltic Cold Chain', 'Oskar Nowak', 'balticcold.example'),
    (8, 'Pacific Greenhouses', 'Mei Chen', 'pacgreen.example'),
    (9, 'Alpine Dairy Coop', 'Sophie Meier', 'alpinedairy.example'),
    (10, 'Lakeside Hospitals', 'Grace Kim', 'lakeside-health.example')
) AS c(i, company, contact, domain);
INSERT INTO sales.orders (customer_id, status, ordered_at, sales_rep, discount_pct)
SELECT 1 + (n * 7) % 10,
       (ARRAY['placed', 'paid', 'shipped', 'delivered', 'delivered', 'delivered', 'cancelled', 'refunded']::sales.order_status[])[1 + n % 8],
       timestamptz '2024-01-03 09:00+00' + (n * interval '2 days 3 hours'),
       (ARRAY['grace', 'oscar', 'mallory'])[1 + n % 3],
       CASE WHEN n % 5 = 0 THEN 10 ELSE 0 END
FROM generate_series(1, 240) AS n;
INSERT INTO sales.order_items (order_id, line_no, product_id, quantity, unit_price)
SELECT o.order_id, l, 1 + (o.order_id * 3 + l) % 6, 1 + (o.order_id + l) % 4, p.unit_price
FROM sales.orders o
CROSS JOIN generate_series(1, 3) AS l
JOIN sales.products p ON p.product_id = 1 + (o.order_id * 3 + l) % 6
WHERE l <= 1 + o.order_id % 3;

CREATE VIEW sales.open_orders AS
    SELECT o.order_id, c.company, o.status, o.ordered_at, o.sales_rep
    FROM sales.orders o JOIN sales.customers c USING (customer_id)
    WHERE o.status IN ('placed', 'paid', 'shipped');

CREATE FUNCTION sales.order_total(p_order_id bigint) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(i.quantity * i.unit_price), 0) * (1 - o.discount_pct / 100)
          FROM sales.orders o LEFT JOIN sales.order_items i USING (order_id)
          WHERE o.order_id = p_order_id GROUP BY o.discount_pct $$;
CREATE FUNCTION sales.next_invoice_number() RETURNS text
    LANGUAGE sql AS $$ SELECT 'INV-' || nextval('sales.invoice_number_seq') $$;

-- Table-level grants (plus the default privileges above for later tables).
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO analysts, app_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON sales.customers, sales.orders, sales.order_items TO app_readwrite;
GRANT SELECT, INSERT, UPDATE ON sales.customers, sales.orders, sales.order_items TO sales_team;
GRANT DELETE ON sales.orders, sales.order_items TO sales_managers;
GRANT UPDATE (unit_price, active) ON sales.products TO sales_managers;
GRANT SELECT ON sales.open_orders TO sales_team;
GRANT SELECT ON sales.orders, sales.order_items, sales.customers TO finance_team;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA sales TO app_readwrite;
GRANT USAGE ON SEQUENCE sales.invoice_number_seq TO finance_team;
-- The catalogue is public: every role that can connect may read it.
GRANT SELECT ON sales.regions TO PUBLIC;
GRANT SELECT (product_id, sku, name, category, unit_price, active) ON sales.products TO PUBLIC;
-- Purchase cost is visible only to finance and sales managers (and the web shop, which reads all
-- of sales through app_readonly: a finding the demo is meant to show).
GRANT SELECT (unit_cost) ON sales.products TO finance_team, sales_managers;
REVOKE EXECUTE ON FUNCTION sales.next_invoice_number() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sales.next_invoice_number() TO finance_team, app_readwrite;
GRANT USAGE ON TYPE sales.order_status TO PUBLIC;

-- A table created after the default privileges: app_readonly and analysts read it without a GRANT.
CREATE TABLE sales.returns (
    return_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES sales.orders,
    reason text NOT NULL,
    received_at date NOT NULL
);
INSERT INTO sales.returns (order_id, reason, received_at)
SELECT order_id, (ARRAY['damaged in transit', 'wrong item', 'no longer needed'])[1 + order_id % 3],
       (ordered_at + interval '12 days')::date
FROM sales.orders WHERE status = 'refunded';

-- ---------------------------------------------------------------------------------------------
-- hr: the salary and bank columns are hidden from everyone but HR managers
-- ---------------------------------------------------------------------------------------------
CREATE TABLE hr.departments (
    department_id integer PRIMARY KEY,
    name text NOT NULL,
    cost_center text NOT NULL
);
CREATE TABLE hr.employees (
    employee_id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    login_name text UNIQUE,
    full_name text NOT NULL,
    email citext NOT NULL,
    phone text,
    title text NOT NULL,
    department_id integer REFERENCES hr.departments,
    manager_id integer REFERENCES hr.employees,
    hire_date date NOT NULL,
    salary numeric(10,2) NOT NULL,
    bank_account text,
    birth_date date
);
COMMENT ON COLUMN hr.employees.salary IS 'Confidential: hr_managers only';
CREATE TABLE hr.performance_reviews (
    employee_id integer NOT NULL REFERENCES hr.employees,
    review_year integer NOT NULL,
    rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    summary text,
    PRIMARY KEY (employee_id, review_year)
);

INSERT INTO hr.departments VALUES
    (10, 'Executive', 'CC-100'), (20, 'Sales', 'CC-200'), (30, 'Engineering', 'CC-300'),
    (40, 'Data & ML', 'CC-400'), (50, 'Finance', 'CC-500'), (60, 'People', 'CC-600');
INSERT INTO hr.employees (employee_id, login_name, full_name, email, phone, title, department_id, manager_id, hire_date, salary, bank_account, birth_date) VALUES
    (1, 'judy',    'Judy Hartmann',   'judy@lumen.example',    '+46 555 0101', 'CTO',                      10, NULL, '2017-03-01', 182000, 'SE45 5000 0000 0583 9825 7466', '1978-05-14'),
    (2, 'grace',   'Grace Okafor',    'grace@lumen.example',   '+46 555 0102', 'Head of Sales',            20, 1,    '2018-09-15', 141000, 'SE35 5000 0000 0549 1000 0003', '1984-11-02'),
    (3, 'alice',   'Alice Lindqvist', 'alice@lumen.example',   '+46 555 0103', 'Senior Data Engineer',     40, 1,    '2019-01-07', 118000, 'SE72 8000 0810 3400 0978 3242', '1988-02-20'),
    (4, 'bob',     'Bob Martens',     'bob@lumen.example',     '+46 555 0104', 'Business Analyst',         40, 3,    '2021-04-12',  86000, 'SE12 3000 0000 0123 4567 8901', '1993-07-30'),
    (5, 'carol',   'Carol Nguyen',    'carol@lumen.example',   '+46 555 0105', 'HR Manager',               60, 1,    '2018-02-01', 104000, 'SE98 5000 0000 0111 2222 3333', '1981-09-09'),
    (6, 'dave',    'Dave Petrov',     'dave@lumen.example',    '+46 555 0106', 'ML Engineer',              40, 3,    '2022-08-22',  99000, 'SE23 6000 0000 0444 5555 6666', '1991-03-03'),
    (7, 'frank',   'Frank Olsen',     'frank@lumen.example',   '+46 555 0107', 'Financial Controller',     50, 1,    '2016-11-30', 121000, 'SE55 9000 0000 0777 8888 9999', '1975-12-24'),
    (8, 'heidi',   'Heidi Sorensen',  'heidi@lumen.example',   '+46 555 0108', 'Senior Analyst',           40, 3,    '2020-05-18',  97000, 'SE66 5000 0000 0222 3333 4444', '1989-06-11'),
    (9, 'niaj',    'Niaj Rahman',     'niaj@lumen.example',    '+46 555 0109', 'ML Engineer',              40, 3,    '2023-02-06',  92000, 'SE77 5000 0000 0333 4444 5555', '1995-10-17'),
    (10, 'oscar',  'Oscar Berggren',  'oscar@lumen.example',   '+46 555 0110', 'Account Executive',        20, 2,    '2023-09-01',  72000, 'SE88 5000 0000 0666 7777 8888', '1997-01-25'),
    (11, 'peggy',  'Peggy Walsh',     'peggy@lumen.example',   '+46 555 0111', 'Accountant',               50, 7,    '2021-10-04',  68000, 'SE99 5000 0000 0999 0000 1111', '1990-04-08'),
    (12, 'rupert', 'Rupert Ahmadi',   'rupert@lumen.example',  '+46 555 0112', 'HR Generalist',            60, 5,    '2022-01-10',  64000, 'SE10 5000 0000 0121 2121 2121', '1994-08-19'),
    (13, 'trent',  'Trent Kowalski',  'trent@lumen.example',   '+46 555 0113', 'Database Administrator',   30, 1,    '2019-06-03', 109000, 'SE11 5000 0000 0343 4343 4343', '1986-02-28'),
    (14, 'victor', 'Victor Duarte',   'victor@lumen.example',  '+46 555 0114', 'Staff Engineer, ML Platform', 40, 3, '2020-10-12', 126000, 'SE13 5000 0000 0565 6565 6565', '1985-09-01'),
    (15, 'walter', 'Walter Fink',     'walter@lumen.example',  '+46 555 0115', 'Operations Lead',          10, 1,    '2017-08-21', 101000, 'SE14 5000 0000 0787 8787 8787', '1979-03-15'),
    (16, 'mallory','Mallory Price',   'mallory@lumen.example', '+46 555 0116', 'Account Executive (left)', 20, 2,    '2021-03-01',  70000, 'SE15 5000 0000 0909 0909 0909', '1992-12-12');
ALTER TABLE hr.employees ALTER COLUMN employee_id RESTART WITH 17;
INSERT INTO hr.performance_reviews
SELECT employee_id, y, 1 + (employee_id * 7 + y) % 5, 'Annual review ' || y
FROM hr.employees CROSS JOIN generate_series(2022, 2024) AS y
WHERE hire_date < make_date(y, 6, 1);

CREATE VIEW hr.employee_directory AS
    SELECT e.employee_id, e.full_name, e.email, e.phone, e.title, d.name AS department,
           m.full_name AS manager
    FROM hr.employees e
    LEFT JOIN hr.departments d USING (department_id)
    LEFT JOIN hr.employees m ON m.employee_id = e.manager_id;

CREATE FUNCTION hr.headcount_by_department()
    RETURNS TABLE (department text, headcount bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT d.name, count(e.employee_id) FROM hr.departments d
          LEFT JOIN hr.employees e USING (department_id) GROUP BY d.name ORDER BY d.name $$;
CREATE PROCEDURE hr.give_raise(p_employee integer, p_percent numeric)
    LANGUAGE sql
    AS $$ UPDATE hr.employees SET salary = round(salary * (1 + p_percent / 100), 2)
          WHERE employee_id = p_employee $$;

-- HR staff see everything but money and bank data; managers see it all and may change it.
GRANT SELECT ON hr.departments TO hr_staff;
GRANT SELECT (employee_id, login_name, full_name, email, phone, title, department_id, manager_id, hire_date, birth_date)
    ON hr.employees TO hr_staff;
GRANT UPDATE (email, phone, title, department_id, manager_id) ON hr.employees TO hr_staff;
GRANT INSERT ON hr.employees TO hr_staff;
GRANT SELECT, UPDATE ON hr.employees TO hr_managers;
GRANT SELECT, INSERT, UPDATE ON hr.performance_reviews TO hr_managers;
GRANT SELECT ON hr.performance_reviews TO hr_staff;
-- Everyone may use the directory (no salary in it) and the headcount function.
GRANT USAGE ON SCHEMA hr TO employees;
GRANT SELECT ON hr.employee_directory TO employees;
GRANT SELECT (employee_id, full_name, title, department_id, manager_id) ON hr.employees TO analysts;
REVOKE EXECUTE ON FUNCTION hr.headcount_by_department() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hr.headcount_by_department() TO employees, auditors;
REVOKE EXECUTE ON PROCEDURE hr.give_raise(integer, numeric) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE hr.give_raise(integer, numeric) TO hr_managers;

-- ---------------------------------------------------------------------------------------------
-- finance
-- ---------------------------------------------------------------------------------------------
CREATE TABLE finance.accounts (
    account_no text PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense'))
);
CREATE TABLE finance.invoices (
    invoice_no text PRIMARY KEY,
    order_id bigint REFERENCES sales.orders,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    amount sales.money_amount NOT NULL,
    paid boolean NOT NULL DEFAULT false
);
CREATE TABLE finance.payments (
    payment_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_no text NOT NULL REFERENCES finance.invoices,
    received_on date NOT NULL,
    amount sales.money_amount NOT NULL,
    method text NOT NULL
);
CREATE TABLE finance.ledger (
    entry_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posted_on date NOT NULL,
    account_no text NOT NULL REFERENCES finance.accounts,
    debit numeric(14,2) NOT NULL DEFAULT 0,
    credit numeric(14,2) NOT NULL DEFAULT 0,
    memo text,
    period_closed boolean NOT NULL DEFAULT false
);
CREATE TABLE finance.budgets (
    department_id integer NOT NULL,
    fiscal_year integer NOT NULL,
    amount numeric(14,2) NOT NULL,
    PRIMARY KEY (department_id, fiscal_year)
);

INSERT INTO finance.accounts VALUES
    ('1000', 'Bank', 'asset'), ('1200', 'Accounts receivable', 'asset'),
    ('3000', 'Revenue: hardware', 'income'), ('3100', 'Revenue: subscriptions', 'income'),
    ('3200', 'Revenue: services', 'income'), ('4000', 'Cost of goods sold', 'expense'),
    ('5000', 'Salaries', 'expense');
INSERT INTO finance.invoices (invoice_no, order_id, issued_on, due_on, amount, paid)
SELECT 'INV-' || (100000 + o.order_id), o.order_id, o.ordered_at::date, o.ordered_at::date + 30,
       round(sales.order_total(o.order_id), 2), o.status IN ('delivered', 'refunded')
FROM sales.orders o WHERE o.status NOT IN ('placed', 'cancelled') AND sales.order_total(o.order_id) > 0;
INSERT INTO finance.payments (invoice_no, received_on, amount, method)
SELECT invoice_no, issued_on + 14, amount, (ARRAY['bank transfer', 'card'])[1 + length(invoice_no) % 2]
FROM finance.invoices WHERE paid;
INSERT INTO finance.ledger (posted_on, account_no, debit, credit, memo, period_closed)
SELECT issued_on, '1200', amount, 0, 'Invoice ' || invoice_no, issued_on < date '2025-01-01'
FROM finance.invoices;
INSERT INTO finance.budgets
SELECT department_id, y, 100000 * (1 + department_id / 10) + 5000 * (y - 2023)
FROM hr.departments CROSS JOIN generate_series(2024, 2025) AS y;

CREATE PROCEDURE finance.close_period(p_until date)
    LANGUAGE sql
    AS $$ UPDATE finance.ledger SET period_closed = true WHERE posted_on <= p_until $$;

GRANT SELECT, INSERT, UPDATE ON finance.invoices, finance.payments TO finance_team;
GRANT SELECT ON finance.accounts, finance.budgets TO finance_team;
GRANT SELECT, INSERT ON finance.ledger TO finance_team;
GRANT UPDATE, DELETE ON finance.ledger TO finance_controllers;
GRANT SELECT, INSERT, UPDATE, DELETE ON finance.budgets TO finance_controllers WITH GRANT OPTION;
GRANT SELECT ON finance.budgets TO senior_analysts;
GRANT SELECT (invoice_no, issued_on, due_on, amount, paid) ON finance.invoices TO senior_analysts;
REVOKE EXECUTE ON PROCEDURE finance.close_period(date) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE finance.close_period(date) TO finance_controllers;
-- Frank shares the budget with the Head of Sales using his grant option (grantor: finance_controllers).
RESET ROLE;
SET ROLE frank;
GRANT SELECT ON finance.budgets TO grace;
RESET ROLE;
SET ROLE data_owner;

-- ---------------------------------------------------------------------------------------------
-- reporting
-- ---------------------------------------------------------------------------------------------
CREATE MATERIALIZED VIEW reporting.monthly_revenue AS
    SELECT date_trunc('month', o.ordered_at)::date AS month, r.name AS region,
           count(DISTINCT o.order_id) AS orders,
           round(sum(i.quantity * i.unit_price * (1 - o.discount_pct / 100)), 2) AS revenue
    FROM sales.orders o
    JOIN sales.order_items i USING (order_id)
    JOIN sales.customers c USING (customer_id)
    JOIN sales.regions r USING (region_code)
    WHERE o.status NOT IN ('cancelled', 'refunded')
    GROUP BY 1, 2;
CREATE VIEW reporting.sales_by_region AS
    SELECT region, sum(revenue) AS revenue, sum(orders) AS orders
    FROM reporting.monthly_revenue GROUP BY region;
CREATE VIEW reporting.headcount AS
    SELECT * FROM hr.headcount_by_department();
CREATE TABLE reporting.dashboard_config (
    dashboard text PRIMARY KEY,
    owner_login text NOT NULL,
    settings jsonb NOT NULL DEFAULT '{}'
);
INSERT INTO reporting.dashboard_config VALUES
    ('Revenue overview', 'heidi', '{"refresh": "daily", "chart": "bar"}'),
    ('Headcount', 'carol', '{"refresh": "weekly"}'),
    ('Model quality', 'dave', '{"refresh": "hourly", "chart": "line"}');
GRANT SELECT ON reporting.monthly_revenue, reporting.sales_by_region, reporting.headcount TO reporting_readers;
GRANT SELECT, INSERT, UPDATE ON reporting.dashboard_config TO analysts;
GRANT SELECT ON reporting.dashboard_config TO reporting_readers;

RESET ROLE;

-- ---------------------------------------------------------------------------------------------
-- ml: owned by the data engineers group, so default privileges FOR ROLE data_engineers apply
-- ---------------------------------------------------------------------------------------------
SET ROLE data_engineers;
CREATE TABLE ml.models (
    model_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE,
    task text NOT NULL,
    framework text NOT NULL DEFAULT 'onnx',
    size_bytes bigint,
    created_by text NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ml.training_runs (
    run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_id integer NOT NULL REFERENCES ml.models,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    metrics jsonb NOT NULL DEFAULT '{}',
    dataset text NOT NULL
);
CREATE TABLE ml.customer_features (
    customer_id bigint PRIMARY KEY,
    orders_90d integer NOT NULL,
    revenue_90d numeric(12,2) NOT NULL,
    churn_score real
);
CREATE SEQUENCE ml.experiment_seq;
INSERT INTO ml.models (name, task, size_bytes, created_by) VALUES
    ('all-MiniLM-L6-v2', 'text-embedding', 90900000, 'dave'),
    ('churn-gbm-2024', 'classification', 2400000, 'niaj'),
    ('demand-forecast', 'regression', 5100000, 'victor');
INSERT INTO ml.training_runs (model_id, started_at, finished_at, metrics, dataset) VALUES
    (2, '2024-10-01 02:00+00', '2024-10-01 02:41+00', '{"auc": 0.87}', 'customers_2024q3'),
    (2, '2025-01-05 02:00+00', '2025-01-05 02:44+00', '{"auc": 0.89}', 'customers_2024q4'),
    (3, '2025-01-12 03:00+00', '2025-01-12 05:10+00', '{"mape": 0.112}', 'orders_2024');
INSERT INTO ml.customer_features
SELECT c.customer_id, count(o.order_id), coalesce(round(sum(sales.order_total(o.order_id)), 2), 0),
       round((c.customer_id % 7) / 7.0, 3)
FROM sales.customers c LEFT JOIN sales.orders o USING (customer_id)
GROUP BY c.customer_id;
CREATE FUNCTION ml.latest_run(p_model text) RETURNS ml.training_runs
    LANGUAGE sql STABLE
    AS $$ SELECT r.* FROM ml.training_runs r JOIN ml.models m USING (model_id)
          WHERE m.name = p_model ORDER BY r.started_at DESC LIMIT 1 $$;
GRANT SELECT, INSERT, UPDATE ON ml.training_runs TO ml_engineers;
GRANT INSERT, UPDATE ON ml.models TO ml_engineers;
GRANT USAGE ON SEQUENCE ml.experiment_seq TO ml_engineers;
GRANT SELECT ON ml.customer_features TO svc_webshop;
RESET ROLE;

-- ---------------------------------------------------------------------------------------------
-- public: a shared settings table owned by the superuser
-- ---------------------------------------------------------------------------------------------
CREATE TABLE public.app_settings (key text PRIMARY KEY, value text NOT NULL, updated_at timestamptz DEFAULT now());
INSERT INTO public.app_settings (key, value) VALUES
    ('company_name', 'Northwind Lumen AB'), ('fiscal_year_start', '01-01'), ('default_currency', 'EUR');
GRANT SELECT ON public.app_settings TO PUBLIC;
GRANT UPDATE (value, updated_at) ON public.app_settings TO dba_team;

ANALYZE;
