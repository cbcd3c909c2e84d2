-- Scheduled jobs fire once across the instances of the app that share this database (cluster/ClusterJobs): a job
-- runs under a transaction-scoped advisory lock, and only when no instance started it within most of its period.
-- One row per job, claimed and updated by the instance that runs it.
create table scheduled_job_runs (
    job             varchar(100) primary key,
    last_started_at timestamptz not null,
    last_instance   varchar(200) not null,
    runs            bigint not null default 1
);
