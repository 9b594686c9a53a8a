package org.duban.app.document;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The reader's text as HTML: facts in {@code <mark class="fact">}, the sentence of a hit in {@code
 * .hit} (the first piece with {@code id="hit"}), anchors of the outline. Written here rather than
 * by a template loop, which cost milliseconds per thousand pieces on every view.
 */
final class ReaderHtml {

  private ReaderHtml() {}

  static String of(List<ReaderSegments.Segment> segments) {
    StringBuilder html = new StringBuilder();
    for (ReaderSegments.Segment s : segments) {
      if (s.anchor() >= 0) {
        html.append("<a class=\"anchor\" id=\"n-").append(s.anchor()).append("\"></a>");
      }
      String text = HtmlUtils.htmlEscape(s.text());
      String id = s.hitStart() ? " id=\"hit\"" : "";
      if (s.fact() >= 0) {
        html.append("<mark class=\"fact")
            .append(s.hit() ? " hit" : "")
            .append('"')
            .append(id)
            .append(" data-fact=\"")
            .append(s.fact())
            .append("\">")
            .append(text)
            .append("</mark>");
      } else if (s.hit()) {
        html.append("<span class=\"hit\"").append(id).append('>').append(text).append("</span>");
      } else {
        html.append(text);
      }
    }
    return html.toString();
  }
}
