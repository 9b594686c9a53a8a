package org.duban.app.fact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of one region as documents write it: {@code 长宁}, {@code 长宁区} and {@code 上海市长宁区} are the
 * same place, so a filter on any of them finds all.
 */
public final class RegionName {

  private RegionName() {}

  /** The names that count as {@code region}, the given spelling first. */
  public static List<String> variants(String region) {
    String name = region.strip();
    String core = name.startsWith("上海市") && name.length() > 3 ? name.substring(3) : name;
    if (core.length() > 2 && "区市县镇".indexOf(core.charAt(core.length() - 1)) >= 0) {
      core = core.substring(0, core.length() - 1);
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.add(core);
    for (String suffix : List.of("区", "市", "县", "新区")) {
      names.add(core + suffix);
    }
    return List.copyOf(names);
  }
}
