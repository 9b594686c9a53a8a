package org.duban.core.target;

import org.duban.core.pipeline.AnalyzedDocument;

/** A document given to the linker, with the key its links name it by (a file name, a ledger id). */
public record TrackedDocument(String key, AnalyzedDocument document) {}
