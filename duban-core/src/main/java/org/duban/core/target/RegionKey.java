package org.duban.core.target;

import org.duban.core.meta.Region;
import org.duban.core.meta.Regions;

/** One spelling for a place, so that 广东 and 广东省, 海拉尔 and 海拉尔区 link. */
public final class RegionKey {

  private RegionKey() {}

  /** The key of {@code region}, or null for none. */
  public static String of(String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    String name = region.strip();
    Region known = Regions.get().named(name);
    if (known != null) {
      return known.name();
    }
    if (name.length() > 2 && "区市县旗镇".indexOf(name.charAt(name.length() - 1)) >= 0) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }
}
