package org.duban.reader;

import java.io.StringWriter;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.SAXException;

/**
 * Collects the text a Tika parser extracts and stops the parse as soon as it passes the limit, so a
 * small file that unpacks to a huge text costs no more than the limit.
 */
final class BoundedTextHandler extends ToTextContentHandler {

  /** Thrown into the parser when the text passes the limit (a kind Tika's parsers pass on). */
  static final class LimitReached extends WriteLimitReachedException {
    LimitReached() {
      super(Integer.MAX_VALUE);
    }
  }

  private final long limit;
  private long written;

  BoundedTextHandler(ReadLimit limit) {
    super(new StringWriter());
    this.limit = limit.maxTextBytes();
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    count(ch, start, length);
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    count(ch, start, length);
    super.ignorableWhitespace(ch, start, length);
  }

  private void count(char[] ch, int start, int length) throws LimitReached {
    written += ReadLimit.utf8Length(ch, start, length);
    if (written > limit) {
      throw new LimitReached();
    }
  }

  static boolean reached(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitReached) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
