package org.duban.core.meta;

import java.util.List;
import org.duban.core.clean.Shapes;

/**
 * Finds the jurisdiction a document speaks for: the State Council or the National People's
 * Congress; the place whose government, congress or head the header names ("长宁区区长", "海拉尔区人民政府",
 * "中共上海市长宁区委"); else the most specific place its title names; for news about many provinces, the
 * country.
 */
final class Jurisdictions {

  static final Region NATION = new Region("全国", JurisdictionLevel.NATIONAL, null, null);

  private static final String[] BODIES = {
    "人民政府", "人民代表大会", "政府工作报告", "区长", "市长", "省长", "县长", "州长", "旗长", "主席", "区委", "市委", "省委", "县委",
    "州委"
  };
  private static final String NAME_ENDS = "区县市省州旗盟";
  private static final String NOT_NAME = "在于的日月年和、与及是为由第届据照按对向各本该我其此经";
  private static final int MAX_NAME = 10;
  private static final int HEADER_LINE = 80;
  private static final int NATIONAL_LINES = 10;
  private static final int NEWS_LINES = 6;

  private Jurisdictions() {}

  static Region find(String title, List<String> head, DocumentType type) {
    Regions regions = Regions.get();
    for (int i = 0; i < Math.min(head.size(), NATIONAL_LINES); i++) {
      String line = head.get(i);
      if (line.length() <= HEADER_LINE && (line.contains("全国人民代表大会") || line.startsWith("国务院"))) {
        return NATION;
      }
    }
    String speaker = Addresses.speakerFor(head);
    if (speaker != null && speaker.contains("国务院")) {
      return NATION;
    }
    Region best = speaker == null ? null : governed(speaker, regions);
    for (String line : head) {
      if (line.length() <= HEADER_LINE && !Shapes.hasSentenceEnd(line)) {
        best = moreSpecific(best, governed(line, regions));
      }
    }
    if (title != null) {
      best = moreSpecific(best, governed(title, regions));
    }
    if (best != null) {
      return best;
    }
    if (title != null) {
      best = mostSpecific(regions.findAll(title, false));
      if (best == null && type == DocumentType.NEWS && namesManyProvinces(title)) {
        return NATION;
      }
      if (best == null) {
        best = mostSpecific(regions.findAll(title, true));
      }
    }
    if (best == null && type == DocumentType.NEWS) {
      best = firstNamed(head, regions);
    }
    if (best == null && type == DocumentType.WORK_REPORT && speaksForTheNation(head)) {
      return NATION; // an untitled State Council report opens with 我国 or 全国各族人民
    }
    return best;
  }

  private static boolean speaksForTheNation(List<String> head) {
    for (int i = 0; i < Math.min(head.size(), NATIONAL_LINES); i++) {
      String line = head.get(i);
      if (line.contains("我国") || line.contains("全国各族人民") || line.contains("国务院")) {
        return true;
      }
    }
    return false;
  }

  /** The first place (or the State Council, for the country) the opening lines of a story name. */
  private static Region firstNamed(List<String> head, Regions regions) {
    for (int i = 0; i < Math.min(head.size(), NEWS_LINES); i++) {
      String line = head.get(i);
      int council = line.indexOf("国务院");
      List<Region> found = regions.findAll(line, false);
      if (council >= 0 && (found.isEmpty() || line.indexOf(found.get(0).name()) > council)) {
        return NATION;
      }
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  /** The most specific place whose government, congress or head {@code line} names. */
  private static Region governed(String line, Regions regions) {
    Region best = null;
    for (String body : BODIES) {
      int from = 0;
      while (true) {
        int k = line.indexOf(body, from);
        if (k < 0) {
          break;
        }
        from = k + 1;
        int end = body.length() == 2 && body.charAt(1) == '委' ? k + 1 : skipSession(line, k);
        if (end > 0 && line.charAt(end - 1) == '代') {
          end--; // 长宁区代区长: an acting head
        }
        best = moreSpecific(best, nameEndingAt(line, end, regions));
      }
    }
    return best;
  }

  /** "长宁区第十七届人民代表大会": the place ends before the session ordinal. */
  private static int skipSession(String line, int k) {
    if (k > 0 && line.charAt(k - 1) == '届') {
      int i = k - 1;
      while (i > 0 && "一二三四五六七八九十".indexOf(line.charAt(i - 1)) >= 0) {
        i--;
      }
      if (i > 0 && line.charAt(i - 1) == '第') {
        return i - 1;
      }
    }
    return k;
  }

  private static Region nameEndingAt(String line, int end, Regions regions) {
    if (end <= 0) {
      return null;
    }
    Region known = regions.endingAt(line, end);
    if (known != null) {
      return known;
    }
    char last = line.charAt(end - 1);
    if (NAME_ENDS.indexOf(last) < 0) {
      return null;
    }
    int start = end - 1;
    while (start > 0
        && end - start < MAX_NAME
        && Shapes.isHan(line.charAt(start - 1))
        && NOT_NAME.indexOf(line.charAt(start - 1)) < 0) {
      start--;
    }
    // "呼伦贝尔市海拉尔区": the name is what follows the last known place
    for (int i = start + 1; i < end - 1; i++) {
      if (regions.endingAt(line, i) != null) {
        start = i;
      }
    }
    String name = line.substring(start, end);
    // "自治区人民政府", "省人民政府": a tier without a name
    if (end - start < 3 || name.startsWith("自治") || name.startsWith("全")) {
      return null;
    }
    return new Region(name, levelOf(name), null, null);
  }

  static JurisdictionLevel levelOf(String name) {
    if (name.endsWith("省") || name.endsWith("自治区")) {
      return JurisdictionLevel.PROVINCE;
    }
    if (name.endsWith("市") || name.endsWith("州") || name.endsWith("盟")) {
      return JurisdictionLevel.CITY;
    }
    return JurisdictionLevel.DISTRICT;
  }

  private static boolean namesManyProvinces(String title) {
    return title.contains("省份")
        || title.contains("个省")
        || title.contains("各省")
        || title.contains("省市区");
  }

  private static Region mostSpecific(List<Region> regions) {
    Region best = null;
    for (Region r : regions) {
      best = moreSpecific(best, r);
    }
    return best;
  }

  private static Region moreSpecific(Region a, Region b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(Region r) {
    return switch (r.level()) {
      case NATIONAL -> 1;
      case PROVINCE -> 2;
      case CITY -> 3;
      case DISTRICT -> 4;
      case TOWN -> 5;
      case ZONE -> 0;
      case UNKNOWN -> -1;
    };
  }
}
