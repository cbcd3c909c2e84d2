-- The product's name as a round offered it, frozen when the round opens, with its prices (issue: renaming offers).
-- Purchase orders, producer statements, pickup lists, receipts and e-mails of a round read products.name live:
-- renaming a product in the catalogue rewrote the documents of every past round. An open round's offers now keep
-- the name they were opened with; offers of a round not yet open have none (null) and show the catalogue's name.
alter table round_offers add column product_name varchar(160);

-- Rounds already open or past: their original name is not known any more, today's is the best there is.
update round_offers o set product_name = p.name from products p
where p.id = o.product_id and o.tier1_price_cents is not null;

-- Frozen prices and a frozen name go together.
alter table round_offers add constraint round_offers_product_name_frozen
    check (tier1_price_cents is null or product_name is not null);
