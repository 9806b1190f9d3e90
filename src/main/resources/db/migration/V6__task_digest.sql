-- When the digest of new group tasks last ran: one row, locked by the node that sends the digest.
create table gov_task_digest (
  id       integer   primary key,
  last_run timestamp not null
);
insert into gov_task_digest (id, last_run) values (1, current_timestamp);
