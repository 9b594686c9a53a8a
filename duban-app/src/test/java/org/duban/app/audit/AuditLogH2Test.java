package org.duban.app.audit;

import org.duban.app.ledger.LedgerJdbcTest;

@LedgerJdbcTest
class AuditLogH2Test extends AuditLogContract {}
