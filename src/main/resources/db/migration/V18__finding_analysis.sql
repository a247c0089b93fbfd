-- The VEX-aligned analysis of findings (module assessment, V2-V4). A finding is named by its
-- product version, component key and vulnerability, not by the match row's id, so that the analysis
-- survives a re-match (a new SBOM revision, a corrected record). No foreign key to the vulnerability
-- or match: an analysis and its history are evidence and must outlive the data they judged.

create table finding_analysis (
  version_id       uuid not null references product_version (id),
  component_key    text not null,
  vulnerability_id uuid not null,
  -- the vulnerability's primary id when decided, for people and exports
  vulnerability    text not null,
  state            text not null,
  justification    text,
  -- CycloneDX responses joined by commas (update,workaround_available)
  responses        text,
  detail           text,
  reason           text not null,
  decided_by       text not null,
  decided_at       timestamptz not null,
  primary key (version_id, component_key, vulnerability_id),
  check (state in ('in_triage', 'exploitable', 'resolved', 'resolved_with_pedigree', 'false_positive', 'not_affected')),
  check ((state = 'not_affected') = (justification is not null))
);
create index finding_analysis_vulnerability_idx on finding_analysis (vulnerability_id);

-- Every analysis ever set, oldest first: what the history on the page and the API shows.
create table finding_analysis_history (
  seq              bigserial primary key,
  version_id       uuid not null references product_version (id),
  component_key    text not null,
  vulnerability_id uuid not null,
  vulnerability    text not null,
  state            text not null,
  previous_state   text,
  justification    text,
  responses        text,
  detail           text,
  reason           text not null,
  decided_by       text not null,
  decided_at       timestamptz not null
);
create index finding_analysis_history_finding_idx
  on finding_analysis_history (version_id, component_key, vulnerability_id);

create function finding_analysis_history_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'finding_analysis_history is append-only';
end
$$;

create trigger finding_analysis_history_no_update_or_delete before update or delete on finding_analysis_history
  for each row execute function finding_analysis_history_append_only();
