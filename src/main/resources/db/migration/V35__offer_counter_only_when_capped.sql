-- Orders no longer count what they take on every offer row: that counter was shared by every order of a round, so
-- all orders queued on the same rows (benchmark, issue 8). It is kept only for capped offers, where the cap check
-- needs it; setting a cap recounts it from the submitted orders (RoundService.setCap, under OfferCapLock).
update round_offers set ordered_quantity = 0 where cap_quantity is null;

comment on column round_offers.ordered_quantity is
    'Quantity reserved by submitted orders, kept only while cap_quantity is set (0 otherwise); what an uncapped offer has received is the sum of its order_lines.';
