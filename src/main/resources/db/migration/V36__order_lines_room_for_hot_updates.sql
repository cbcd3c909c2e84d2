-- Found by the benchmark suite (closing a 5,000-order round). Every line of a round is rewritten at least
-- once after it is inserted: allocated quantity and final amount at closing (all of them, in one statement),
-- again after a case decision or a shortage, then the weighed quantity on distribution day. With full pages
-- each new row version goes to another page and gets an entry in all three indexes, which was most of the
-- cost of closing. None of those columns is indexed, so with room left on the page PostgreSQL updates in
-- place (HOT): no index writes, and the space of the old versions is reused. Half a page holds the new
-- version of every line of the page, which is what closing needs. Only pages written from now on get the
-- room: existing rows keep their layout until the table is rewritten.
alter table order_lines set (fillfactor = 50);
