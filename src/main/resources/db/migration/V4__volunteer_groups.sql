-- The purchasing groups a volunteer works for: volunteers enter and see orders of these groups only.
create table volunteer_groups (
    user_account_id bigint not null references user_accounts (id) on delete cascade,
    group_id        bigint not null references purchasing_groups (id),
    primary key (user_account_id, group_id)
);
create index volunteer_groups_group_idx on volunteer_groups (group_id);
