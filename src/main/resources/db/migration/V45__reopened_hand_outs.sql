-- A coordinator may reopen one household's hand-out after its relay point's day was closed (a weight to fix, a
-- household marked absent at closing that did come): the order says when and by whom until the correction is saved.
-- Both the reopening and the correction are in the audit trail.
alter table orders
    add column reopened_at timestamptz,
    add column reopened_by varchar(254);
