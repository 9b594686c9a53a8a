package org.duban.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

  @Test
  void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
    for (String formula :
        new String[] {"=HYPERLINK(1).txt", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(SpreadsheetText.neutralise(formula)).isEqualTo("'" + formula);
    }
  }

  @Test
  void leavesOtherTextAsWritten() {
    for (String text : new String[] {"报告.txt", "a=b", "1-2", "", " =x"}) {
      assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }
    assertThat(SpreadsheetText.neutralise(null)).isNull();
  }
}
