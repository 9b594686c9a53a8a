package org.duban.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MappedTextTest {

  @Test
  void mapsADerivedTextBackToItsSource() {
    String source = "**地区生产总值**\n增长5%";
    MappedText derived =
        MappedText.builder(source)
            .appendSource(2, 8)
            .appendSource(11, source.length())
            .build(source.length());
    assertThat(derived.text()).isEqualTo("地区生产总值增长5%");
    int five = derived.text().indexOf('5');
    assertThat(source.charAt(derived.toSource(five))).isEqualTo('5');
    assertThat(derived.toSourceEnd(derived.length())).isEqualTo(source.length());
  }

  @Test
  void composesTwoDerivations() {
    String source = "ab  cd";
    MappedText first = MappedText.builder(source).appendSource(0, 2).appendSource(4, 6).build(6);
    MappedText second = MappedText.builder(first.text()).appendSource(2, 4).build(4);
    MappedText both = first.compose(second);
    assertThat(both.text()).isEqualTo("cd");
    assertThat(both.toSource(0)).isEqualTo(4);
    assertThat(both.toSourceEnd(2)).isEqualTo(6);
  }

  @Test
  void countsCodePointsPastSurrogatePairs() {
    String text = "𠀀增长5%";
    CodePointIndex index = CodePointIndex.of(text);
    assertThat(index.toCodePoint(text.indexOf('5'))).isEqualTo(3);
  }

  @Test
  void aCopiedTextIsOneRunAndEachEditAddsOne() {
    String source = "第一行\n第二行\n第三行".repeat(1000);
    assertThat(MappedText.identity(source).runs()).isEqualTo(1);
    MappedText.Builder b = MappedText.builder(source);
    int lines = 0;
    for (int from = 0; from < source.length(); ) {
      int eol = source.indexOf('\n', from);
      int to = eol < 0 ? source.length() : eol;
      b.appendSource(from, to);
      if (eol >= 0) {
        // a line break turned into a space standing for it: a run of its own, the next line another
        b.appendSynthetic(' ', eol);
        lines++;
      }
      from = to + 1;
    }
    MappedText joined = b.build(source.length());
    assertThat(joined.text()).doesNotContain("\n");
    assertThat(joined.runs()).isLessThanOrEqualTo(1 + 2 * lines);
    // A synthetic char for a source char in sequence continues the run: 5 becomes 5.
    MappedText same =
        MappedText.builder("ab5c").appendSource(0, 2).appendSynthetic('5', 2).build(4);
    assertThat(same.runs()).isEqualTo(1);
  }

  @Test
  void aTextThatComesThroughUnchangedIsTheSourceItselfNotACopy() {
    String source = "地区生产总值增长5%。\n城镇调查失业率5.5%。";
    MappedText copied =
        MappedText.builder(source)
            .appendSource(0, 5)
            .appendSource(5, source.length())
            .build(source.length());
    assertThat(copied.text()).isSameAs(source);
    // Same positions, other chars: a copy, with the chars written.
    MappedText edited =
        MappedText.builder(source)
            .appendSource(0, 9)
            .appendSynthetic('％', 9)
            .appendSource(10, source.length())
            .build(source.length());
    assertThat(edited.text()).isNotSameAs(source).contains("5％");
    assertThat(edited.toSource(9)).isEqualTo(9);
  }

  /** The map as it was, one source index per char, to compare the runs with. */
  private record PerChar(String text, int[] map) {

    static PerChar identity(String s) {
      int[] m = new int[s.length() + 1];
      Arrays.setAll(m, i -> i);
      return new PerChar(s, m);
    }

    int toSourceEnd(int end) {
      if (end <= 0) {
        return map[0];
      }
      int last = map[end - 1];
      boolean pair =
          Character.isHighSurrogate(text.charAt(end - 1))
              && end < text.length()
              && Character.isLowSurrogate(text.charAt(end));
      return Math.min(pair ? last + 2 : last + 1, map[map.length - 1]);
    }

    PerChar compose(PerChar derived) {
      int[] m = new int[derived.map.length];
      for (int i = 0; i < m.length; i++) {
        m[i] = map[derived.map[i]];
      }
      return new PerChar(derived.text, m);
    }

    PerChar slice(int start, int end) {
      int[] m = Arrays.copyOfRange(map, start, end + 1);
      if (end > start) {
        m[end - start] = toSourceEnd(end);
      }
      return new PerChar(text.substring(start, end), m);
    }
  }

  /** A random derivation of {@code source}: copied ranges, dropped ones and inserted chars. */
  private static Object[] derive(Random random, String source) {
    MappedText.Builder b = MappedText.builder(source);
    StringBuilder text = new StringBuilder();
    int[] map = new int[4 * source.length() + 8];
    int n = 0;
    int at = 0;
    while (at < source.length()) {
      int step = 1 + random.nextInt(6);
      int to = Math.min(source.length(), at + step);
      switch (random.nextInt(4)) {
        case 0 -> at = to; // dropped
        case 1 -> {
          int pos = random.nextInt(source.length() + 3) - 1;
          char c = random.nextBoolean() ? ' ' : source.charAt(Math.min(at, source.length() - 1));
          b.appendSynthetic(c, pos);
          text.append(c);
          map[n++] = Math.min(Math.max(pos, 0), source.length());
        }
        default -> {
          b.appendSource(at, to);
          text.append(source, at, to);
          for (int k = at; k < to; k++) {
            map[n++] = k;
          }
          at = to;
        }
      }
    }
    if (random.nextBoolean()) {
      b.appendSynthetic('\n', source.length());
      text.append('\n');
      map[n++] = source.length();
    }
    int end = random.nextBoolean() ? source.length() : random.nextInt(source.length() + 1);
    map[n] = end;
    return new Object[] {b.build(end), new PerChar(text.toString(), Arrays.copyOf(map, n + 1))};
  }

  private static void assertSame(MappedText runs, PerChar perChar) {
    assertThat(runs.text()).isEqualTo(perChar.text());
    for (int i = 0; i <= runs.length(); i++) {
      assertThat(runs.toSource(i))
          .as("toSource(%d) of %s", i, runs.text())
          .isEqualTo(perChar.map()[i]);
      assertThat(runs.toSourceEnd(i)).as("toSourceEnd(%d)", i).isEqualTo(perChar.toSourceEnd(i));
    }
  }

  @Test
  void runsGiveTheOffsetsOfOneIndexPerCharThroughEditsCompositionsAndSlices() {
    Random random = new Random(12);
    String alphabet = "地区生产总值增长5% \n\uD840\uDC00ab\uD840";
    for (int round = 0; round < 500; round++) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      MappedText runs = MappedText.identity(s.toString());
      PerChar perChar = PerChar.identity(s.toString());
      assertSame(runs, perChar);
      for (int depth = 0; depth < 3 && !runs.text().isEmpty(); depth++) {
        Object[] derived = derive(random, runs.text());
        runs = runs.compose((MappedText) derived[0]);
        perChar = perChar.compose((PerChar) derived[1]);
        assertSame(runs, perChar);
        int a = random.nextInt(runs.length() + 1);
        int b = a + random.nextInt(runs.length() - a + 1);
        assertSame(runs.slice(a, b), perChar.slice(a, b));
        if (random.nextBoolean()) {
          runs = runs.slice(a, b);
          perChar = perChar.slice(a, b);
        }
      }
    }
  }
}
