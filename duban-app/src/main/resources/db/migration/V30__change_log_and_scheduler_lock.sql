-- Every change to the set of stored documents, numbered in commit order: each instance's search
-- index follows the database by applying the changes after the last one it committed.
-- The numbers come from ledger_change_counter, updated at the end of the changing transaction:
-- its row lock orders concurrent writers, so a number is never seen before a smaller one.
create table ledger_change (
  seq          bigint      primary key,
  document_id  bigint      not null,
  change_kind  varchar(10) not null,
  changed_at   timestamp   not null
);

create table ledger_change_counter (
  id        integer primary key,
  last_seq  bigint  not null
);
insert into ledger_change_counter (id, last_seq) values (1, 0);

-- ShedLock (net.javacrumbs.shedlock): a scheduled job runs on one instance at a time.
create table shedlock (
  name       varchar(64)  primary key,
  lock_until timestamp    not null,
  locked_at  timestamp    not null,
  locked_by  varchar(255) not null
);
