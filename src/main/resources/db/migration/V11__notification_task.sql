-- Issue 14: a mail about a task links to that task. The process instance whose open task for the recipient the
-- message is about; the mailer finds the task when it sends (it may be created later in the same step).
alter table gov_notification add column task_process_instance_id varchar(64);
