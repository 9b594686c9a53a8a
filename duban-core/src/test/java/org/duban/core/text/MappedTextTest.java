package org.duban.core.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
