-- Issue 21: invitations, household access codes and "mot de passe oublié".
-- An account made by an invitation has no password until its owner chooses one: password_set tells the round e-mails
-- (and the account pages) whether the account can log in. Every existing account chose its password.
alter table user_accounts add column password_set boolean not null default true;

-- Single-use secrets sent by e-mail (INVITATION: 7 days, PASSWORD_RESET: 1 hour) or printed on a card handed to a
-- household (HOUSEHOLD_CODE: 30 days). Only a SHA-256 of the secret is stored; it is used once (used_at set by a
-- conditional update, so two uses at once cannot both win). A code typed wrong counts in failed_tries: at 5 the code
-- is void.
create sequence account_tokens_seq start with 1 increment by 50;
create table account_tokens (
    id              bigint      primary key,
    user_account_id bigint      not null references user_accounts (id) on delete cascade,
    kind            varchar(20) not null,
    token_hash      varchar(64) not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    used_at         timestamptz,
    failed_tries    integer     not null default 0,
    household_id    bigint      references households (id) on delete cascade,
    constraint account_tokens_kind check (kind in ('INVITATION', 'PASSWORD_RESET', 'HOUSEHOLD_CODE')),
    constraint account_tokens_code_household check ((kind = 'HOUSEHOLD_CODE') = (household_id is not null))
);
create unique index account_tokens_hash_uq on account_tokens (token_hash);
create index account_tokens_account_idx on account_tokens (user_account_id);
create index account_tokens_household_idx on account_tokens (household_id) where household_id is not null;
