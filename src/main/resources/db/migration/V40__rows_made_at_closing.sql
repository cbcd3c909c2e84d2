-- Purchase orders and producer statements are made when a round closes (one per producer of its offer), no
-- longer on the first page or API call that reads them: a GET never writes. The rounds closed before this
-- version get the rows they would have been given then, with the defaults a first reading used to give them
-- (the round's first distribution day and the antenna's last delivery address, to be checked by the
-- coordinator; a draft statement). Rows that exist are left as they are.

insert into purchase_orders (id, round_id, producer_id, delivery_date, delivery_address)
select nextval('purchase_orders_seq'), r.id, p.producer_id,
       (select min(s.distribution_date) from round_slots s where s.round_id = r.id),
       (select po.delivery_address from purchase_orders po join rounds x on x.id = po.round_id
        where x.antenna_id = r.antenna_id and po.delivery_address is not null
        order by po.id desc limit 1)
from rounds r
join (select distinct o.round_id, pr.producer_id from round_offers o join products pr on pr.id = o.product_id) p
    on p.round_id = r.id
where r.status in ('CLOSED', 'DISTRIBUTED', 'SETTLED')
on conflict (round_id, producer_id) do nothing;

insert into producer_statements (id, round_id, producer_id)
select nextval('producer_statements_seq'), r.id, p.producer_id
from rounds r
join (select distinct o.round_id, pr.producer_id from round_offers o join products pr on pr.id = o.product_id) p
    on p.round_id = r.id
where r.status in ('CLOSED', 'DISTRIBUTED', 'SETTLED')
on conflict (round_id, producer_id) do nothing;
