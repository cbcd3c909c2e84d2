-- What a basket delivery's documents print about its offer, frozen on the delivery (issue: renaming offers).
-- Funder statements, producer totals, pickup lists, the producer's e-mail and the household's page used to read
-- the offer's name, size and pickup time live from basket_offers: renaming an offer rewrote every past statement,
-- which a funder may already hold on paper. Each delivery now keeps them, as V39 keeps its producer: a new delivery
-- takes the offer's current values, and an edit carries them only to the deliveries still to come (dated today or
-- later and not yet announced to the producer).
alter table basket_deliveries
    add column offer_name  varchar(120),
    add column offer_size  varchar(10) check (offer_size in ('PETIT', 'GRAND')),
    add column pickup_time varchar(40);

update basket_deliveries d set offer_name = o.name, offer_size = o.size, pickup_time = o.pickup_time
from basket_offers o where o.id = d.offer_id;

alter table basket_deliveries
    alter column offer_name set not null,
    alter column offer_size set not null,
    alter column pickup_time set not null;
