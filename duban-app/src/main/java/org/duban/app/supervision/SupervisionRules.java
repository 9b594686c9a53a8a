package org.duban.app.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office's rules for lights and scoring ({@code duban.supervision.*}).
 *
 * @param warnDays an item due within this many days is yellow
 * @param reportEveryDays a unit reports at least this often; longer without a report is yellow
 * @param score how units are scored
 */
@ConfigurationProperties("duban.supervision")
public record SupervisionRules(
    @DefaultValue("7") int warnDays,
    @DefaultValue("30") int reportEveryDays,
    @DefaultValue ScoreRule score) {

  private static final ScoreRule DEFAULT_SCORE = new ScoreRule(100, 5, 3, 2);

  public static final SupervisionRules DEFAULT = new SupervisionRules(7, 30, DEFAULT_SCORE);

  public SupervisionRules {
    if (warnDays < 0 || reportEveryDays < 1) {
      throw new IllegalArgumentException(
          "duban.supervision.warn-days must be 0 or more and report-every-days 1 or more");
    }
    if (score == null) {
      score = DEFAULT_SCORE;
    }
  }

  /**
   * The score of a unit: {@code base} less a penalty for each item it leads that is overdue or was
   * done late, and for each report it handed in late or still owes.
   */
  public record ScoreRule(
      @DefaultValue("100") int base,
      @DefaultValue("5") int overduePenalty,
      @DefaultValue("3") int lateDonePenalty,
      @DefaultValue("2") int lateReportPenalty) {

    /** The rule in words, for the ranking page. */
    public String describe() {
      return "基础分 "
          + base
          + " 分；牵头事项每项逾期未办结扣 "
          + overduePenalty
          + " 分，每项逾期办结扣 "
          + lateDonePenalty
          + " 分；每次逾期反馈（含当前应报未报）扣 "
          + lateReportPenalty
          + " 分；最低 0 分。只有牵头单位计分，配合单位只列事项数。";
    }
  }
}
