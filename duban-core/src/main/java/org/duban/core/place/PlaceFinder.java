package org.duban.core.place;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.WordTrie;

/**
 * Reads the place a text names at a position, in its context. A name followed by one of its own
 * divisions names the latter ("北京市海淀区" → 海淀区, "山西太原" → 太原市). A name several places share is
 * resolved by the division named before it, else by the province of the document's jurisdiction,
 * else (for a short form) by the higher tier (吉林 is the province); a full name that stays shared is
 * left as written, a short form that stays shared names nothing. The short form of a county (海淀)
 * and a county name of two characters (城区, 沛县) name a place only inside the document's province or
 * after their parent: alone they are too often ordinary words.
 */
public final class PlaceFinder {

  private static final int MIN_NAME = 2;

  private PlaceFinder() {}

  /**
   * The place named at {@code pos}, within {@code limit}, or null.
   *
   * @param context the document's jurisdiction, or null when it is unknown
   */
  public static PlaceMention at(CharSequence text, int pos, int limit, Place context) {
    return at(text, pos, limit, context, null);
  }

  private static PlaceMention at(
      CharSequence text, int pos, int limit, Place context, Place above) {
    Gazetteer g = Gazetteer.get();
    WordTrie.Match<Gazetteer.Names> m = g.wordAt(text, pos);
    if (m == null || m.end() > limit || m.end() - pos < MIN_NAME) {
      return null;
    }
    Gazetteer.Names names = m.value();
    boolean shortForm = names.full().isEmpty();
    List<Place> candidates = shortForm ? names.abbreviated() : names.full();
    if (above != null) {
      candidates = inside(candidates, above, g);
      candidates.remove(above);
      if (candidates.size() != 1) {
        return null;
      }
    }
    Place chosen = choose(candidates, shortForm, m.end() - pos, context, above != null, g);
    PlaceMention child = child(text, m.end(), limit, context, chosen, candidates, g);
    if (child != null) {
      return new PlaceMention(pos, child.end(), child.place());
    }
    if (chosen != null) {
      return new PlaceMention(pos, m.end(), chosen);
    }
    boolean ambiguousFullName = !shortForm && candidates.size() > 1 && m.end() - pos > MIN_NAME;
    return ambiguousFullName ? new PlaceMention(pos, m.end(), null) : null;
  }

  /** A division named right after {@code chosen} (or one of the candidates) and lying inside it. */
  private static PlaceMention child(
      CharSequence text,
      int pos,
      int limit,
      Place context,
      Place chosen,
      List<Place> candidates,
      Gazetteer g) {
    if (pos >= limit) {
      return null;
    }
    List<Place> parents = chosen != null ? List.of(chosen) : candidates;
    PlaceMention found = null;
    for (Place parent : parents) {
      if (parent.level() == PlaceLevel.COUNTY || parent.level() == PlaceLevel.NATION) {
        continue;
      }
      PlaceMention m = at(text, pos, limit, context, parent);
      if (m != null && m.place() != null) {
        if (found != null) {
          return null; // 朝阳区 under two parents: nothing tells which
        }
        found = m;
      }
    }
    return found;
  }

  private static Place choose(
      List<Place> candidates,
      boolean shortForm,
      int length,
      Place context,
      boolean afterParent,
      Gazetteer g) {
    if (afterParent) {
      return candidates.get(0);
    }
    Place scope = context == null ? null : g.province(context);
    if (scope != null) {
      List<Place> near = inside(candidates, scope, g);
      if (near.size() == 1) {
        return near.get(0);
      }
    }
    List<Place> free = new ArrayList<>(candidates.size());
    for (Place p : candidates) {
      boolean needsContext = p.level() == PlaceLevel.COUNTY && (shortForm || length <= MIN_NAME);
      if (!needsContext) {
        free.add(p);
      }
    }
    if (free.size() == 1) {
      return free.get(0);
    }
    return shortForm ? highestTier(free) : null;
  }

  /** The one place of the highest tier among {@code places} (吉林 → 吉林省), or null. */
  private static Place highestTier(List<Place> places) {
    Place best = null;
    boolean tie = false;
    for (Place p : places) {
      if (best == null || p.level().isAbove(best.level())) {
        best = p;
        tie = false;
      } else if (p.level() == best.level()) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static List<Place> inside(List<Place> places, Place area, Gazetteer g) {
    List<Place> in = new ArrayList<>(places.size());
    for (Place p : places) {
      if (g.isWithin(p, area)) {
        in.add(p);
      }
    }
    return in;
  }
}
