package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives each figure its place: the place its clause names (see {@link RegionResolver}), else the
 * place named last in its statement (山西规上原煤产量8.8亿吨，同比增长11.6%；发电量…), else the document's
 * jurisdiction. A full stop ends what a named place covers.
 */
final class RegionStage implements FigureStage {

  private final RegionResolver regions = new RegionResolver();

  @Override
  public Set<Attribute> requires() {
    return Set.of();
  }

  @Override
  public Attribute provides() {
    return Attribute.REGION;
  }

  @Override
  public List<Figure> annotate(List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    String carried = null;
    for (Figure f : figures) {
      Continuity continuity = f.place().continuity();
      if (continuity == Continuity.PARAGRAPH || continuity == Continuity.NONE) {
        carried = null;
      }
      String own = f.meta().jurisdiction();
      String named =
          regions.named(
              f.text(), f.quantity(), f.place().clauseStart(), f.place().indexInClause(), own);
      if (named != null) {
        carried = named;
      }
      out.add(f.withRegion(carried != null ? carried : own));
    }
    return out;
  }
}
