package org.duban.app.target;

import org.duban.app.ledger.LedgerJdbcTest;
import org.springframework.context.annotation.Import;

@LedgerJdbcTest
@Import({TargetLinks.class, LedgerDocuments.class, TargetQueries.class, Charts.class})
class TargetLinksH2Test extends TargetLinksContract {}
