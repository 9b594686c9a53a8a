package org.duban.app.document;

/** A document was removed from the ledger (published after the change committed). */
public record DocumentDeleted(long documentId) {}
