-- Mails carry only what their reader may read (ADR 0060, issue 17 points 6 and 7).
-- The item a message carries the content of (a bilag sent later, a reservation's report), if any: whoever may not
-- read that item's confidential content (it is closed) is left out of the message.
alter table gov_notification add column item_id bigint;
-- Who got which version of a message that goes out in parts because its meeting has closed items: the full version
-- to those who may read every closed item (FULL), the public version to each of the others (PUBLIC), nothing to whom
-- may not read the item it is about (WITHHELD). Written as each part is handed to the mail server, in a transaction
-- of its own: a retried delivery sends only the parts still missing, and the rows say who got what.
create table gov_notification_recipient (
  notification_id bigint       not null references gov_notification (id),
  email           varchar(200) not null,
  user_id         varchar(64),
  variant         varchar(10)  not null,
  sent_at         timestamp    not null,
  primary key (notification_id, email)
);
