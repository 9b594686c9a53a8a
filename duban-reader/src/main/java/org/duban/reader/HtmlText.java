package org.duban.reader;

import java.util.Set;
import org.duban.core.text.MappedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page, one block (paragraph, heading, list item, table row, line
 * break) per line, with every character mapped to its place in the page's source. Parsed by jsoup
 * with source positions on; entities ({@code &amp;}) map to where they were written.
 */
final class HtmlText {

  private static final Set<String> HIDDEN =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "object");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "tr",
          "table",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "blockquote",
          "pre",
          "hr",
          "dd",
          "dt",
          "dl",
          "form",
          "main",
          "figure",
          "figcaption",
          "title",
          "address",
          "center");

  private HtmlText() {}

  /** Whether {@code text} looks like an HTML page rather than text that mentions a tag. */
  static boolean looksLikeHtml(String name, String text) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    String start =
        text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  static MappedText of(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    MappedText.Builder out = MappedText.builder(html);
    Element title = doc.head() == null ? null : doc.head().selectFirst("title");
    if (title != null) {
      NodeTraversor.traverse(new Visitor(html, out), title);
    }
    NodeTraversor.traverse(new Visitor(html, out), doc.body());
    return out.build(html.length());
  }

  private static final class Visitor implements NodeVisitor {
    private final String html;
    private final MappedText.Builder out;
    private int hidden;
    private int pre;
    // white space seen but not yet written: a browser shows one space, or none at a line break
    // between two Chinese characters
    private int pendingSpace = -1;
    private boolean pendingNewline;

    Visitor(String html, MappedText.Builder out) {
      this.html = html;
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (HIDDEN.contains(tag)) {
          hidden++;
        } else if (tag.equals("pre")) {
          pre++;
        }
        if (BLOCKS.contains(tag)) {
          lineBreak(e.sourceRange().startPos());
        }
      } else if (node instanceof TextNode t && hidden == 0) {
        text(t);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (HIDDEN.contains(tag)) {
          hidden--;
        } else if (tag.equals("pre")) {
          pre--;
        }
        if (BLOCKS.contains(tag)) {
          Range end = e.endSourceRange();
          lineBreak(end.isTracked() ? end.startPos() : e.sourceRange().endPos());
        }
      }
    }

    private void lineBreak(int at) {
      pendingSpace = -1;
      if (out.length() > 0 && out.lastChar() != '\n' && at >= 0) {
        out.appendSynthetic('\n', at);
      }
    }

    /** Copies a text node, entity by entity, each character mapped to where it was written. */
    private void text(TextNode t) {
      String decoded = t.getWholeText();
      int start = t.sourceRange().startPos();
      int end = t.sourceRange().endPos();
      if (start < 0 || end > html.length() || end < start) {
        return;
      }
      int r = start;
      int d = 0;
      while (d < decoded.length()) {
        int at = Math.min(r, Math.max(start, end - 1));
        int semi = r < end && html.charAt(r) == '&' ? entityEnd(r, end) : -1;
        if (semi > 0) {
          String entity = Parser.unescapeEntities(html.substring(r, semi), false);
          if (decoded.startsWith(entity, d) && !entity.isEmpty()) {
            // mapped to the entity's last character, a span ending here ends after the entity
            for (int k = 0; k < entity.length(); k++) {
              emit(entity.charAt(k), semi - 1);
            }
            d += entity.length();
            r = semi;
            continue;
          }
        }
        emit(decoded.charAt(d), at);
        d++;
        if (r < end) {
          r++;
        }
      }
    }

    private int entityEnd(int amp, int end) {
      for (int i = amp + 1; i < end && i < amp + 12; i++) {
        char c = html.charAt(i);
        if (c == ';') {
          return i > amp + 1 ? i + 1 : -1;
        }
        if (!Character.isLetterOrDigit(c) && c != '#') {
          return -1;
        }
      }
      return -1;
    }

    private void emit(char c, int at) {
      if (pre == 0 && (Character.isWhitespace(c) || c == '\u00A0')) {
        if (pendingSpace < 0) {
          pendingSpace = at;
          pendingNewline = false;
        }
        pendingNewline |= c == '\n' || c == '\r';
        return;
      }
      if (pendingSpace >= 0) {
        boolean joinsHan = pendingNewline && isHan(out.lastChar()) && isHan(c);
        if (!joinsHan && out.length() > 0 && out.lastChar() != '\n') {
          out.appendSynthetic(' ', pendingSpace);
        }
        pendingSpace = -1;
      }
      out.appendSynthetic(c, at);
    }

    private static boolean isHan(char c) {
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          || (c >= '\u3000' && c <= '\u303F')
          || (c >= '\uFF00' && c <= '\uFFEF');
    }
  }
}
