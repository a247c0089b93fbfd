-- Malfunction-report cases (module regulatory, R1–R7). The case row holds the current facts and
-- the decision the engine last made from them, with the rule set that made it; reports and safety
-- measures are append-only records of what was done; reminders claim each (case, due date, days
-- left) once, whichever node runs the daily check.

create table report_case_number (
  year  int primary key,
  last  int not null
);

create table report_case (
  id                    uuid primary key,
  number                text not null unique,
  title                 text not null check (length(title) between 1 and 300),
  product_id            uuid not null references product (id),
  version_id            uuid not null references product_version (id),
  incident_id           uuid references incident (id),
  vulnerability         text,
  summary               text not null default '',
  facts                 jsonb not null,
  ifu_version           text,
  ifu_passage           text,
  draft                 jsonb not null,
  state                 text not null check (state in ('OPEN', 'CLASSIFIED', 'MONITORING', 'REPORTING', 'CLOSED')),
  -- the decision of the engine on the last save; category null while facts are missing
  category              text check (category in ('FIFTEEN_DAYS', 'THIRTY_DAYS', 'PERIODIC', 'NOT_REPORTABLE')),
  deadline_days         int,
  due_date              date,
  next_business_day     date,
  form                  text,
  first_report_by_fax   boolean not null default false,
  rule_set              text not null,
  rule_set_version      text not null,
  rule                  text,
  article               text,
  reasons               jsonb not null,
  missing_facts         text[] not null,
  monitor               boolean not null default false,
  decided_at            timestamptz,
  decided_by            text,
  review                boolean not null default false,
  review_reason         text,
  created_at            timestamptz not null,
  created_by            text not null,
  updated_at            timestamptz not null
);
create index report_case_state_idx on report_case (state);
create index report_case_version_idx on report_case (version_id);

create table report_case_report (
  id                uuid primary key,
  case_id           uuid not null references report_case (id),
  kind              text not null check (kind in ('FIRST', 'FOLLOW_UP', 'FINAL')),
  incomplete        boolean not null,
  report_date       date not null,
  next_report_date  date,
  content           jsonb not null,
  sent_at           timestamptz not null,
  sent_by           text not null
);
create index report_case_report_case_idx on report_case_report (case_id, sent_at);

create table report_safety_measure (
  id            uuid primary key,
  case_id       uuid not null references report_case (id),
  kind          text not null check (kind in ('INFORMATION_TO_HOSPITALS', 'RECALL_REPAIR', 'IFU_REVISION', 'STOP_SALE',
                                              'STOP_PRODUCTION', 'DISPOSAL')),
  started_on    date not null,
  completed_on  date,
  letter        text not null check (letter in ('NONE', 'YELLOW', 'BLUE')),
  note          text not null default '',
  recorded_at   timestamptz not null,
  recorded_by   text not null,
  check (completed_on is null or started_on <= completed_on)
);
create index report_safety_measure_case_idx on report_safety_measure (case_id);

create table report_reminder (
  case_id    uuid not null references report_case (id),
  due_date   date not null,
  days_left  int not null,
  sent_at    timestamptz not null,
  primary key (case_id, due_date, days_left)
);
