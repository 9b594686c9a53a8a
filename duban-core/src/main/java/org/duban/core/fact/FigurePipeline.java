package org.duban.core.fact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the attribute stages in their declared order. Checked when built: every stage finds what it
 * requires provided by a stage before it, no attribute is provided twice, and together they provide
 * everything a fact needs.
 */
final class FigurePipeline {

  private final List<FigureStage> stages;

  FigurePipeline(List<FigureStage> stages) {
    Set<Attribute> provided = EnumSet.noneOf(Attribute.class);
    for (FigureStage stage : stages) {
      String name = stage.getClass().getSimpleName();
      Set<Attribute> missing = EnumSet.noneOf(Attribute.class);
      missing.addAll(stage.requires());
      missing.removeAll(provided);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            name + " requires " + missing + ", which no stage before it provides");
      }
      if (!provided.add(stage.provides())) {
        throw new IllegalArgumentException(
            name + " provides " + stage.provides() + ", which a stage before it already does");
      }
    }
    Set<Attribute> absent = EnumSet.allOf(Attribute.class);
    absent.removeAll(provided);
    if (!absent.isEmpty()) {
      throw new IllegalArgumentException("no stage provides " + absent);
    }
    this.stages = List.copyOf(stages);
  }

  List<Figure> run(List<Figure> figures) {
    List<Figure> current = new ArrayList<>(figures);
    for (FigureStage stage : stages) {
      current = stage.annotate(current);
    }
    return current;
  }
}
