package org.duban.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.duban.core.clean.Cleaner;
import org.duban.core.text.MappedText;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial bytes through the reader and the cleaner (issue 12): a file is either read
 * or refused with one line saying why, and every offset the cleaned text maps to lies inside the
 * text that was read.
 */
class ReaderFuzzTest {

  private static final int ROUNDS = 400;
  private final DocumentReader reader = new DocumentReader(new ReadLimit(200_000));
  private final Cleaner cleaner = new Cleaner();

  @Test
  void randomAndAdversarialBytesAreReadOrRefusedInOneLine() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      byte[] bytes = input(random, round);
      String context = "seed " + seed + ", round " + round;
      SourceText source;
      try {
        source = reader.read(round % 3 == 0 ? "f.html" : "f.txt", bytes);
      } catch (UnreadableFileException e) {
        assertThat(e.getMessage()).as(context).isNotBlank().doesNotContain("\n");
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError(context + ": the reader threw " + e, e);
      }
      MappedText cleaned;
      try {
        cleaned = cleaner.cleanDocument(source).text();
      } catch (RuntimeException e) {
        throw new AssertionError(context + ": the cleaner threw " + e, e);
      }
      int length = source.text().length();
      for (int i = 0; i <= cleaned.length(); i++) {
        int at = i < cleaned.length() ? cleaned.toSource(i) : cleaned.toSourceEnd(i);
        assertThat(at).as(context + ", offset of char " + i).isBetween(0, length);
      }
    }
  }

  private static byte[] input(Random random, int round) {
    return switch (round % 8) {
      case 0 -> bytes(random, random.nextInt(2_000));
      case 1 -> withPrefix(random, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case 2 -> withPrefix(random, new byte[] {(byte) 0xFF, (byte) 0xFE});
      case 3 -> withPrefix(random, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
      case 4 -> withPrefix(random, new byte[] {'P', 'K', 3, 4});
      case 5 -> mangled(random, composed(random).getBytes(StandardCharsets.UTF_8));
      case 6 -> mangled(random, composed(random).getBytes(Charset.forName("GB18030")));
      default -> composed(random).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** Text in the shapes the cleaner reacts to: markup, lists, spaces, stray surrogates. */
  private static String composed(Random random) {
    List<String> pieces =
        List.of(
            "<p>",
            "</div>",
            "<script>",
            "**",
            "# ",
            "一、",
            "（二）",
            "1.",
            "\n",
            "\n\n",
            "\r\n",
            " ",
            "\t",
            "　",
            "全年增长6.2%",
            "地区生产总值1234.5亿元",
            "查看: 69",
            "\uD840\uDC3E",
            "\uD800",
            "\uDC00",
            "&amp;",
            "&#x4E00;",
            "<",
            ">",
            "。",
            "；",
            "|",
            "---");
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(300);
    for (int i = 0; i < n; i++) {
      s.append(pieces.get(random.nextInt(pieces.size())));
    }
    return s.toString();
  }

  private static byte[] bytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] withPrefix(Random random, byte[] prefix) {
    byte[] tail =
        random.nextBoolean()
            ? bytes(random, random.nextInt(500))
            : composed(random).getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[prefix.length + tail.length];
    System.arraycopy(prefix, 0, b, 0, prefix.length);
    System.arraycopy(tail, 0, b, prefix.length, tail.length);
    return b;
  }

  /** Flips, cuts and duplicates bytes of a valid text. */
  private static byte[] mangled(Random random, byte[] valid) {
    List<Byte> b = new ArrayList<>();
    for (byte x : valid) {
      b.add(x);
    }
    int edits = random.nextInt(5);
    for (int i = 0; i < edits && !b.isEmpty(); i++) {
      int at = random.nextInt(b.size());
      switch (random.nextInt(3)) {
        case 0 -> b.set(at, (byte) random.nextInt(256));
        case 1 -> b.remove(at);
        default -> b.add(at, b.get(at));
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }
}
