-- Issue 17 point 2 (ADR 0057): beside each published agenda or minutes PDF, a small JSON snapshot of what it said
-- (items by id with their texts and bilag), so the portal can say what changed from one version to the next.
-- Versions stored before this migration have none; the portal says their changes cannot be shown. `bytea` as V5.
alter table gov_document add column snapshot bytea;
