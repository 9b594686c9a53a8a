package org.duban.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.fact.Fact;

/** Gathers each document with all its facts: the list-returning analysis. */
final class Collecting implements DocumentSink {

  private final List<AnalyzedDocument> documents;
  private final List<Fact> facts = new ArrayList<>();
  private DocumentHead head;

  Collecting(List<AnalyzedDocument> documents) {
    this.documents = documents;
  }

  @Override
  public void begin(DocumentHead document) {
    head = document;
    facts.clear();
  }

  @Override
  public void fact(Fact fact) {
    facts.add(fact);
  }

  @Override
  public void end() {
    documents.add(new AnalyzedDocument(head, facts));
  }
}
