-- The producer who packs a basket delivery, frozen on the delivery (issue: editing basket offers).
-- Producer totals and a producer's own deliveries used to follow basket_offers.producer_id live: changing an
-- offer's producer would have moved every past delivery, and what it is owed, to the new producer. Each delivery
-- now keeps its producer; an offer's new producer takes over only the deliveries not yet sent to the old one.
alter table basket_deliveries add column producer_id bigint references producers (id);

update basket_deliveries d set producer_id = o.producer_id from basket_offers o where o.id = d.offer_id;

alter table basket_deliveries alter column producer_id set not null;

create index basket_deliveries_producer_idx on basket_deliveries (producer_id, delivery_date);
