package org.duban.core.place;

/**
 * A place named in a text: the range of the name as written ("北京市海淀区", "山西") and the place it
 * names, or null when the name is shared by several places and the context does not tell which.
 */
public record PlaceMention(int start, int end, Place place) {

  /** The official name of the place, or the name as written when it is ambiguous. */
  public String name(CharSequence text) {
    return place != null ? place.name() : text.subSequence(start, end).toString();
  }
}
