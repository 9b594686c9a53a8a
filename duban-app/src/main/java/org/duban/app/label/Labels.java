package org.duban.app.label;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.meta.DocumentType;
import org.duban.core.quantity.Qualifier;
import org.duban.core.structure.NodeKind;
import org.duban.core.structure.Role;
import org.springframework.stereotype.Component;

/**
 * The Chinese a person reads for each code the ledger stores ({@code CHANGE}, {@code up}, {@code
 * TARGET}, {@code about}, {@code WORK_REPORT}, …): the one place pages, the reader's fact panel and
 * the CSV and Excel exports take their words from. The API keeps the codes.
 *
 * <p>Templates reach it as {@code @labels}; an unknown code is shown as it is rather than hidden.
 */
@Component("labels")
public final class Labels {

  private static final Map<Measure, String> MEASURES =
      complete(
          Measure.class,
          Map.of(
              Measure.VALUE, "数值",
              Measure.CHANGE, "变化",
              Measure.SHARE, "占比",
              Measure.RANK, "排名"));
  private static final Map<Direction, String> DIRECTIONS =
      complete(Direction.class, Map.of(Direction.UP, "增", Direction.DOWN, "减"));
  private static final Map<Modality, String> MODALITIES =
      complete(Modality.class, Map.of(Modality.ACTUAL, "实际", Modality.TARGET, "目标"));
  private static final Map<Qualifier, String> QUALIFIERS =
      complete(
          Qualifier.class,
          Map.of(
              Qualifier.EXACT, "精确",
              Qualifier.ABOUT, "约",
              Qualifier.OVER, "以上",
              Qualifier.AT_LEAST, "不少于",
              Qualifier.AT_MOST, "不超过",
              Qualifier.UNDER, "不足",
              Qualifier.RANGE, "区间"));
  private static final Map<Role, String> ROLES =
      complete(Role.class, Map.of(Role.REVIEW, "回顾", Role.PLAN, "部署", Role.OTHER, "其他"));
  private static final Map<NodeKind, String> KINDS =
      complete(
          NodeKind.class, Map.of(NodeKind.PART, "部分", NodeKind.SECTION, "章节", NodeKind.TASK, "任务"));

  private static final Map<String, Map<String, String>> BY_FIELD = fieldTable();

  /** 数值, 变化, 占比, 排名. */
  public String measure(String code) {
    return label(MEASURES, Measure.class, code);
  }

  /** The measure with the sense of a change: {@code 变化（增）}, {@code 数值}. */
  public String measure(String measure, String direction) {
    String m = measure(measure);
    return direction == null || direction.isBlank() ? m : m + "（" + direction(direction) + "）";
  }

  /** 增 or 减. */
  public String direction(String code) {
    return label(DIRECTIONS, Direction.class, code);
  }

  /** 实际 or 目标. */
  public String modality(String code) {
    return label(MODALITIES, Modality.class, code);
  }

  /** 精确, 约, 以上, 不少于, 不超过, 不足, 区间. */
  public String qualifier(String code) {
    return label(QUALIFIERS, Qualifier.class, code);
  }

  /** 政府工作报告, 五年规划, …. */
  public String documentType(String code) {
    DocumentType type = constant(DocumentType.class, code);
    return type == null ? orEmpty(code) : type.label();
  }

  /** What a part of a document does: 回顾, 部署, 其他. */
  public String role(String code) {
    return label(ROLES, Role.class, code);
  }

  /** 部分, 章节, 任务. */
  public String kind(String code) {
    return label(KINDS, NodeKind.class, code);
  }

  /**
   * Every label by the fact field it belongs to ({@code measure}, {@code direction}, {@code
   * modality}, {@code qualifier}) and its code as the API writes it, for scripts in the pages.
   */
  public Map<String, Map<String, String>> byField() {
    return BY_FIELD;
  }

  private static Map<String, Map<String, String>> fieldTable() {
    Map<String, Map<String, String>> fields = new LinkedHashMap<>();
    fields.put("measure", codes(MEASURES, false));
    fields.put("direction", codes(DIRECTIONS, true));
    fields.put("modality", codes(MODALITIES, false));
    fields.put("qualifier", codes(QUALIFIERS, true));
    return Map.copyOf(fields);
  }

  private static <E extends Enum<E>> Map<String, String> codes(
      Map<E, String> labels, boolean lower) {
    Map<String, String> codes = new LinkedHashMap<>();
    labels.forEach((k, v) -> codes.put(lower ? k.name().toLowerCase(Locale.ROOT) : k.name(), v));
    return Map.copyOf(codes);
  }

  private static <E extends Enum<E>> String label(
      Map<E, String> labels, Class<E> type, String code) {
    E constant = constant(type, code);
    return constant == null ? orEmpty(code) : labels.get(constant);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String orEmpty(String code) {
    return code == null ? "" : code;
  }

  // A code added to the core without its Chinese fails the start, not a page in front of a user.
  private static <E extends Enum<E>> Map<E, String> complete(Class<E> type, Map<E, String> labels) {
    EnumMap<E, String> all = new EnumMap<>(type);
    all.putAll(labels);
    for (E constant : type.getEnumConstants()) {
      if (!all.containsKey(constant)) {
        throw new IllegalStateException(type.getSimpleName() + "." + constant + " has no label");
      }
    }
    return all;
  }
}
