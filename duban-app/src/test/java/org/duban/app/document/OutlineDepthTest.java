package org.duban.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineDepthTest {

  private static OutlineEntry node(int level, int start, int end, String kind) {
    return new OutlineEntry(level, "一", "标题", start, end, "plan", kind);
  }

  @Test
  void aPartIsNeverDeeperThanTheTasksUnderIt() {
    // Stored levels count from the plan part: a review part may carry 1 and its tasks 0.
    List<OutlineEntry> outline =
        List.of(
            node(1, 0, 100, "part"),
            node(0, 10, 40, "task"),
            node(0, 40, 100, "task"),
            node(0, 100, 300, "part"),
            node(1, 110, 200, "section"),
            node(2, 120, 150, "task"),
            node(2, 150, 200, "task"),
            node(1, 200, 300, "section"));

    assertThat(OutlineDepth.of(outline)).containsExactly(0, 1, 1, 0, 1, 2, 2, 1);
  }

  @Test
  void aChildRunningPastItsParentEndsWithIt() {
    List<OutlineEntry> outline =
        List.of(node(0, 0, 100, "part"), node(1, 10, 500, "task"), node(0, 100, 200, "part"));

    assertThat(OutlineDepth.of(outline)).containsExactly(0, 1, 0);
  }
}
