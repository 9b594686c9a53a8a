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
      if (named == null) {
        named = fromPlacesClause(f, out.isEmpty() ? null : out.get(out.size() - 1));
      }
      if (named != null) {
        carried = named;
      }
      out.add(f.withRegion(carried != null ? carried : own));
    }
    return out;
  }

  /**
   * 其次为江苏和北京，分别高出2.6个、2.5个百分点: a clause before the figure's that names only places gives them to
   * its figures, one each when 分别 says so; null when there is no such clause.
   */
  private static String fromPlacesClause(Figure f, Figure before) {
    FigurePlace place = f.place();
    if (place.clauseStart() <= place.sentenceStart()) {
      return null;
    }
    String text = f.text();
    int previousStart = Clause.start(text, place.clauseStart() - 1, place.sentenceStart());
    if (before != null
        && before.place().sentenceStart() == place.sentenceStart()
        && before.quantity().end() > previousStart
        && before.quantity().start() < place.clauseStart()) {
      return null;
    }
    List<String> places = RegionResolver.onlyPlaces(text, previousStart, place.clauseStart() - 1);
    if (places.size() == 1) {
      return places.get(0);
    }
    boolean respectively =
        text.subSequence(place.clauseStart(), f.quantity().start()).toString().contains("分别");
    int i = place.indexInClause();
    return respectively && i < places.size() ? places.get(i) : null;
  }
}
