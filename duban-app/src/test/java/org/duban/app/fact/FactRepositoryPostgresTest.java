package org.duban.app.fact;

import org.duban.app.ledger.LedgerJdbcTest;
import org.duban.app.ledger.OnPostgres;

@LedgerJdbcTest
@OnPostgres
class FactRepositoryPostgresTest extends FactRepositoryContract {}
