-- Portal search (ADR 0056), PostgreSQL only (flyway location db/vendor/{vendor}; H2 uses a Lucene index instead).
-- Danish word forms: the 'danish' text search configuration. The separators / - . _ : @ , ' become spaces first, as
-- the Java side does for Lucene (search.SearchTerms.SEPARATORS), so both split "24/1044" or "covid-19" alike.
-- search.PostgresMatcher uses exactly these expressions, so the GIN indexes serve its queries.
create index ix_gov_item_search on gov_item using gin (to_tsvector('danish', translate(
  coalesce(title, '') || ' ' || coalesce(case_number, '') || ' ' || coalesce(summary, '') || ' '
  || coalesce(presentation, ''), '/-._:@,''', '        ')));
create index ix_gov_item_public_title_search on gov_item using gin (to_tsvector('danish', translate(
  coalesce(public_title, ''), '/-._:@,''', '        ')));
create index ix_gov_item_attachment_search on gov_item_attachment using gin (to_tsvector('danish', translate(
  coalesce(title, ''), '/-._:@,''', '        ')));
create index ix_gov_agenda_entry_decision_search on gov_agenda_entry using gin (to_tsvector('danish', translate(
  coalesce(decision_text, ''), '/-._:@,''', '        ')));
create index ix_gov_agenda_entry_public_decision_search on gov_agenda_entry using gin (to_tsvector('danish',
  translate(coalesce(public_decision, ''), '/-._:@,''', '        ')));
