-- Pages of facts are read in document order: one index serves the order and the document filter
-- (it replaces the index on document_id alone).
create index ix_fact_document_start on fact (document_id, start_pos);
drop index ix_fact_document;
