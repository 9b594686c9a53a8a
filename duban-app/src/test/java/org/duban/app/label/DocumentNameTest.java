package org.duban.app.label;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNameTest {

  @Test
  void aTitleIsShownAsItIs() {
    DocumentName name = new DocumentName(1, "某某区政府工作报告", "某某区", 2023, "WORK_REPORT", "a.txt");
    assertThat(name.display()).isEqualTo("某某区政府工作报告");
    assertThat(name.placeAndYear()).isEqualTo("某某区 · 2023年");
  }

  @Test
  void aDocumentWithoutTitleIsNamedByPlaceYearAndType() {
    assertThat(new DocumentName(1, null, "某某区", 2023, "WORK_REPORT", "a.txt").display())
        .isEqualTo("某某区2023年政府工作报告");
    assertThat(new DocumentName(1, " ", null, 2021, "OTHER", "a.txt").display())
        .isEqualTo("2021年文档");
  }

  @Test
  void withNothingKnownTheFileNamesIt() {
    DocumentName name = new DocumentName(9, null, null, null, "NEWS", "新闻.html");
    assertThat(name.display()).isEqualTo("新闻.html");
    assertThat(name.placeAndYear()).isEmpty();
    assertThat(new DocumentName(9, null, null, null, "NEWS", null).display()).isEqualTo("文档 9");
  }
}
