package org.duban.app.fact;

import org.duban.app.ledger.LedgerJdbcTest;

@LedgerJdbcTest
class FactRepositoryH2Test extends FactRepositoryContract {}
