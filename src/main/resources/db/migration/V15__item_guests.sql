-- Issue 15: guests announced with an item's proposal (shown on the agenda; the meeting record confirms them).
alter table gov_item add column guests varchar(1000);
