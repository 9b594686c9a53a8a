package org.duban.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerPathsTest {

  @Test
  void keepsOnlyTheFileNameOfAbsolutePaths() {
    assertThat(ServerPaths.strip("cannot read /srv/duban/uploads/报告.pdf: encrypted"))
        .isEqualTo("cannot read 报告.pdf: encrypted");
    assertThat(ServerPaths.strip("C:\\data\\in\\a.docx (2 documents)"))
        .isEqualTo("a.docx (2 documents)");
    assertThat(ServerPaths.strip("写入/tmp/duban-demo-123/ledger失败")).isEqualTo("写入ledger失败");
  }

  @Test
  void keepsOnlyTheFileNameOfRelativePaths() {
    assertThat(ServerPaths.strip("../shared/corpus/上海/长宁区2024.txt (1 documents, hash ab)"))
        .isEqualTo("长宁区2024.txt (1 documents, hash ab)");
    assertThat(ServerPaths.strip("corpus/a.md")).isEqualTo("a.md");
  }

  @Test
  void leavesProseUrlsAndFiguresAlone() {
    for (String text :
        new String[] {
          "人均可支配收入5万元/人/年",
          "see https://example.org/a/b.html",
          "比例1.5/2.0",
          "2021/2022学年",
          "TCP/IP",
          "POST /api/documents/5：角色 领导 无此权限",
          "a.txt (1 documents)",
          null
        }) {
      assertThat(ServerPaths.strip(text)).isEqualTo(text);
    }
  }
}
