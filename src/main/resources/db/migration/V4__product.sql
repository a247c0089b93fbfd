-- The product life-cycle registry (module product). Phases are derived from the dates, never stored.

create table product (
  id                   uuid primary key,
  name                 text not null check (length(name) between 1 and 200),
  model_number         text not null check (length(model_number) between 1 and 100),
  generic_name         text not null check (length(generic_name) between 1 and 200),
  device_class         text not null check (device_class in ('I', 'II', 'III', 'IV')),
  samd                 boolean not null,
  approval_number      text check (length(approval_number) <= 100),
  intended_environment text not null check (intended_environment in ('HOSPITAL', 'HOME', 'BOTH')),
  interfaces           text[] not null,
  wireless_kinds       text[] not null,
  security_contact     text check (length(security_contact) <= 300),
  revision             int not null default 0,
  created_at           timestamptz not null,
  updated_at           timestamptz not null
);
create unique index product_model_number_uq on product (lower(model_number));

create table product_version (
  id              uuid primary key,
  product_id      uuid not null references product (id),
  version         text not null check (length(version) between 1 and 100),
  release_date    date,
  eol_date        date,
  eos_date        date,
  support_plan    text not null default '',
  upgrade_options text not null default '',
  revision        int not null default 0,
  created_at      timestamptz not null,
  updated_at      timestamptz not null,
  unique (product_id, version),
  check (release_date is null or eol_date is null or release_date <= eol_date),
  check (eol_date is null or eos_date is null or eol_date <= eos_date),
  check (release_date is null or eos_date is null or release_date <= eos_date)
);
create index product_version_product_idx on product_version (product_id);

-- The compensating controls a version's specified use environment requires (Table 3), with the
-- specification text that goes into customer documents. Part of the version's configuration.
create table version_control (
  version_id    uuid not null references product_version (id) on delete cascade,
  control_id    text not null,
  specification text not null,
  primary key (version_id, control_id)
);

-- Legacy-device assessments (P5): a dated history; the latest on or before a day applies.
create table legacy_assessment (
  id                     uuid primary key,
  version_id             uuid not null references product_version (id),
  assessed_on            date not null,
  protected_by_updates   boolean not null,
  protected_by_controls  boolean,
  controls_at_assessment text[] not null,
  rationale              text not null,
  assessor               text not null,
  recorded_at            timestamptz not null,
  check (protected_by_updates or protected_by_controls is not null)
);
create index legacy_assessment_version_idx on legacy_assessment (version_id);

-- EOL/EOS changes made after release, one row per edit: each owes customers a notice.
create table milestone_change (
  id          uuid primary key,
  version_id  uuid not null references product_version (id),
  eol_from    date,
  eol_to      date,
  eos_from    date,
  eos_to      date,
  changed_on  date not null,
  reason      text not null,
  changed_by  text not null,
  recorded_at timestamptz not null,
  check (eol_from is distinct from eol_to or eos_from is distinct from eos_to)
);
create index milestone_change_version_idx on milestone_change (version_id);

-- Records that a milestone obligation (Table 2) was fulfilled. A withdrawn record stays, marked.
create table obligation_completion (
  id              uuid primary key,
  version_id      uuid not null references product_version (id),
  obligation_key  text not null,
  rule_set        text not null,
  done_on         date not null,
  channel         text not null check (channel in ('LETTER', 'EMAIL', 'WEBSITE', 'PORTAL', 'IN_PERSON', 'OTHER')),
  note            text not null default '',
  recorded_by     text not null,
  recorded_at     timestamptz not null,
  withdrawn_at    timestamptz,
  withdrawn_by    text,
  withdraw_reason text
);
create unique index obligation_completion_active_uq on obligation_completion (version_id, obligation_key)
  where withdrawn_at is null;
