-- Issue 21 (points 4 and 5).
-- A session cookie issued before this instant is refused (account/SessionIdentities): set by logging out, changing the
-- password and deactivating the account, so a copied or replayed cookie stops working on every instance.
alter table user_accounts add column sessions_valid_after timestamptz;

-- Failed sign-ins (form and HTTP Basic) of the last minutes, by login and by client address (account/SignInThrottle).
-- Kept in the database so that every instance counts the same failures; rows older than the window are deleted as
-- new ones come. A successful sign-in deletes its login's rows.
create table sign_in_failures (
    id        bigint generated always as identity primary key,
    login     varchar(254) not null,
    address   varchar(64),
    failed_at timestamptz  not null
);
create index sign_in_failures_login_idx on sign_in_failures (login, failed_at);
create index sign_in_failures_address_idx on sign_in_failures (address, failed_at) where address is not null;
create index sign_in_failures_at_idx on sign_in_failures (failed_at);
