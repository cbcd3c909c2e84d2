-- Issue 21: every account acts within a scope.
-- A coordinator coordinates the antennas listed in account_antennas, or every antenna when all_antennas is set (a
-- network coordinator); a referrer works for the antennas listed there too. Volunteers' scope stays their groups
-- (volunteer_groups), households' their household, producers' their producer record.
alter table user_accounts add column all_antennas boolean not null default false;
-- The structure a social referrer works for (CCAS, centre social...), shown on the referrals it makes.
alter table user_accounts add column structure varchar(160);

create table account_antennas (
    user_account_id bigint not null references user_accounts (id) on delete cascade,
    antenna_id      bigint not null references antennas (id),
    primary key (user_account_id, antenna_id)
);
create index account_antennas_antenna_idx on account_antennas (antenna_id);

-- Before this migration coordinators acted on every antenna and referrers worked for all: keep what they could do.
update user_accounts set all_antennas = true where (',' || roles || ',') like '%,COORDINATOR,%';
insert into account_antennas (user_account_id, antenna_id)
    select a.id, an.id from user_accounts a cross join antennas an where (',' || a.roles || ',') like '%,REFERRER,%';
