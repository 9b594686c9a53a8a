package org.duban.app.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the folders of file paths from text meant for the trail's readers: where a file lay on the
 * server is nobody's business outside it, its name is what identifies it.
 */
final class ServerPaths {

  // A path starts where an ASCII word does not go on: after a space, a bracket, a quote, a Chinese
  // character; not after the colon of a URL scheme (http://) or inside 1/2.
  // A path after an HTTP method is the path of a request (GET /api/audit), not of a file.
  private static final String START =
      "(?<![A-Za-z0-9_/\\\\.~:-])(?<!(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) )";
  private static final String PART = "[^\\s/\\\\'\"()<>:]+";
  private static final String SEP = "[/\\\\]";
  // Absolute paths: /srv/data/a.txt, /tmp/upload, C:\data\a.txt, \\server\share\a.txt. The first
  // folder is ASCII, as a server's top folders are, so that 万元/人/年 stays as written.
  private static final Pattern ABSOLUTE =
      Pattern.compile(
          START
              + "(?:/|[A-Za-z]:[/\\\\]|\\\\\\\\)[A-Za-z0-9._-]+"
              + SEP
              + "(?:"
              + PART
              + SEP
              + ")*("
              + PART
              + ")");
  // Relative paths that end in a file name: corpus/上海/a.txt, ../shared/b.pdf.
  private static final Pattern RELATIVE =
      Pattern.compile(
          START
              + "(?:\\.{1,2}"
              + SEP
              + ")*(?:"
              + PART
              + SEP
              + ")+("
              + PART
              + "\\.[A-Za-z][A-Za-z0-9]{0,7})(?![A-Za-z0-9_/\\\\])");

  private ServerPaths() {}

  /** The text with every file path replaced by its last part. */
  static String strip(String text) {
    if (text == null || (text.indexOf('/') < 0 && text.indexOf('\\') < 0)) {
      return text;
    }
    return replace(RELATIVE, replace(ABSOLUTE, text));
  }

  private static String replace(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
  }
}
