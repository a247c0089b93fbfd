-- Scheduled online sync of vulnerability sources (V1, issue 4): one row per source, claimed by one
-- node at a time with FOR UPDATE SKIP LOCKED and a lease (as feed_import), so each run happens once
-- across the nodes. The downloaded files become an ordinary feed_import job.
create table feed_sync (
  source            text primary key,
  state             text not null default 'IDLE' check (state in ('IDLE', 'RUNNING')),
  node              text,
  lease_until       timestamptz,
  -- "sync now": who asked and when; cleared when a node claims the run
  requested_at      timestamptz,
  requested_by      text,
  run_by            text,
  last_started_at   timestamptz,
  last_finished_at  timestamptz,
  last_outcome      text check (last_outcome in ('SUCCESS', 'PARTIAL', 'FAILED', 'NOTHING_NEW')),
  last_success_at   timestamptz,
  -- the end of the last window fetched completely (NVD lastModEndDate; CSAF/JVN: the run's start)
  last_window_end   timestamptz,
  next_run_at       timestamptz,
  requests          int not null default 0,
  files             int not null default 0,
  bytes             bigint not null default 0,
  rejected          int not null default 0,
  last_import_id    uuid,
  -- the errors and rejections of the last run, as JSON [{"code":…, "arguments":[…]}] (capped)
  errors            text not null default '[]'
);

-- The OpenPGP signatures (.asc) of the CSAF advisories fetched online, kept beside the hash that was
-- checked, so that a signature can be verified later against the provider's key.
create table csaf_signature (
  advisory_url      text primary key,
  source_url        text not null,
  sha512            text not null,
  signature         text not null,
  fetched_at        timestamptz not null
);
