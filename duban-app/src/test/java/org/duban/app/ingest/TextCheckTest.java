package org.duban.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCheckTest {

  @Test
  void acceptsOrdinaryDocumentText() {
    assertThat(TextCheck.problem("2024年主要预期目标：\n\t地区生产总值增长5%左右。\r\n")).isNull();
  }

  @Test
  void rejectsEmptyAndBlankText() {
    assertThat(TextCheck.problem("")).contains("empty");
    assertThat(TextCheck.problem(" \n\u3000\n")).contains("empty");
  }

  @Test
  void rejectsBinaryDataThatHappensToDecode() {
    assertThat(TextCheck.problem("PK\u0003\u0004\u0000\u0000")).contains("binary");
    assertThat(TextCheck.problem("\u0001\u0002\u0003\u0004abc")).contains("binary");
  }
}
