package org.duban.app.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** HanLP's segmenter as a Lucene tokenizer, for measuring it against smartcn. */
final class HanLpTokenizer extends Tokenizer {

  private static final ThreadLocal<Segment> SEGMENT =
      ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true));

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private Iterator<Term> terms;
  private int length;

  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new HanLpTokenizer());
      }
    };
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (terms.hasNext()) {
      Term t = terms.next();
      if (t.word.codePoints().allMatch(c -> !Character.isLetterOrDigit(c))) {
        continue; // punctuation and spaces are no words to search for
      }
      term.setEmpty().append(t.word);
      offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    int n;
    while ((n = input.read(buffer)) > 0) {
      text.append(buffer, 0, n);
    }
    length = text.length();
    List<Term> segmented = SEGMENT.get().seg(text.toString());
    terms = segmented.iterator();
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(correctOffset(length), correctOffset(length));
  }
}
