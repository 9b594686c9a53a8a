package org.duban.app.ingest;

import org.duban.app.ledger.LedgerJdbcTest;

@LedgerJdbcTest
class IngestServiceH2Test extends IngestServiceContract {}
