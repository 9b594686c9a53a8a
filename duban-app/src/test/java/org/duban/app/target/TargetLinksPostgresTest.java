package org.duban.app.target;

import org.duban.app.ledger.LedgerJdbcTest;
import org.duban.app.ledger.OnPostgres;
import org.springframework.context.annotation.Import;

@LedgerJdbcTest
@OnPostgres
@Import({TargetLinks.class, LedgerDocuments.class, TargetQueries.class, Charts.class})
class TargetLinksPostgresTest extends TargetLinksContract {}
