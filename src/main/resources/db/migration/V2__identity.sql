-- Users, roles and API keys (module identity).

create table app_user (
  id                  uuid primary key,
  username            text not null unique check (username = lower(username) and length(username) between 1 and 64),
  display_name        text not null check (length(display_name) between 1 and 100),
  password_hash       text not null,
  language            text not null default 'ja' check (language in ('ja', 'en')),
  enabled             boolean not null default true,
  failed_logins       int not null default 0,
  locked_until        timestamptz,
  created_at          timestamptz not null,
  last_login_at       timestamptz,
  password_changed_at timestamptz
);

create table app_user_role (
  user_id uuid not null references app_user (id) on delete cascade,
  role    text not null check (role in ('ADMIN', 'PSIRT', 'SAFETY_OFFICER', 'ENGINEER', 'VIEWER')),
  primary key (user_id, role)
);

-- Only the SHA-256 of a key is kept; the prefix finds it.
create table api_key (
  id           uuid primary key,
  user_id      uuid not null references app_user (id),
  name         text not null check (length(name) between 1 and 100),
  prefix       text not null unique,
  secret_hash  char(64) not null,
  created_at   timestamptz not null,
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index api_key_user_idx on api_key (user_id);
