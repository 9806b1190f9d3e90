-- Issue 15, point 5 (ADR 0046): a forum's pre-meeting (SSF's kommunalt formøde) is a meeting of its own, planned by
-- its main meeting's cycle and linked to it; the pre-meeting's item that prepares a main meeting's item points to it.
alter table gov_meeting add column main_meeting_id varchar(80) references gov_meeting (id);
alter table gov_item add column prepares_item_id bigint references gov_item (id);
create index ix_gov_item_prepares on gov_item (prepares_item_id);

-- Calendar rows of pre-meeting forums never got a cycle (the main cycle held the pre-meeting as a task): items aimed
-- at them wait in the forum's pipeline for its next pre-meeting, and the rows go.
update gov_item set meeting_id = null where meeting_id in (select m.id from gov_meeting m join gov_forum f
  on f.id = m.forum_id where f.kind = 'PRE_MEETING' and m.status = 'PLANNED' and m.process_instance_id is null);
delete from gov_meeting where status = 'PLANNED' and process_instance_id is null
  and forum_id in (select id from gov_forum where kind = 'PRE_MEETING');
