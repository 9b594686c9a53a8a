package org.duban.core.clean;

import org.duban.core.text.MappedText;

/**
 * Separates a document's body from what surrounds it on the page (navigation, counters, user
 * panels, footers, markup), keeping every remaining character mapped to the source.
 */
public final class Cleaner {

  public MappedText clean(String source) {
    return MappedText.identity(source);
  }
}
