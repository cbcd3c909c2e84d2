-- Issue 23: a household on paper (or anyone) draws on the solidarity fund with bons solidaires (1 € each) taken
-- freely from a box at the cash desk. Only the relay point's totals for the day are recorded: how many bons the fund
-- put in the box, and how many came back in the till as payment. The fund's ledger moves by those totals (kind BONS),
-- never by household.
alter table fund_entries drop constraint fund_entries_kind_check;
alter table fund_entries add constraint fund_entries_kind_check check (kind in ('COUPON', 'DONATION', 'GRANT',
    'ROUND_UP', 'TIER3_SURPLUS', 'DRAW', 'DRAW_RELEASE', 'CORRECTION', 'BONS'));

create table slot_bons (
    slot_id      bigint       primary key references round_slots (id),
    -- Bons the fund put in the box for this distribution (taken from the fund above its reserve floor).
    in_box       integer      not null default 0 check (in_box between 0 and 100000),
    -- Bons counted in the till at the end of the day (paid with); null until counted. The others go back.
    used         integer      check (used >= 0 and used <= in_box),
    -- What the fund's ledger holds for this box now: in_box × 100 until counted, then used × 100.
    drawn_cents  bigint       not null default 0,
    updated_at   timestamptz  not null,
    updated_by   varchar(254) not null
);
