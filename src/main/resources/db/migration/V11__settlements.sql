-- Producer settlements (relevés producteurs), the round's costs, subsidies and cash counts: what the round's
-- balance sheet is made of.

-- The producer's purchase price, frozen at opening like the tier prices: 100 % of it goes to the producer.
alter table round_offers add column purchase_price_cents bigint check (purchase_price_cents >= 0);

create sequence producer_statements_seq start with 1 increment by 50;
create table producer_statements (
    id                bigint       primary key,
    round_id          bigint       not null references rounds (id),
    producer_id       bigint       not null references producers (id),
    status            varchar(8)   not null default 'DRAFT' check (status in ('DRAFT', 'SENT', 'PAID')),
    -- Frozen when the statement is sent; while DRAFT the total is computed from the reception.
    total_cents       bigint,
    created_at        timestamptz  not null default now(),
    sent_at           timestamptz,
    paid_on           date,
    payment_reference varchar(120),
    version           bigint       not null default 0,
    unique (round_id, producer_id),
    check (status = 'DRAFT' or total_cents is not null),
    check (status <> 'PAID' or paid_on is not null)
);

-- Adjustments of a statement (damaged goods credited, transport paid by the producer…), always with a reason.
create sequence statement_adjustments_seq start with 1 increment by 50;
create table statement_adjustments (
    id           bigint       primary key,
    statement_id bigint       not null references producer_statements (id),
    amount_cents bigint       not null check (amount_cents <> 0),
    reason       varchar(300) not null check (length(trim(reason)) > 0),
    created_by   varchar(254) not null,
    created_at   timestamptz  not null default now()
);
create index statement_adjustments_statement_idx on statement_adjustments (statement_id);

-- What a coordinator enters in a round's books: logistics costs (transport, hub rent, packaging…) and the
-- grants and donations assigned to the round (not to the solidarity fund).
create sequence round_amounts_seq start with 1 increment by 50;
create table round_amounts (
    id           bigint       primary key,
    round_id     bigint       not null references rounds (id),
    kind         varchar(8)   not null check (kind in ('COST', 'SUBSIDY')),
    label        varchar(160) not null,
    amount_cents bigint       not null check (amount_cents > 0),
    created_by   varchar(254) not null,
    created_at   timestamptz  not null default now()
);
create index round_amounts_round_idx on round_amounts (round_id, kind);

-- Cash counted at a relay point at the end of its distribution, against the cash payments recorded.
create sequence cash_counts_seq start with 1 increment by 50;
create table cash_counts (
    id             bigint       primary key,
    round_id       bigint       not null references rounds (id),
    relay_point_id bigint       not null references relay_points (id),
    counted_cents  bigint       not null check (counted_cents >= 0),
    note           varchar(300),
    counted_by     varchar(254) not null,
    counted_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    unique (round_id, relay_point_id)
);
