package org.duban.core.clean;

import org.duban.core.text.MappedText;

/**
 * A document's body after cleaning: one paragraph per line, mapped to the source, with the layout
 * hints (markdown headings, bold runs) the cleaner removed from the characters.
 */
public record CleanedText(MappedText text, Markup markup) {}
