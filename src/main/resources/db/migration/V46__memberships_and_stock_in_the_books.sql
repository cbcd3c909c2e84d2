-- Money the books missed (issue 20, point 5).
--
-- A membership paid on distribution day goes into that round's books (and its cash count when paid in cash); one
-- paid at another time counts only in the year's books. Once a round holds it, it is no longer changed from the
-- household's page.
alter table memberships
    add column round_id       bigint      references rounds (id),
    add column relay_point_id bigint      references relay_points (id),
    add column payment_method varchar(16) check (payment_method in ('CASH', 'CARD', 'CHEQUE', 'TRANSFER',
                                                                    'LOCAL_CURRENCY', 'OTHER')),
    add check (round_id is null or (paid and payment_method is not null));
create index memberships_round_idx on memberships (round_id);
create index memberships_paid_on_idx on memberships (paid_on);

-- Stock (le stock): what a round bought beyond the households' orders to complete a case (an offer's surplus) is
-- kept at its purchase value, then sold on a distribution day or written off (spoilt, given away). The surplus
-- itself is read from the offer, which closing keeps right; this ledger holds what left the stock, append-only.
create sequence stock_movements_seq start with 1 increment by 50;
create table stock_movements (
    id             bigint        primary key,
    offer_id       bigint        not null references round_offers (id),
    -- The round in whose books the movement counts: the one whose distribution day it happened on.
    round_id       bigint        not null references rounds (id),
    relay_point_id bigint        references relay_points (id),
    kind           varchar(16)   not null check (kind in ('SOLD', 'WRITTEN_OFF')),
    quantity       numeric(12,3) not null check (quantity > 0 and quantity <= 100000),
    -- What the quantity cost at purchase price (its share of the stock's value).
    value_cents    bigint        not null check (value_cents >= 0),
    -- What the buyer paid (0 for a write-off).
    amount_cents   bigint        not null default 0 check (amount_cents between 0 and 10000000),
    payment_method varchar(16)   check (payment_method in ('CASH', 'CARD', 'CHEQUE', 'TRANSFER', 'LOCAL_CURRENCY',
                                                           'OTHER')),
    note           varchar(160),
    recorded_at    timestamptz   not null default now(),
    recorded_by    varchar(254)  not null,
    check (kind <> 'SOLD' or payment_method is not null),
    check (kind <> 'WRITTEN_OFF' or (amount_cents = 0 and note is not null))
);
create index stock_movements_offer_idx on stock_movements (offer_id);
create index stock_movements_round_idx on stock_movements (round_id);

create function stock_movements_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stock_movements is append-only';
end;
$$;
create trigger stock_movements_no_update before update or delete on stock_movements
    for each row execute function stock_movements_append_only();
