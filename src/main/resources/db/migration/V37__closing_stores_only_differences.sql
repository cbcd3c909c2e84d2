-- Closing no longer rewrites every line of the round: a line's allocated quantity and final amount, and an
-- order's final total, are stored only where they differ from what was ordered (every reader already fell back
-- on the ordered figure when they were null). Rows written by earlier closings follow the same rule.
update order_lines set allocated_quantity = null where allocated_quantity = quantity;
update order_lines set final_amount_cents = null where final_amount_cents = amount_cents;
update orders set final_total_cents = null where final_total_cents = total_cents;

comment on column order_lines.allocated_quantity is
    'What goes in the bag after case rounding and shortages, where it differs from quantity; null: as ordered.';
comment on column order_lines.final_amount_cents is
    'Amount for what the household gets (allocated or weighed), where it differs from amount_cents; null: as ordered.';
comment on column orders.final_total_cents is
    'Goods total after case rounding, shortages and weighing, where it differs from total_cents; null: as ordered.';

-- V36 left half of each page free for the closing''s rewrite of every line; only weighing and order changes
-- update lines in place now, and a half-empty table makes every read of the lines (closing, lists, reports)
-- twice as long.
alter table order_lines set (fillfactor = 90);
