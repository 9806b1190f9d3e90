-- The public version of an agenda or minutes whose meeting has closed items (lukket punkt, ADR 0055): made when the
-- full version is published and stored beside it with the same version number, so what the public was given stays
-- as it was given. A version without a row here was made when the meeting had no closed item: it is public as it is.
create table gov_public_document (
  meeting_id varchar(80) not null references gov_meeting (id),
  kind       varchar(20) not null,
  version    integer     not null,
  content    bytea       not null,
  primary key (meeting_id, kind, version)
);
