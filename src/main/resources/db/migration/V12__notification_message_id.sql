-- Issue 13, finding 6: the unique part of a notification's Message-ID, stored with the notification before the mail is handed
-- to the SMTP server. A delivery repeated after a crash sends the same Message-ID, so mail clients show it once.
-- (Issue 13, finding 6.)
alter table gov_notification add column message_id varchar(255);
