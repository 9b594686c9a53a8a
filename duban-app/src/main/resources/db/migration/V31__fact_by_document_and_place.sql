-- The reader shows a large document in parts: the facts of one part are found by their place.
create index ix_fact_document_start on fact (document_id, start_pos);
