package org.duban.core.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duban.core.lexicon.LexiconFile;

/**
 * The short forms a text uses for a division: 山西 for 山西省, 内蒙古 for 内蒙古自治区, 阿坝 and 阿坝州 for 阿坝藏族羌族自治州,
 * 锡林郭勒 for 锡林郭勒盟, 海淀 for 海淀区. A short form of one character is never made (沛县, 城区 have none).
 */
final class ShortNames {

  private static final class Holder {
    static final List<String> ETHNIC_GROUPS =
        longestFirst(LexiconFile.lines(ShortNames.class, "ethnic-groups.txt"));
  }

  private static final String[] PROVINCE_ENDS = {"特别行政区", "自治区", "省", "市"};
  private static final String[] PREFECTURE_ENDS = {"自治州", "地区", "盟", "市"};
  private static final String[] COUNTY_ENDS = {"自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市"};

  private ShortNames() {}

  static List<String> of(Place place) {
    String[] ends =
        switch (place.level()) {
          case PROVINCE -> PROVINCE_ENDS;
          case PREFECTURE -> PREFECTURE_ENDS;
          case COUNTY -> COUNTY_ENDS;
          default -> new String[0];
        };
    String name = place.name();
    List<String> forms = new ArrayList<>(2);
    for (String end : ends) {
      if (name.endsWith(end)) {
        String base = name.substring(0, name.length() - end.length());
        if (end.startsWith("自治")) {
          base = withoutEthnicGroups(base);
        }
        if (base.length() >= 2) {
          forms.add(base);
          if (end.equals("自治州")) {
            forms.add(base + "州"); // 阿坝州, 黔东南州
          }
        }
        break;
      }
    }
    return forms;
  }

  /**
   * 阿坝藏族羌族 → 阿坝; 巴音郭楞蒙古 → 巴音郭楞 (a group of two or more characters may drop 族, unless too little
   * would remain: 内蒙古 names a region, not the group).
   */
  static String withoutEthnicGroups(String base) {
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String group : Holder.ETHNIC_GROUPS) {
        if (base.endsWith(group + "族")) {
          base = base.substring(0, base.length() - group.length() - 1);
          stripped = true;
          break;
        }
        if (group.length() >= 2 && base.endsWith(group) && base.length() - group.length() >= 2) {
          base = base.substring(0, base.length() - group.length());
          stripped = true;
          break;
        }
      }
    }
    return base;
  }

  private static List<String> longestFirst(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(sorted);
  }
}
