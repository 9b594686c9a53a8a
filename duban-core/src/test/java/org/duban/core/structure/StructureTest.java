package org.duban.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StructureTest {

  private static Section section(int start, int end, Role role) {
    return new Section(0, null, "s" + start, start, start, end, role, NodeKind.SECTION);
  }

  private static List<Section> scan(List<Section> sections, int index) {
    List<Section> path = new ArrayList<>();
    for (Section s : sections) {
      if (s.encloses(index)) {
        path.add(s);
      }
    }
    return path;
  }

  @Test
  void findsTheSameEnclosingSectionsAsAScanOnNestedTrees() {
    Random random = new Random(9);
    for (int round = 0; round < 200; round++) {
      List<Section> sections = new ArrayList<>();
      nest(random, 0, 1000, 0, sections);
      Structure structure = new Structure(sections);
      for (int index = -1; index <= 1001; index += 7) {
        assertThat(structure.enclosing(index)).isEqualTo(scan(sections, index));
      }
    }
  }

  private static void nest(Random random, int from, int to, int depth, List<Section> out) {
    int at = from;
    while (depth < 4 && at < to - 10 && random.nextInt(4) > 0) {
      int start = at + random.nextInt(5);
      int end = Math.min(to, start + 5 + random.nextInt(Math.max(1, (to - start))));
      out.add(section(start, end, Role.values()[random.nextInt(3)]));
      nest(random, start + 1, end, depth + 1, out);
      at = end + random.nextInt(3);
    }
  }

  @Test
  void stillAnswersWhenSectionsOverlap() {
    List<Section> sections =
        List.of(
            section(0, 50, Role.REVIEW), section(10, 80, Role.PLAN), section(60, 70, Role.OTHER));
    Structure structure = new Structure(sections);
    assertThat(structure.enclosing(40)).containsExactly(sections.get(0), sections.get(1));
    assertThat(structure.roleAt(65)).isEqualTo(Role.OTHER);
    assertThat(structure.roleAt(75)).isEqualTo(Role.PLAN);
    assertThat(structure.roleAt(90)).isEqualTo(Role.OTHER);
  }

  @Test
  void looksUpQuicklyInADocumentOfManyTasks() {
    List<Section> sections = new ArrayList<>();
    sections.add(section(0, 4_000_000, Role.PLAN));
    for (int i = 0; i < 200_000; i++) {
      sections.add(section(1 + i * 20, i * 20 + 19, Role.PLAN));
    }
    Structure structure = new Structure(sections);
    long start = System.nanoTime();
    for (int index = 0; index < 4_000_000; index += 20) {
      assertThat(structure.enclosing(index + 5)).hasSize(2);
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }
}
