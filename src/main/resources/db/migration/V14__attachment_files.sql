-- Issue 14, point 8 (ADR 0035): an item's attachments (bilag) as real files, stored in the database with the item.
-- One file per attachment row of gov_item_attachment; an attachment announced as "eftersendes" has no file until it
-- is uploaded. `bytea` works on PostgreSQL and on H2 2.x (an alias of BINARY VARYING), as gov_document's content.
create table gov_item_attachment_file (
  item_id      bigint       not null,
  number       integer      not null,
  file_name    varchar(200) not null,
  content_type varchar(100) not null,
  size_bytes   bigint       not null,
  content      bytea        not null,
  uploaded_by  varchar(64)  not null,
  uploaded_at  timestamp    not null,
  primary key (item_id, number),
  constraint fk_gov_item_attachment_file foreign key (item_id, number) references gov_item_attachment (item_id, number)
);

-- A link a mail carries besides its task link (e.g. the attachment that was sent later): a path in this application
-- and its Danish label. The mailer puts the base URL in front.
alter table gov_notification add column link_path varchar(300);
alter table gov_notification add column link_label varchar(300);
