-- Notifications (module notification, V1, R2): who follows which product, what each user was
-- told in the application, where e-mail goes, the webhooks an administrator configured, and the
-- outbox of e-mail and webhook deliveries that a worker sends with retries, claimed with
-- FOR UPDATE SKIP LOCKED so that each is sent once whichever node runs the worker.

create table notification_subscription (
  id            uuid primary key,
  username      text not null references app_user (username) on delete cascade,
  product_id    uuid not null references product (id) on delete cascade,
  -- the least severity of new findings worth a notice: ALL (also unscored), LOW, MEDIUM, HIGH, CRITICAL
  min_severity  text not null check (min_severity in ('ALL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  email         boolean not null,
  created_at    timestamptz not null,
  unique (username, product_id)
);
create index notification_subscription_product_idx on notification_subscription (product_id);

create table notification_address (
  username    text primary key references app_user (username) on delete cascade,
  email       text not null check (length(email) between 3 and 320),
  updated_at  timestamptz not null
);

create table notification (
  id           uuid primary key,
  username     text not null references app_user (username) on delete cascade,
  kind         text not null,
  -- rendered in the reader's language when shown: a message key and its arguments
  message_key  text not null,
  arguments    text[] not null,
  path         text,
  created_at   timestamptz not null,
  read_at      timestamptz
);
create index notification_user_idx on notification (username, created_at desc);
create index notification_unread_idx on notification (username) where read_at is null;

create table notification_webhook (
  id          uuid primary key,
  name        text not null check (length(name) between 1 and 200),
  url         text not null check (length(url) between 8 and 2000),
  -- HMAC-SHA256 key for the X-Mamori-Signature header; null sends unsigned
  secret      text,
  kinds       text[] not null,
  product_id  uuid references product (id) on delete cascade,
  enabled     boolean not null,
  created_by  text not null,
  created_at  timestamptz not null
);

create table notification_delivery (
  id               uuid primary key,
  channel          text not null check (channel in ('EMAIL', 'WEBHOOK')),
  target           text not null,
  webhook_id       uuid references notification_webhook (id) on delete cascade,
  subject          text,
  body             text not null,
  state            text not null check (state in ('PENDING', 'SENT', 'FAILED')),
  attempts         integer not null default 0,
  next_attempt_at  timestamptz not null,
  last_error       text,
  created_at       timestamptz not null,
  sent_at          timestamptz
);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where state = 'PENDING';
create index notification_delivery_recent_idx on notification_delivery (created_at desc);

-- "New since my last visit": when the user last marked the new findings as seen.
create table notification_findings_seen (
  username  text primary key references app_user (username) on delete cascade,
  seen_at   timestamptz not null
);
