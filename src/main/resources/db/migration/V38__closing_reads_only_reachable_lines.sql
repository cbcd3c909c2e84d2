-- Closing reads only the lines case rounding can change. An offer's lines in the rule's order (time of the
-- order, then line id): the earliest tolerances complete a case, the latest lines give a part-filled case back,
-- and the scan stops as soon as it has enough. The index still serves every lookup by offer.
drop index order_lines_offer_idx;
create index order_lines_offer_time_idx on order_lines (offer_id, ordered_at, id);

-- The few lines that hold something closing or distribution stored (an allocation, a final amount, a delivered
-- quantity or a missing mark): closing reads them all again to keep them right, or to clear them.
create index order_lines_stored_idx on order_lines (offer_id)
    where allocated_quantity is not null or final_amount_cents is not null or missing
          or delivered_quantity is not null;
