package org.duban.app.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.audit.AuditLog;
import org.duban.app.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Progress reports (进展反馈) with their evidence: checked whole before anything is stored, then stored
 * in one transaction with the milestones they complete and their line in the audit log.
 */
@Service
public class ReportService {

  static final int MAX_TEXT = 20_000;

  private final ItemService items;
  private final ItemRepository itemRepository;
  private final ReportRepository reports;
  private final EvidencePolicy policy;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ObjectMapper json;

  ReportService(
      ItemService items,
      ItemRepository itemRepository,
      ReportRepository reports,
      EvidencePolicy policy,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock,
      ObjectMapper json) {
    this.items = items;
    this.itemRepository = itemRepository;
    this.reports = reports;
    this.policy = policy;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
    this.json = json;
  }

  public List<ProgressReport> ofItem(long itemId) {
    return reports.ofItem(itemId);
  }

  public Map<Long, List<ProgressReport>> byItem() {
    return reports.byItem();
  }

  /**
   * Stores a report by a unit taking part in the item.
   *
   * @throws ActionRefused when the user may not report, the values are wrong or a file breaks the
   *     limits; nothing is stored then
   */
  public ProgressReport submit(
      long itemId,
      Viewer viewer,
      ReportInput input,
      List<EvidencePolicy.Upload> files,
      Actor actor) {
    Item item = items.visible(itemId, viewer);
    try {
      check(item, viewer, input);
    } catch (ActionRefused refused) {
      audit.record(AuditEntry.refused(actor, "REPORT", "item", itemId, refused.getMessage()));
      throw refused;
    }
    List<EvidencePolicy.Accepted> accepted;
    try {
      accepted = policy.check(files);
    } catch (ActionRefused refused) {
      audit.record(AuditEntry.refused(actor, "REPORT", "item", itemId, refused.getMessage()));
      throw refused;
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<Long> milestones = input.milestoneIds() == null ? List.of() : input.milestoneIds();
    return transaction.execute(
        status -> {
          long id =
              reports.insert(
                  itemId,
                  viewer.username(),
                  viewer.departmentId(),
                  now,
                  today,
                  input.text().strip(),
                  input.progress(),
                  blankToNull(input.figures()));
          for (EvidencePolicy.Accepted file : accepted) {
            reports.insertEvidence(
                id, file.fileName(), file.contentType(), sha256(file.bytes()), file.bytes());
          }
          itemRepository.completeMilestones(itemId, milestones, today);
          ProgressReport report =
              reports.ofItem(itemId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
          Map<String, Object> state = new LinkedHashMap<>();
          state.put("reportId", id);
          state.put("progress", report.progress());
          state.put("text", report.text());
          state.put("figures", report.figures());
          state.put("evidence", report.evidence().stream().map(Evidence::fileName).toList());
          state.put("milestonesDone", milestones);
          audit.record(
              AuditEntry.success(
                      actor,
                      "REPORT",
                      "item",
                      itemId,
                      "进展反馈（"
                          + report.progress()
                          + "%）"
                          + (accepted.isEmpty() ? "" : "，附佐证材料 " + accepted.size() + " 个"))
                  .withStates(null, json(state)));
          return report;
        });
  }

  /** An evidence file, if the user may see its item. */
  public ReportRepository.StoredFile evidence(long id, Viewer viewer) {
    ReportRepository.StoredFile file =
        reports.evidence(id).orElseThrow(() -> new NotFoundException("evidence file", id));
    items.visible(file.itemId(), viewer);
    return file;
  }

  private void check(Item item, Viewer viewer, ReportInput input) {
    if (!viewer.takesPart(item)) {
      throw ActionRefused.forbidden("只有该事项的牵头或配合单位可以反馈进展");
    }
    if (!Flow.mayReport(item, viewer)) {
      throw ActionRefused.conflict(
          "该事项当前为「"
              + item.status().label()
              + "」，"
              + (item.status() == ItemStatus.PENDING ? "请先签收再反馈进展" : "不再接受进展反馈"));
    }
    if (input.text() == null || input.text().isBlank()) {
      throw ActionRefused.invalid("请填写进展情况（text）；未保存任何内容");
    }
    if (input.text().length() > MAX_TEXT) {
      throw ActionRefused.invalid("进展情况不能超过 " + MAX_TEXT + " 字；未保存任何内容");
    }
    if (input.progress() == null || input.progress() < 0 || input.progress() > 100) {
      throw ActionRefused.invalid("完成进度（progress）须为 0 到 100 之间的整数；未保存任何内容");
    }
    if (input.figures() != null && input.figures().length() > 4000) {
      throw ActionRefused.invalid("完成数据（figures）不能超过 4000 字；未保存任何内容");
    }
    if (input.milestoneIds() != null) {
      for (Long id : input.milestoneIds()) {
        if (item.milestones().stream().noneMatch(m -> m.id().equals(id))) {
          throw ActionRefused.invalid("该事项没有编号为 " + id + " 的节点；未保存任何内容");
        }
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
