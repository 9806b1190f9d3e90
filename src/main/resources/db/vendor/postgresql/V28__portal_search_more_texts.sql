-- Portal search (ADR 0056, addendum of round 6), PostgreSQL only.
-- 1. An item's economy ("Økonomi") and "Fortsat sagsbehandling" are searched with its other texts, and a sub-topic's
--    title, text and decision as a decision of its agenda entry.
-- 2. The long texts' vectors are stored (generated columns): a word in nearly every item makes PostgreSQL scan the
--    table rather than the GIN index, and with an expression index that scan computed to_tsvector for each of 30,000
--    items (benchmark 7: 4.3 s); with the stored vector it reads it. The short texts keep V23's expression indexes.
-- search.PostgresMatcher queries these columns; the separators / - . _ : @ , ' become spaces as on the Java side.
alter table gov_item add column search_vector tsvector generated always as (to_tsvector('danish', translate(
  coalesce(title, '') || ' ' || coalesce(case_number, '') || ' ' || coalesce(summary, '') || ' '
  || coalesce(presentation, '') || ' ' || coalesce(economy, '') || ' ' || coalesce(further_processing, ''),
  '/-._:@,''', '        '))) stored;
drop index ix_gov_item_search;
create index ix_gov_item_search on gov_item using gin (search_vector);

alter table gov_agenda_entry add column decision_vector tsvector generated always as (to_tsvector('danish',
  translate(coalesce(decision_text, ''), '/-._:@,''', '        '))) stored;
drop index ix_gov_agenda_entry_decision_search;
create index ix_gov_agenda_entry_decision_search on gov_agenda_entry using gin (decision_vector);

alter table gov_agenda_subtopic add column search_vector tsvector generated always as (to_tsvector('danish',
  translate(coalesce(title, '') || ' ' || coalesce(text, '') || ' ' || coalesce(decision_text, ''), '/-._:@,''',
  '        '))) stored;
create index ix_gov_agenda_subtopic_search on gov_agenda_subtopic using gin (search_vector);

-- The entries of the items found (search.SearchRows.entriesOfItems): PostgreSQL does not index a foreign key by
-- itself (H2 does), and without it each search read all 30,000 entries.
create index ix_gov_agenda_entry_item on gov_agenda_entry (item_id);
