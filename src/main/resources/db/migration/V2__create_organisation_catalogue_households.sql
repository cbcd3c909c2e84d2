-- Antenna -> purchasing groups -> relay points; producers and products; households and memberships.
-- Money in euro cents (bigint); quantities in sale units with three decimals.

create sequence antennas_seq start with 1 increment by 50;
create table antennas (
    id            bigint       primary key,
    name          varchar(120) not null,
    town          varchar(120),
    contact_email varchar(254),
    active        boolean      not null default true,
    version       bigint       not null default 0
);
create unique index antennas_name_uq on antennas (lower(name));

create sequence purchasing_groups_seq start with 1 increment by 50;
create table purchasing_groups (
    id          bigint        primary key,
    antenna_id  bigint        not null references antennas (id),
    name        varchar(120)  not null,
    town        varchar(120),
    description varchar(1000),
    active      boolean       not null default true,
    version     bigint        not null default 0
);
create unique index purchasing_groups_name_uq on purchasing_groups (antenna_id, lower(name));

create sequence relay_points_seq start with 1 increment by 50;
create table relay_points (
    id            bigint       primary key,
    group_id      bigint       not null references purchasing_groups (id),
    name          varchar(120) not null,
    address       varchar(300) not null,
    opening_hours varchar(300),
    contact       varchar(300),
    active        boolean      not null default true,
    version       bigint       not null default 0
);
create index relay_points_group_idx on relay_points (group_id);

create sequence producers_seq start with 1 increment by 50;
create table producers (
    id                bigint        primary key,
    antenna_id        bigint        not null references antennas (id),
    name              varchar(160)  not null,
    contact_name      varchar(120),
    email             varchar(254),
    phone             varchar(40),
    town              varchar(120),
    distance_km       integer       check (distance_km >= 0),
    organic_certified boolean       not null default false,
    certifier         varchar(120),
    notes             varchar(2000),
    user_account_id   bigint        unique references user_accounts (id),
    active            boolean       not null default true,
    version           bigint        not null default 0
);
create unique index producers_name_uq on producers (antenna_id, lower(name));

create sequence products_seq start with 1 increment by 50;
create table products (
    id                   bigint         primary key,
    antenna_id           bigint         not null references antennas (id),
    producer_id          bigint         not null references producers (id),
    name                 varchar(160)   not null,
    description          varchar(2000),
    category             varchar(30)    not null,
    sale_unit            varchar(10)    not null check (sale_unit in ('KG', 'LITRE', 'PIECE')),
    order_step           numeric(10, 3) not null check (order_step > 0),
    order_minimum        numeric(10, 3) not null check (order_minimum >= 0),
    case_size            numeric(10, 3) not null check (case_size > 0),
    purchase_price_cents bigint         not null check (purchase_price_cents >= 0),
    logistics_cents      bigint         not null default 0 check (logistics_cents >= 0),
    vat_rate             numeric(4, 1)  not null check (vat_rate in (5.5, 10.0, 20.0)),
    organic              boolean        not null default false,
    local                boolean        not null default false,
    fair_trade           boolean        not null default false,
    origin               varchar(120),
    active               boolean        not null default true,
    version              bigint         not null default 0
);
create index products_producer_idx on products (producer_id);
create unique index products_name_uq on products (antenna_id, producer_id, lower(name));

-- Which purchasing groups offer which product ("club produits" of each group).
create table product_groups (
    product_id bigint not null references products (id),
    group_id   bigint not null references purchasing_groups (id),
    primary key (product_id, group_id)
);
create index product_groups_group_idx on product_groups (group_id);

create sequence households_seq start with 1 increment by 50;
create table households (
    id              bigint       primary key,
    group_id        bigint       not null references purchasing_groups (id),
    relay_point_id  bigint       references relay_points (id),
    display_name    varchar(120) not null,
    people_count    integer      not null default 1 check (people_count between 1 and 30),
    email           varchar(254),
    phone           varchar(40),
    price_tier      smallint     not null check (price_tier in (1, 2, 3)),
    user_account_id bigint       unique references user_accounts (id),
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    erased_at       timestamptz,
    version         bigint       not null default 0
);
create index households_group_idx on households (group_id);
create index households_relay_point_idx on households (relay_point_id);

create sequence memberships_seq start with 1 increment by 50;
create table memberships (
    id           bigint      primary key,
    household_id bigint      not null references households (id),
    year         integer     not null check (year between 2000 and 2100),
    kind         varchar(12) not null check (kind in ('QUARTIER', 'SOLIDAIRE')),
    amount_cents bigint      not null check (amount_cents >= 0),
    paid         boolean     not null default false,
    paid_on      date,
    version      bigint      not null default 0,
    unique (household_id, year)
);

-- Who did what to personal data (exports, erasures) and other coordinator actions worth tracing.
create sequence audit_entries_seq start with 1 increment by 50;
create table audit_entries (
    id      bigint        primary key,
    at      timestamptz   not null default now(),
    actor   varchar(254)  not null,
    action  varchar(60)   not null,
    subject varchar(120)  not null,
    detail  varchar(2000)
);
