package org.duban.app.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.duban.app.audit.AuditLog;
import org.duban.app.config.DubanProperties;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.DocumentService;
import org.duban.app.fact.FactRepository;
import org.duban.app.ingest.IngestRunRepository;
import org.duban.app.ingest.IngestService;
import org.duban.app.search.SearchIndex;
import org.duban.app.search.SearchIndexer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A JDBC slice of the ledger (repositories, ingest, search index) on the embedded database,
 * migrated by Flyway. Tests commit for real, as ingest does, and clean up before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(DubanProperties.class)
@Import({
  DocumentRepository.class,
  org.duban.app.document.DocumentChangeLog.class,
  org.duban.app.config.LedgerDurability.class,
  DocumentService.class,
  FactRepository.class,
  AuditLog.class,
  IngestRunRepository.class,
  IngestService.class,
  SearchIndex.class,
  SearchIndexer.class,
  LedgerFixtures.class,
  org.duban.app.config.LedgerVersion.class,
  TestAnalysis.class
})
@TestPropertySource(
    properties = {
      "duban.data-dir=target/test-ledgers/jdbc",
      "duban.index-dir=target/test-ledgers/jdbc-index-${random.uuid}"
    })
public @interface LedgerJdbcTest {}
