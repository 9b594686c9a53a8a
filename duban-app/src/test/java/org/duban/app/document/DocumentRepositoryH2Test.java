package org.duban.app.document;

import org.duban.app.ledger.LedgerJdbcTest;

@LedgerJdbcTest
class DocumentRepositoryH2Test extends DocumentRepositoryContract {}
