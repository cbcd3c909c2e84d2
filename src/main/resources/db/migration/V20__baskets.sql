-- P.A.N.I.E.R.S. co-funded solidarity baskets: offers, funders and funding schemes, referrals by social
-- referrers, subscriptions with pauses, materialised deliveries and what happened to each basket.
-- Money in euro cents (bigint). Amounts are frozen on each basket when it is planned, so later changes to
-- an offer's value or a scheme never rewrite what was billed.

create sequence basket_offers_seq start with 1 increment by 50;
create table basket_offers (
    id            bigint       primary key,
    name          varchar(120) not null,
    size          varchar(10)  not null check (size in ('PETIT', 'GRAND')),
    value_cents   bigint       not null check (value_cents > 0),
    producer_id   bigint       not null references producers (id),
    frequency     varchar(10)  not null check (frequency in ('WEEKLY', 'BIWEEKLY')),
    pickup_day    varchar(10)  not null check (pickup_day in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
                                                               'FRIDAY', 'SATURDAY', 'SUNDAY')),
    pickup_time   varchar(40)  not null,
    -- What happens to a basket nobody collected, chosen by the coordinator.
    missed_rule   varchar(20)  not null default 'HELD' check (missed_rule in ('HELD', 'GIVEN_TO_OTHER', 'DONATED')),
    active        boolean      not null default true,
    version       bigint       not null default 0
);
create index basket_offers_producer_idx on basket_offers (producer_id);

create table basket_offer_relay_points (
    offer_id       bigint not null references basket_offers (id),
    relay_point_id bigint not null references relay_points (id),
    primary key (offer_id, relay_point_id)
);

-- Holiday closures: no basket on these dates.
create table basket_closures (
    offer_id  bigint       not null references basket_offers (id),
    closed_on date         not null,
    reason    varchar(160),
    primary key (offer_id, closed_on)
);

create sequence basket_funders_seq start with 1 increment by 50;
create table basket_funders (
    id                   bigint       primary key,
    name                 varchar(160) not null,
    email                varchar(254),
    -- Budget envelope per calendar month; null = no envelope.
    monthly_budget_cents bigint       check (monthly_budget_cents >= 0),
    version              bigint       not null default 0
);
create unique index basket_funders_name_uq on basket_funders (lower(name));

create sequence basket_schemes_seq start with 1 increment by 50;
create table basket_schemes (
    id      bigint       primary key,
    name    varchar(160) not null,
    version bigint       not null default 0
);
create unique index basket_schemes_name_uq on basket_schemes (lower(name));

-- The payers of a scheme in order (the order decides who gets an odd cent); funder_id null = the household.
create table basket_scheme_shares (
    scheme_id bigint  not null references basket_schemes (id),
    position  integer not null,
    funder_id bigint  references basket_funders (id),
    percent   integer not null check (percent between 1 and 100),
    primary key (scheme_id, position)
);
create unique index basket_scheme_shares_household_uq on basket_scheme_shares (scheme_id) where funder_id is null;

-- A social referrer states that the household meets a condition; no document is stored.
create sequence basket_referrals_seq start with 1 increment by 50;
create table basket_referrals (
    id           bigint       primary key,
    household_id bigint       not null references households (id),
    referrer_id  bigint       not null references user_accounts (id),
    structure    varchar(160),
    condition    varchar(300) not null,
    checked_on   date         not null,
    created_at   timestamptz  not null default now()
);
create index basket_referrals_referrer_idx on basket_referrals (referrer_id);

create sequence basket_subscriptions_seq start with 1 increment by 50;
create table basket_subscriptions (
    id             bigint      primary key,
    referral_id    bigint      not null references basket_referrals (id),
    household_id   bigint      not null references households (id),
    offer_id       bigint      not null references basket_offers (id),
    scheme_id      bigint      not null references basket_schemes (id),
    relay_point_id bigint      not null references relay_points (id),
    start_on       date        not null,
    end_on         date        not null check (end_on >= start_on),
    status         varchar(10) not null default 'ACTIVE' check (status in ('ACTIVE', 'STOPPED')),
    stopped_on     date,
    stop_reason    varchar(300),
    created_at     timestamptz not null default now(),
    version        bigint      not null default 0
);
create index basket_subscriptions_offer_idx on basket_subscriptions (offer_id);
create index basket_subscriptions_household_idx on basket_subscriptions (household_id);

create sequence basket_pauses_seq start with 1 increment by 50;
create table basket_pauses (
    id              bigint       primary key,
    subscription_id bigint       not null references basket_subscriptions (id),
    from_on         date         not null,
    to_on           date         not null check (to_on >= from_on),
    reason          varchar(160)
);
create index basket_pauses_subscription_idx on basket_pauses (subscription_id);

-- One delivery per offer and date: the week's content and recipe, and when the producer was told the counts.
create sequence basket_deliveries_seq start with 1 increment by 50;
create table basket_deliveries (
    id            bigint      primary key,
    offer_id      bigint      not null references basket_offers (id),
    delivery_date date        not null,
    content       varchar(4000),
    recipe        varchar(8000),
    notified_at   timestamptz,
    version       bigint      not null default 0,
    unique (offer_id, delivery_date)
);

-- One basket for one subscription on one delivery, with its frozen value and shares, and the pickup.
create sequence basket_handouts_seq start with 1 increment by 50;
create table basket_handouts (
    id                    bigint       primary key,
    delivery_id           bigint       not null references basket_deliveries (id),
    subscription_id       bigint       not null references basket_subscriptions (id),
    relay_point_id        bigint       not null references relay_points (id),
    value_cents           bigint       not null check (value_cents >= 0),
    household_share_cents bigint       not null check (household_share_cents >= 0),
    status                varchar(10)  not null default 'WAITING' check (status in ('WAITING', 'COLLECTED', 'MISSED')),
    missed_rule           varchar(20)  check (missed_rule in ('HELD', 'GIVEN_TO_OTHER', 'DONATED')),
    paid_cents            bigint       not null default 0 check (paid_cents >= 0),
    payment_method        varchar(20),
    note                  varchar(300),
    recorded_by           varchar(254),
    recorded_at           timestamptz,
    budget_override       boolean      not null default false,
    version               bigint       not null default 0,
    unique (delivery_id, subscription_id)
);
create index basket_handouts_relay_idx on basket_handouts (delivery_id, relay_point_id);

create table basket_handout_shares (
    handout_id   bigint  not null references basket_handouts (id),
    funder_id    bigint  not null references basket_funders (id),
    amount_cents bigint  not null check (amount_cents >= 0),
    primary key (handout_id, funder_id)
);
create index basket_handout_shares_funder_idx on basket_handout_shares (funder_id);
