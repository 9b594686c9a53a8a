-- Pages of facts are read in document order: the index on (document_id, start_pos) of V31 serves
-- the order and the document filter, so the index on document_id alone goes.
drop index ix_fact_document;
