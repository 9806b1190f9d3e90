-- Issue 15 point 6: bodies outside the collaboration, actions owned by them or by a guest, items sent on to them.
create table gov_external_body (
  id      varchar(64)  primary key,
  name    varchar(200) not null,
  email   varchar(200) not null,
  address varchar(300)
);

-- A mail to an address outside the collaboration (an external body, a guest), not to a user or group.
alter table gov_notification add column recipient_email varchar(200);
alter table gov_notification add column recipient_name varchar(200);

-- A decided action's owner: a user, group or external body id in owner, or a guest by name and e-mail.
alter table gov_decided_action alter column owner drop not null;
alter table gov_decided_action add column guest_name varchar(200);
alter table gov_decided_action add column guest_email varchar(200);

-- A follow-up owned outside the collaboration: the secretariat (owner_group) holds its task and registers it done.
alter table gov_action add column owner_external varchar(64) references gov_external_body (id);
alter table gov_action add column owner_guest_name varchar(200);
alter table gov_action add column owner_guest_email varchar(200);

-- An item sent on to an external body at a meeting: mailed when the minutes are approved (sent_at).
create table gov_external_forward (
  meeting_id varchar(80) not null references gov_meeting (id),
  item_id    bigint      not null references gov_item (id),
  body_id    varchar(64) not null references gov_external_body (id),
  sent_at    timestamp,
  primary key (meeting_id, item_id, body_id)
);

alter table gov_notification drop constraint ck_gov_notification_recipient;
alter table gov_notification add constraint ck_gov_notification_recipient
  check (recipient_group is not null or recipient_user is not null or recipient_email is not null);
