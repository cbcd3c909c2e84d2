-- Producer purchase orders (bons de commande): where and when the producer delivers, and e-mails that carry a
-- file (the purchase order's CSV).

alter table purchase_orders
    add column delivery_date    date,
    add column delivery_address varchar(300),
    add column note             varchar(500),
    add column version          bigint not null default 0;

-- Every sending is kept: who sent what total to which address, and when (a resent order gets a new row).
alter table purchase_order_sendings
    add column resend boolean not null default false;

create or replace function purchase_order_sendings_append_only() returns trigger as $$
begin
    raise exception 'purchase_order_sendings is append-only';
end;
$$ language plpgsql;

create trigger purchase_order_sendings_no_change
    before update or delete on purchase_order_sendings
    for each row execute function purchase_order_sendings_append_only();

alter table outbox_emails
    add column attachment_name varchar(200),
    add column attachment_type varchar(100),
    add column attachment      bytea;
