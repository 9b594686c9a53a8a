package org.duban.core.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.core.split.Article;

/** Reads what a document is from its title, header lines and first paragraphs. */
public final class MetadataDetector {

  private static final Pattern REPORT_YEAR = Pattern.compile("(\\d{4})年.{0,20}政府工作报告");
  private static final Pattern PLACE =
      Pattern.compile("(上海市)?([\\p{IsHan}]{2,4}?(?:新区|区|县))(?:人民)?政府");

  public DocumentMeta detect(Article article, String fileName) {
    String head = article.text().text();
    head = head.substring(0, Math.min(head.length(), 600));
    Integer year = null;
    Matcher y = REPORT_YEAR.matcher(head);
    if (y.find()) {
      year = Integer.valueOf(y.group(1));
    }
    String place = null;
    Matcher p = PLACE.matcher(head);
    if (p.find()) {
      place = p.group(2);
    }
    DocumentType type = head.contains("政府工作报告") ? DocumentType.WORK_REPORT : DocumentType.OTHER;
    JurisdictionLevel level =
        place == null ? JurisdictionLevel.UNKNOWN : JurisdictionLevel.DISTRICT;
    return new DocumentMeta(article.title(), type, place, level, year, null, null);
  }
}
