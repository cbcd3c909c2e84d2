-- The product's facts as a round offered it, frozen when the round opens with its prices and name (V42): sale unit,
-- category, VAT rate, order step and minimum, organic / local / fair-trade. Orders during the round were checked
-- against the step and minimum of the catalogue of the day, and pickup lists, purchase orders, statements, the
-- funder report and the CSV files of past rounds read the unit, category and labels live: changing a product in
-- the catalogue rewrote every past round. Offers of a round not yet open have none (null) and follow the catalogue.
alter table round_offers
    add column sale_unit     varchar(10) check (sale_unit in ('KG', 'LITRE', 'PIECE')),
    add column category      varchar(30),
    add column vat_rate      numeric(4, 1) check (vat_rate in (5.5, 10.0, 20.0)),
    add column order_step    numeric(10, 3) check (order_step > 0),
    add column order_minimum numeric(10, 3) check (order_minimum >= 0),
    add column organic       boolean,
    add column local         boolean,
    add column fair_trade    boolean;

-- Rounds already open or past: what they opened with is not known any more, today's facts are the best there are.
update round_offers o set sale_unit = p.sale_unit, category = p.category, vat_rate = p.vat_rate,
    order_step = p.order_step, order_minimum = p.order_minimum, organic = p.organic, local = p.local,
    fair_trade = p.fair_trade
from products p
where p.id = o.product_id and o.tier1_price_cents is not null;

-- Frozen prices and frozen facts go together.
alter table round_offers add constraint round_offers_product_facts_frozen
    check (tier1_price_cents is null or (sale_unit is not null and category is not null and vat_rate is not null
        and order_step is not null and order_minimum is not null and organic is not null and local is not null
        and fair_trade is not null));
