package org.duban.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.ledger.LedgerFixtures;
import org.duban.core.meta.DocumentType;
import org.duban.core.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the document tables must do on every database the ledger runs on. */
abstract class DocumentRepositoryContract {

  @Autowired DocumentRepository documents;
  @Autowired FactRepository facts;
  @Autowired LedgerFixtures fixtures;

  @BeforeEach
  void emptyLedger() {
    fixtures.clear();
  }

  private long storeReport() {
    AnalyzedDocument report = LedgerFixtures.analyzedReport();
    long source = documents.insertSource("示例区-2024.txt", "hash-1", LedgerFixtures.REPORT);
    long id = documents.insertDocument(source, 0, report);
    facts.insertAll(id, report.facts());
    return id;
  }

  @Test
  void storesDocumentWithMetadataOutlineTasksAndText() {
    long id = storeReport();

    DocumentSummary summary = documents.find(id).orElseThrow();
    assertThat(summary.title()).isEqualTo("2024年示例区政府工作报告");
    assertThat(summary.type()).isEqualTo("WORK_REPORT");
    assertThat(summary.typeLabel()).isEqualTo("政府工作报告");
    assertThat(summary.region()).isEqualTo("示例区");
    assertThat(summary.year()).isEqualTo(2024);
    assertThat(summary.date()).hasToString("2024-01-10");
    assertThat(summary.factCount()).isEqualTo(2);
    assertThat(summary.source()).isEqualTo("示例区-2024.txt");

    assertThat(documents.outline(id))
        .extracting(OutlineEntry::title, OutlineEntry::role, OutlineEntry::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2023年工作回顾", "review", "part"),
            org.assertj.core.groups.Tuple.tuple("2024年主要任务", "plan", "part"),
            org.assertj.core.groups.Tuple.tuple("稳住经济增长。", "plan", "task"));
    TaskEntry task = documents.tasks(id).get(0);
    assertThat(task.leadUnits()).containsExactly("区发展改革委");
    assertThat(task.supportingUnits()).containsExactly("区财政局");

    assertThat(documents.text(id).orElseThrow().documentText()).isEqualTo(LedgerFixtures.REPORT);
  }

  @Test
  void listsDocumentsByRegionYearAndType() {
    long id = storeReport();

    assertThat(documents.list(DocumentFilter.ALL))
        .extracting(DocumentSummary::id)
        .containsExactly(id);
    assertThat(documents.list(new DocumentFilter("示例", 2024, DocumentType.WORK_REPORT))).hasSize(1);
    assertThat(documents.list(new DocumentFilter("长宁区", null, null))).isEmpty();
    assertThat(documents.list(new DocumentFilter(null, 2023, null))).isEmpty();
    assertThat(documents.list(new DocumentFilter(null, null, DocumentType.NEWS))).isEmpty();
  }

  @Test
  void cutsAPartOfADocumentInTheDatabaseCountingCodePoints() {
    // issue 12: the reader and the API answer a large document in parts
    String file = "页眉\n第一段𠀾字。\n第二段增长5%。";
    long source = documents.insertSource("部分.txt", "hash-part", file);
    AnalyzedDocument report = LedgerFixtures.analyzedReport();
    int start = 3;
    int end = file.codePointCount(0, file.length());
    long id =
        documents.insertDocument(
            source,
            0,
            new AnalyzedDocument(report.meta(), start, end, List.of(), List.of(), List.of()));

    TextPart whole = documents.textPart(id, 0, 1_000).orElseThrow();
    TextPart middle = documents.textPart(id, 3, 8).orElseThrow();

    assertThat(whole.text()).isEqualTo("第一段𠀾字。\n第二段增长5%。");
    assertThat(whole.whole()).isTrue();
    assertThat(whole.documentLength()).isEqualTo(end - start);
    assertThat(middle.text()).isEqualTo("𠀾字。\n第");
    assertThat(middle.whole()).isFalse();
    assertThat(middle.documentStart()).isEqualTo(start);
  }

  @Test
  void findsStoredFileByContentHash() {
    assertThat(documents.findSourceByHash("hash-1")).isEmpty();
    storeReport();
    assertThat(documents.findSourceByHash("hash-1")).isPresent();
  }

  @Test
  void deletingDocumentRemovesItsFactsOutlineAndFile() {
    long id = storeReport();

    assertThat(documents.delete(id)).isTrue();

    assertThat(documents.find(id)).isEmpty();
    assertThat(documents.outline(id)).isEmpty();
    assertThat(facts.count(FactFilter.ALL)).isZero();
    assertThat(documents.findSourceByHash("hash-1")).isEmpty();
    assertThat(documents.delete(id)).isFalse();
  }
}
