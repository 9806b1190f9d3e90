-- The hearings of an agreement in its network group: one consultation per draft that went into hearing.
-- Kept as a relation, not parsed out of the event text.
create table gov_agreement_hearing (
  agreement_id    bigint    not null references gov_agreement (id),
  consultation_id bigint    not null references gov_consultation (id),
  opened_at       timestamp not null,
  primary key (agreement_id, consultation_id)
);
