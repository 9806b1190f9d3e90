-- Issue 15: a meeting registered afterwards for the archive (a past meeting). Null for meetings planned ahead.
-- Moments of its cycle that had passed when it was registered are neither due dates nor reminders.
alter table gov_meeting add column archived_at timestamp;
