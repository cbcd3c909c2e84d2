-- Issue 26: what a line hands out (ordering/OrderFigures.handedOut: nothing if missing, else weighed, else allocated,
-- else ordered), stored by the order's one writer (OrderLine as it is written, OrderLifecycle at closing) so that
-- the funders' volumes sum it instead of writing the rule again.
alter table order_lines add column handed_out_quantity numeric(10, 3);

update order_lines set handed_out_quantity = case when missing then 0
        else coalesce(delivered_quantity, allocated_quantity, quantity) end;

alter table order_lines alter column handed_out_quantity set not null;
