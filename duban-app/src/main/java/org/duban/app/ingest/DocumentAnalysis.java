package org.duban.app.ingest;

import java.util.List;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.text.SourceText;

/** Turns a file's text into the documents it holds; the core pipeline in production. */
@FunctionalInterface
public interface DocumentAnalysis {

  List<AnalyzedDocument> analyze(SourceText source);
}
