-- Monthly order rounds, their offer with prices frozen at opening, household orders, and the e-mail outbox.

-- Three-tier pricing settings of each antenna (percent of the cost price) and the rounding step of prices.
alter table antennas
    add column tier1_percent    numeric(5, 2) not null default 50  check (tier1_percent between 0 and 300),
    add column tier2_percent    numeric(5, 2) not null default 90  check (tier2_percent between 0 and 300),
    add column tier3_percent    numeric(5, 2) not null default 115 check (tier3_percent between 0 and 300),
    add column price_step_cents integer       not null default 1   check (price_step_cents in (1, 5, 10));

-- "Un prix pour tous": the cost price in every tier.
alter table products add column one_price_for_all boolean not null default false;

create sequence rounds_seq start with 1 increment by 50;
create table rounds (
    id               bigint        primary key,
    antenna_id       bigint        not null references antennas (id),
    name             varchar(120)  not null,
    status           varchar(12)   not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'DISTRIBUTED', 'SETTLED', 'CANCELLED')),
    opens_at         timestamptz   not null,
    deadline         timestamptz   not null,
    -- Pricing settings copied from the antenna when the round opens; never changed afterwards.
    tier1_percent    numeric(5, 2),
    tier2_percent    numeric(5, 2),
    tier3_percent    numeric(5, 2),
    price_step_cents integer,
    opened_at        timestamptz,
    closed_at        timestamptz,
    reminder_sent_at timestamptz,
    created_at       timestamptz   not null default now(),
    version          bigint        not null default 0,
    check (deadline > opens_at)
);
create index rounds_due_idx on rounds (status, opens_at, deadline);

create table round_groups (
    round_id bigint not null references rounds (id),
    group_id bigint not null references purchasing_groups (id),
    primary key (round_id, group_id)
);

-- Distribution date and time slot of each relay point in a round.
create sequence round_slots_seq start with 1 increment by 50;
create table round_slots (
    id                bigint       primary key,
    round_id          bigint       not null references rounds (id),
    relay_point_id    bigint       not null references relay_points (id),
    distribution_date date         not null,
    time_slot         varchar(60)  not null,
    unique (round_id, relay_point_id)
);

create sequence round_offers_seq start with 1 increment by 50;
create table round_offers (
    id                bigint         primary key,
    round_id          bigint         not null references rounds (id),
    product_id        bigint         not null references products (id),
    -- Limited supply; null = no cap. ordered_quantity is kept in step with the order lines by the same
    -- transaction, so a conditional update can refuse what would exceed the cap.
    cap_quantity      numeric(12, 3) check (cap_quantity >= 0),
    ordered_quantity  numeric(12, 3) not null default 0 check (ordered_quantity >= 0),
    -- Frozen when the round opens.
    cost_price_cents  bigint,
    tier1_price_cents bigint,
    tier2_price_cents bigint,
    tier3_price_cents bigint,
    one_price_for_all boolean        not null default false,
    unique (round_id, product_id),
    check (cap_quantity is null or ordered_quantity <= cap_quantity)
);

create sequence orders_seq start with 1 increment by 50;
create table orders (
    id           bigint       primary key,
    round_id     bigint       not null references rounds (id),
    household_id bigint       not null references households (id),
    status       varchar(12)  not null check (status in ('SUBMITTED', 'CANCELLED')),
    price_tier   smallint     not null check (price_tier in (1, 2, 3)),
    total_cents  bigint       not null check (total_cents >= 0),
    entered_by   varchar(254),
    submitted_at timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    -- One order per household per round: a double click or a retry updates it, never adds one.
    unique (round_id, household_id)
);

create sequence order_lines_seq start with 1 increment by 50;
create table order_lines (
    id               bigint         primary key,
    order_id         bigint         not null references orders (id),
    offer_id         bigint         not null references round_offers (id),
    quantity         numeric(10, 3) not null check (quantity > 0),
    unit_price_cents bigint         not null check (unit_price_cents >= 0),
    amount_cents     bigint         not null check (amount_cents >= 0),
    unique (order_id, offer_id)
);
create index order_lines_offer_idx on order_lines (offer_id);

-- E-mails are written here in the transaction that causes them and sent afterwards with retries, so an
-- SMTP outage never loses or blocks an order.
create sequence outbox_emails_seq start with 1 increment by 50;
create table outbox_emails (
    id              bigint        primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    html_body       text          not null,
    text_body       text          not null,
    created_at      timestamptz   not null default now(),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index outbox_emails_pending_idx on outbox_emails (next_attempt_at) where sent_at is null;
