-- The audit trail names one actor (the user name) and, beside it, the channel it came through,
-- the client's address, whether the action succeeded or was refused, and the state of the
-- record before and after (JSON), so that every change can be reconstructed.
alter table audit_event add column channel varchar(10) default 'SYSTEM' not null;
alter table audit_event add column client_address varchar(64);
alter table audit_event add column outcome varchar(10) default 'SUCCESS' not null;
alter table audit_event add column before_state text;
alter table audit_event add column after_state text;
create index ix_audit_occurred on audit_event (occurred_at);
create index ix_audit_actor on audit_event (actor);
