-- Portal search (ADR 0056, addendum of round 6), PostgreSQL only: an item's economy ("Økonomi") and "Fortsat
-- sagsbehandling" are searched with its other texts, and the sub-topics' title, text and decision as a decision.
-- search.PostgresMatcher uses exactly these expressions, so the GIN indexes serve its queries.
drop index ix_gov_item_search;
create index ix_gov_item_search on gov_item using gin (to_tsvector('danish', translate(
  coalesce(title, '') || ' ' || coalesce(case_number, '') || ' ' || coalesce(summary, '') || ' '
  || coalesce(presentation, '') || ' ' || coalesce(economy, '') || ' ' || coalesce(further_processing, ''),
  '/-._:@,''', '        ')));
create index ix_gov_agenda_subtopic_search on gov_agenda_subtopic using gin (to_tsvector('danish', translate(
  coalesce(title, '') || ' ' || coalesce(text, '') || ' ' || coalesce(decision_text, ''), '/-._:@,''',
  '        ')));
