package org.duban.app.ingest;

import org.duban.app.ledger.LedgerJdbcTest;
import org.duban.app.ledger.OnPostgres;

@LedgerJdbcTest
@OnPostgres
class IngestServicePostgresTest extends IngestServiceContract {}
