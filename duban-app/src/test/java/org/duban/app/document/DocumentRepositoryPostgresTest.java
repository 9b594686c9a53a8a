package org.duban.app.document;

import org.duban.app.ledger.LedgerJdbcTest;
import org.duban.app.ledger.OnPostgres;

@LedgerJdbcTest
@OnPostgres
class DocumentRepositoryPostgresTest extends DocumentRepositoryContract {}
