-- Issue 26: the figures of an order that queries add up over many orders (household balances, the round's books, the
-- fund's tier-3 surplus), stored by the order's one writer from the rules of ordering/OrderFigures, so that SQL sums
-- them instead of writing the rules again (which orders are charged, what a line hands out, coupons at 1 €).
--   charge            NOT_CHARGED (cancelled, or absent and not owing), PENDING (not handed out yet), CHARGED
--   goods_cents       goods total charged: the final total where there is one, else the ordered total
--   cost_value_cents  what the household gets (handed-out quantities) at the cost price frozen in the round
--   due_cents         what the household owes for the order: what it pays once charged, else 0
alter table orders
    add column charge varchar(16) not null default 'PENDING',
    add column goods_cents bigint not null default 0,
    add column cost_value_cents bigint not null default 0,
    add column due_cents bigint not null default 0;

update orders o set
    charge = case when o.status <> 'SUBMITTED' then 'NOT_CHARGED'
                  when o.pickup_status = 'WAITING' then 'PENDING'
                  when o.pickup_status = 'PICKED_UP' or o.absence_decision in ('HELD', 'CHARGED') then 'CHARGED'
                  else 'NOT_CHARGED' end,
    goods_cents = coalesce(o.final_total_cents, o.total_cents),
    cost_value_cents = coalesce((select sum(round(case when l.missing then 0
                                        else coalesce(l.delivered_quantity, l.allocated_quantity, l.quantity) end
                                        * coalesce(f.cost_price_cents, 0)))
                                 from order_lines l join round_offers f on f.id = l.offer_id
                                 where l.order_id = o.id), 0);

update orders set due_cents = case when charge = 'CHARGED'
        then goods_cents - fund_reduction_cents + (coupon_count + pickup_coupons) * 100 + round_up_cents else 0 end;
