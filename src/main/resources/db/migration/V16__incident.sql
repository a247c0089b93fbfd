-- Incidents (module incident, I1–I4). The incident row holds the current facts; the timeline
-- of actions is append-only; each notification duty owed to others keeps its recorded state.

create table incident (
  id                       uuid primary key,
  product_id               uuid not null references product (id),
  version_id               uuid not null references product_version (id),
  title                    text not null check (length(title) between 1 and 300),
  origin                   text not null check (origin in ('MANUAL', 'HOSPITAL_CALL', 'FINDING', 'CVD_REPORT')),
  reporter_organization    text,
  reporter_contact         text,
  received_at              timestamptz,
  information_obtained     date not null,
  cvd_reference            text,
  component                text,
  description              text not null default '',
  severity                 text not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  state                    text not null check (state in ('OPEN', 'INVESTIGATING', 'CONTAINED', 'RESOLVED', 'CLOSED')),
  checklist_answers        text[] not null,
  checklist_notes          text[] not null,
  cyberattack_suspected    text not null,
  device_vulnerability     text not null,
  harm                     text not null,
  harm_outcome             text,
  potential_outcome        text,
  malware_found            boolean not null default false,
  malware_route            text,
  malware_hash             text,
  malware_note             text,
  malware_evidence_at      timestamptz,
  malware_evidence_by      text,
  malware_removed_at       timestamptz,
  malware_removed_by       text,
  malware_removal_reason   text,
  network_overload         boolean not null default false,
  network_measures         text,
  installations            text[] not null,
  vulnerabilities          text[] not null,
  opened_at                timestamptz not null,
  opened_by                text not null,
  updated_at               timestamptz not null
);
create index incident_version_idx on incident (version_id);
create index incident_state_idx on incident (state);

create table incident_action (
  id           uuid primary key,
  incident_id  uuid not null references incident (id),
  at           timestamptz not null,
  actor        text not null,
  kind         text not null,
  text         text not null
);
create index incident_action_incident_idx on incident_action (incident_id, at);

create table incident_duty (
  incident_id  uuid not null references incident (id),
  duty_key     text not null,
  state        text not null check (state in ('OWED', 'DONE', 'NOT_NEEDED')),
  done_on      date,
  reference    text,
  reason       text,
  recorded_by  text not null,
  recorded_at  timestamptz not null,
  primary key (incident_id, duty_key)
);
