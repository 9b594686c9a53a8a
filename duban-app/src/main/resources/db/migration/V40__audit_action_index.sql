-- The audit page filters by action (every LOGIN refused this week) as often as by actor or record.
create index ix_audit_action on audit_event (action);
