-- Found by the benchmark suite (issue 8). The pickup lists and a household's account add up each household's
-- orders of every earlier round (balances carried over: orders.household_id in (...)); without an index on
-- household_id every list scans the whole orders table, which grows by a round's orders every month.
create index orders_household_idx on orders (household_id);
