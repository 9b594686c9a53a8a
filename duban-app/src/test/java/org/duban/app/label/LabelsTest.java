package org.duban.app.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.meta.DocumentType;
import org.duban.core.quantity.Qualifier;
import org.duban.core.structure.NodeKind;
import org.duban.core.structure.Role;
import org.junit.jupiter.api.Test;

class LabelsTest {

  private final Labels labels = new Labels();

  @Test
  void everyCodeOfTheCoreReadsInChinese() {
    for (Measure m : Measure.values()) {
      assertChinese(labels.measure(m.name()));
    }
    for (Direction d : Direction.values()) {
      assertChinese(labels.direction(d.json()));
    }
    for (Modality m : Modality.values()) {
      assertChinese(labels.modality(m.name()));
    }
    for (Qualifier q : Qualifier.values()) {
      assertChinese(labels.qualifier(q.json()));
    }
    for (DocumentType t : DocumentType.values()) {
      assertChinese(labels.documentType(t.name()));
    }
    for (Role r : Role.values()) {
      assertChinese(labels.role(r.json()));
    }
    for (NodeKind k : NodeKind.values()) {
      assertChinese(labels.kind(k.json()));
    }
  }

  @Test
  void codesAsTheApiWritesThemMapToTheWordsOfTheDocuments() {
    assertThat(labels.measure("CHANGE", "up")).isEqualTo("变化（增）");
    assertThat(labels.measure("CHANGE", "down")).isEqualTo("变化（减）");
    assertThat(labels.measure("SHARE", null)).isEqualTo("占比");
    assertThat(labels.modality("TARGET")).isEqualTo("目标");
    assertThat(labels.qualifier("about")).isEqualTo("约");
    assertThat(labels.qualifier("at_least")).isEqualTo("不少于");
    assertThat(labels.qualifier("AT_MOST")).isEqualTo("不超过");
    assertThat(labels.documentType("KEY_WORK_ARRANGEMENT")).isEqualTo("重点工作安排");
  }

  @Test
  void anUnknownCodeIsShownAsItIsAndNothingIsEmpty() {
    assertThat(labels.measure("VOLUME")).isEqualTo("VOLUME");
    assertThat(labels.qualifier(null)).isEmpty();
  }

  @Test
  void theTableForScriptsHoldsEveryFactCodeInItsApiSpelling() {
    assertThat(labels.byField().get("measure")).containsEntry("RANK", "排名");
    assertThat(labels.byField().get("direction")).containsEntry("up", "增");
    assertThat(labels.byField().get("qualifier"))
        .hasSize(Qualifier.values().length)
        .containsEntry("range", "区间");
    assertThat(labels.byField().get("modality")).containsEntry("ACTUAL", "实际");
  }

  private static void assertChinese(String label) {
    assertThat(label).isNotBlank();
    assertThat(label.toLowerCase(Locale.ROOT)).doesNotContainPattern("[a-z]");
  }
}
