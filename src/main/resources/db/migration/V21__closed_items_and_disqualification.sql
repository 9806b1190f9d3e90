-- Closed items (lukket punkt): beside the confidential content, the wording the public may read. The public title
-- must let a citizen identify the subject; the public decision says as much as reveals nothing confidential.
alter table gov_item add column closed boolean default false not null;
alter table gov_item add column public_title varchar(300);
alter table gov_item add column closure_reason varchar(300);
alter table gov_agenda_entry add column public_decision varchar(4000);

-- Inhabilitet: a member did not take part in one item at one meeting, and loses access to its confidential content.
create table gov_item_disqualification (
  meeting_id  varchar(80)   not null references gov_meeting (id),
  item_id     bigint        not null references gov_item (id),
  person_id   varchar(64)   not null references gov_person (id),
  reason      varchar(1000) not null,
  recorded_by varchar(64)   not null,
  recorded_at timestamp     not null,
  primary key (meeting_id, item_id, person_id)
);
create index ix_gov_item_disqualification_person on gov_item_disqualification (person_id);
