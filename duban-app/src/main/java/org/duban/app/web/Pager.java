package org.duban.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One page of a long list on a page for people: where it stands in the whole and the links to the
 * others, each keeping the request's filters. Templates show it with {@code ~{fragments ::
 * pager(${pager})}} and {@code ~{fragments :: count(${pager}, '条')}}.
 *
 * @param total how many rows the list has in all
 * @param offset the first row of this page, from 0
 * @param size rows per page
 */
public record Pager(long total, int offset, int size, String path, Map<String, String[]> query) {

  /** A numbered link, or a gap ({@code …}) between distant page numbers. */
  public record Link(int number, String url, boolean current, boolean gap) {}

  private static final int AROUND = 2;

  public Pager {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be positive, not " + size);
    }
    query = Map.copyOf(query);
  }

  /**
   * The pager of the current request, whose {@code offset} parameter the links change. An offset
   * past the end is a 400 naming it.
   */
  public static Pager of(HttpServletRequest request, long total, int offset, int size) {
    if (offset < 0 || (offset > 0 && offset >= total)) {
      throw new InvalidParameterException(
          "offset",
          "must be between 0 and " + Math.max(0, total - 1) + ", not " + offset,
          "页码超出范围：共 " + total + " 条，起始位置 " + offset + " 不在其中");
    }
    return new Pager(total, offset, size, request.getRequestURI(), request.getParameterMap());
  }

  /** The number of the first row shown, from 1 (0 for an empty list). */
  public long first() {
    return total == 0 ? 0 : offset + 1;
  }

  /** The number of the last row shown. */
  public long last() {
    return Math.min(total, (long) offset + size);
  }

  public int page() {
    return offset / size + 1;
  }

  public int pageCount() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** Whether the list needs more than one page. */
  public boolean paged() {
    return total > size;
  }

  public String previous() {
    return page() > 1 ? url(page() - 1) : null;
  }

  public String next() {
    return page() < pageCount() ? url(page() + 1) : null;
  }

  /** The first page, the last, and those around the current one, with gaps between. */
  public List<Link> links() {
    List<Link> links = new ArrayList<>();
    int current = page();
    int count = pageCount();
    int previous = 0;
    for (int p = 1; p <= count; p++) {
      boolean shown = p == 1 || p == count || Math.abs(p - current) <= AROUND;
      if (!shown) {
        continue;
      }
      if (p > previous + 1) {
        links.add(new Link(0, null, false, true));
      }
      links.add(new Link(p, url(p), p == current, false));
      previous = p;
    }
    return links;
  }

  private String url(int page) {
    StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
    new TreeMap<>(query)
        .forEach(
            (name, values) -> {
              if (!"offset".equals(name)) {
                for (String v : values) {
                  if (v != null && !v.isBlank()) {
                    params.add(encode(name) + "=" + encode(v));
                  }
                }
              }
            });
    if (page > 1) {
      params.add("offset=" + (long) (page - 1) * size);
    }
    return path + params;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
