-- From the deadline to the last household served: case rounding, reception at the hub, purchase orders,
-- distribution day (weighed quantities, pickups, payments) and balances carried between rounds.

-- What to do with a part-filled case when nobody's tolerance fills it (see closing.CaseRounding).
alter table products add column case_policy varchar(12) not null default 'ROUND_DOWN'
    check (case_policy in ('ROUND_UP', 'ROUND_DOWN', 'NEAREST'));

alter table order_lines
    -- "I accept up to this much more to fill a case" (Foodsoft's tolerance), in the sale unit.
    add column tolerance          numeric(10, 3) not null default 0 check (tolerance >= 0),
    -- When this line's quantity or tolerance last changed: later lines are trimmed first.
    add column ordered_at         timestamptz    not null default now(),
    -- What goes in the household's bag after case rounding and shortages (null until the round closes).
    add column allocated_quantity numeric(10, 3) check (allocated_quantity >= 0),
    -- What the household really took, weighed on distribution day (null until weighed).
    add column delivered_quantity numeric(10, 3) check (delivered_quantity >= 0),
    -- Missing on the day: not charged.
    add column missing            boolean        not null default false,
    -- Amount of the line at the frozen unit price for what the household gets (null until the round closes).
    add column final_amount_cents bigint         check (final_amount_cents >= 0);

alter table round_offers
    -- Frozen at closing with the product's policy, then changed by the coordinator's decision.
    add column case_size          numeric(10, 3) check (case_size > 0),
    add column case_decision      varchar(12)    check (case_decision in ('ROUND_UP', 'ROUND_DOWN')),
    add column cases_ordered      integer        check (cases_ordered >= 0),
    add column allocated_quantity numeric(12, 3) check (allocated_quantity >= 0),
    add column surplus_quantity   numeric(12, 3) not null default 0 check (surplus_quantity >= 0),
    -- Reception at the hub: what the producer really delivered.
    add column received_quantity  numeric(12, 3) check (received_quantity >= 0),
    add column reception_status   varchar(12)    check (reception_status in ('COMPLETE', 'SHORT', 'DAMAGED', 'REPLACED')),
    add column reception_note     varchar(300),
    add column version            bigint         not null default 0;

-- The coordinator confirmed the case decisions: households were told, purchase orders can go out.
alter table rounds add column allocation_confirmed_at timestamptz;

alter table orders
    add column final_total_cents      bigint      check (final_total_cents >= 0),
    add column pickup_status          varchar(12) not null default 'WAITING'
        check (pickup_status in ('WAITING', 'PICKED_UP', 'ABSENT')),
    add column picked_up_at           timestamptz,
    add column handled_by             varchar(254),
    -- What becomes of an absent household's goods, decided by a coordinator.
    add column absence_decision       varchar(12) check (absence_decision in ('HELD', 'SOLD_ON', 'DONATED', 'CHARGED')),
    add column absence_note           varchar(300),
    -- Bought for the fund at pickup (on top of coupon_count bought with the order).
    add column pickup_coupons         integer     not null default 0 check (pickup_coupons between 0 and 1000),
    add column round_up_cents         bigint      not null default 0 check (round_up_cents between 0 and 100000),
    -- Set when the household was told its quantities changed (case rounding or shortage).
    add column adjustment_notified_at timestamptz;

-- Money received from households. Append-only: a mistake is corrected by a negative payment.
create sequence payments_seq start with 1 increment by 50;
create table payments (
    id           bigint       primary key,
    order_id     bigint       not null references orders (id),
    household_id bigint       not null references households (id),
    round_id     bigint       not null references rounds (id),
    method       varchar(16)  not null check (method in ('CASH', 'CARD', 'CHEQUE', 'TRANSFER', 'LOCAL_CURRENCY', 'OTHER')),
    amount_cents bigint       not null check (amount_cents <> 0),
    recorded_at  timestamptz  not null default now(),
    recorded_by  varchar(254) not null
);
create index payments_household_idx on payments (household_id);
create index payments_round_idx on payments (round_id);

create function payments_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'payments is append-only';
end;
$$;
create trigger payments_no_update before update or delete on payments
    for each row execute function payments_append_only();

-- A relay point's distribution day is closed once every household is handled.
alter table round_slots
    add column closed_at timestamptz,
    add column closed_by varchar(254),
    add column version   bigint not null default 0;

-- One purchase order per producer and round; every sending is logged.
create sequence purchase_orders_seq start with 1 increment by 50;
create table purchase_orders (
    id          bigint      primary key,
    round_id    bigint      not null references rounds (id),
    producer_id bigint      not null references producers (id),
    created_at  timestamptz not null default now(),
    unique (round_id, producer_id)
);

create sequence purchase_order_sendings_seq start with 1 increment by 50;
create table purchase_order_sendings (
    id                bigint       primary key,
    purchase_order_id bigint       not null references purchase_orders (id),
    sent_at           timestamptz  not null default now(),
    sent_to           varchar(254) not null,
    sent_by           varchar(254) not null,
    total_cents       bigint       not null
);
create index purchase_order_sendings_po_idx on purchase_order_sendings (purchase_order_id);

create index orders_round_household_idx on orders (round_id, pickup_status);
