-- Master data of the collaboration, synchronised from masterdata/collaboration.yaml at start-up.
create table gov_party (
  id   varchar(64)  primary key,
  name varchar(200) not null,
  kind varchar(32)  not null
);

create table gov_cluster (
  id   varchar(64)  primary key,
  name varchar(200) not null
);

create table gov_cluster_municipality (
  cluster_id varchar(64) not null references gov_cluster (id),
  party_id   varchar(64) not null references gov_party (id),
  primary key (cluster_id, party_id)
);

create table gov_person (
  id       varchar(64)  primary key,
  name     varchar(200) not null,
  email    varchar(200) not null,
  party_id varchar(64)  references gov_party (id),
  title    varchar(300)
);

create table gov_forum (
  id             varchar(64)  primary key,
  short_name     varchar(32)  not null,
  name           varchar(200) not null,
  kind           varchar(32)  not null,
  pre_meeting_of varchar(64),
  chair_title    varchar(64),
  secretariat    varchar(300),
  default_place  varchar(300)
);

create table gov_forum_member (
  forum_id  varchar(64) not null references gov_forum (id),
  person_id varchar(64) not null references gov_person (id),
  role      varchar(32) not null,
  primary key (forum_id, person_id, role)
);

create table gov_group (
  id   varchar(64)  primary key,
  name varchar(200) not null
);

create table gov_group_member (
  group_id  varchar(64) not null references gov_group (id),
  person_id varchar(64) not null references gov_person (id),
  primary key (group_id, person_id)
);

-- The meeting calendar (årshjul). planned_date is the date from the calendar and never changes;
-- starts_at/ends_at move when a meeting is moved.
create table gov_meeting (
  id                  varchar(80)  primary key,
  forum_id            varchar(64)  not null references gov_forum (id),
  planned_date        date         not null,
  starts_at           timestamp    not null,
  ends_at             timestamp    not null,
  place               varchar(300),
  status              varchar(32)  not null,
  process_instance_id varchar(64),
  version             integer      not null default 0,
  constraint uq_gov_meeting_planned unique (forum_id, planned_date)
);
create index ix_gov_meeting_starts on gov_meeting (starts_at);
