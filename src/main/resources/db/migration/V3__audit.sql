-- The audit log (module audit): append-only, each entry chained to the previous one by hash.
-- Details are kept as the exact JSON text that was hashed (text, not jsonb, which would rewrite it).

create table audit_entry (
  seq         bigint primary key check (seq > 0),
  occurred_at timestamptz not null,
  actor       text not null,
  channel     text not null,
  action      text not null,
  entity_type text not null,
  entity_id   text not null,
  reason      text not null,
  details     text not null,
  prev_hash   char(64) not null,
  hash        char(64) not null unique
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor);

-- The hash chain detects changes; this refuses them in the first place.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
  for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_append_only();
