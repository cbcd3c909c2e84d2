-- Anonymous solidarity fund (caisse solidaire): one append-only ledger per antenna. Draw entries carry no
-- household reference; only the order (seen by its household alone) keeps its own reduction.

alter table antennas
    add column fund_draw_rates              varchar(20) not null default '10,20,30',
    add column fund_reserve_floor_cents     bigint      not null default 0 check (fund_reserve_floor_cents >= 0),
    add column fund_cap_per_household_cents bigint      check (fund_cap_per_household_cents >= 0),
    -- When true, the part of tier-3 prices above cost goes to the fund when a round closes.
    add column fund_tier3_surplus           boolean     not null default false;

create table fund_balances (
    antenna_id    bigint primary key references antennas (id),
    balance_cents bigint not null default 0
);

create sequence fund_entries_seq start with 1 increment by 50;
create table fund_entries (
    id           bigint       primary key,
    antenna_id   bigint       not null references antennas (id),
    kind         varchar(20)  not null check (kind in ('COUPON', 'DONATION', 'GRANT', 'ROUND_UP', 'TIER3_SURPLUS',
                                                       'DRAW', 'DRAW_RELEASE', 'CORRECTION')),
    amount_cents bigint       not null check (amount_cents <> 0),
    round_id     bigint       references rounds (id),
    -- Draws and releases are dated to the day only, so their time cannot be matched with an order's.
    entry_date   date         not null default current_date,
    created_at   timestamptz,
    recorded_by  varchar(254),
    donor_name   varchar(160),
    reason       varchar(500),
    check (kind <> 'CORRECTION' or reason is not null),
    check (kind not in ('DRAW', 'DRAW_RELEASE') or (created_at is null and recorded_by is null))
);
create index fund_entries_antenna_idx on fund_entries (antenna_id, entry_date);

-- The ledger is append-only: entries are never changed or removed.
create function fund_entries_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'fund_entries is append-only';
end;
$$;
create trigger fund_entries_no_update before update or delete on fund_entries
    for each row execute function fund_entries_append_only();

alter table orders
    add column fund_rate_percent     smallint check (fund_rate_percent between 1 and 100),
    add column fund_reduction_cents  bigint   not null default 0 check (fund_reduction_cents >= 0),
    -- 1 € coupons bought with the order for the fund, paid at pickup with it.
    add column coupon_count          integer  not null default 0 check (coupon_count between 0 and 1000);
