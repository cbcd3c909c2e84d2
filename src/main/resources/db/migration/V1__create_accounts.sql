-- Accounts that can log in. A person may hold several roles (comma-separated, as Security JPA reads them).
create sequence user_accounts_seq start with 1 increment by 50;

create table user_accounts (
    id            bigint       primary key,
    login         varchar(254) not null,
    password_hash varchar(100) not null,
    roles         varchar(200) not null,
    display_name  varchar(120) not null,
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint user_accounts_login_lowercase check (login = lower(login))
);
create unique index user_accounts_login_uq on user_accounts (login);
