package org.duban.app.ingest;

import org.duban.core.pipeline.DocumentSink;
import org.duban.core.text.SourceText;

/** Turns a file's text into the documents it holds; the core pipeline in production. */
@FunctionalInterface
public interface DocumentAnalysis {

  /** Hands the documents of {@code source} to {@code sink}, each one's facts as they are found. */
  void analyze(SourceText source, DocumentSink sink);
}
