package org.duban.app.audit;

import org.duban.app.ledger.LedgerJdbcTest;
import org.duban.app.ledger.OnPostgres;

@LedgerJdbcTest
@OnPostgres
class AuditLogPostgresTest extends AuditLogContract {}
