package org.duban.app.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.duban.app.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit page (审计日志): the trail with filters, paging and exports, in Chinese. */
@Controller
final class AuditPageController {

  static final int PAGE = 50;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** One event as the page shows it. */
  record Line(
      long id,
      String time,
      String actor,
      String channel,
      String address,
      String action,
      String entity,
      Long entityId,
      boolean refused,
      String outcome,
      String detail,
      String before,
      String after) {}

  private final AuditLog audit;
  private final ZoneId zone = ZoneId.systemDefault();

  AuditPageController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String list(
      @ModelAttribute("filters") AuditParameters parameters,
      @RequestParam(defaultValue = "0") int offset,
      Model model) {
    AuditQuery query = parameters.toQuery(zone);
    Paging.check(PAGE, offset, Integer.MAX_VALUE);
    long total = audit.count(query);
    List<Line> lines = audit.find(query, PAGE, offset).stream().map(this::line).toList();
    model.addAttribute("lines", lines);
    model.addAttribute("total", total);
    model.addAttribute("first", lines.isEmpty() ? 0 : offset + 1);
    model.addAttribute("last", offset + lines.size());
    String filters = filterQuery(parameters);
    model.addAttribute("exportQuery", filters);
    model.addAttribute("previous", offset > 0 ? page(filters, Math.max(0, offset - PAGE)) : null);
    model.addAttribute("next", offset + PAGE < total ? page(filters, offset + PAGE) : null);
    model.addAttribute("actions", AuditLabels.actions());
    model.addAttribute("entities", AuditLabels.entities());
    model.addAttribute("channels", AuditChannel.values());
    model.addAttribute("outcomes", AuditOutcome.values());
    return "audit";
  }

  private Line line(AuditEvent e) {
    return new Line(
        e.id(),
        TIME.format(e.occurredAt().atZone(zone)),
        e.actor(),
        e.channel().label(),
        e.clientAddress(),
        AuditLabels.action(e.action()),
        AuditLabels.entity(e.entity()),
        e.entityId(),
        e.outcome() == AuditOutcome.REFUSED,
        e.outcome().label(),
        e.detail(),
        e.before(),
        e.after());
  }

  private static String page(String filters, int offset) {
    return "/audit" + (filters.isEmpty() ? "?" : filters + "&") + "offset=" + offset;
  }

  private static String filterQuery(AuditParameters p) {
    return UriComponentsBuilder.newInstance()
        .queryParamIfPresent("actor", present(p.actor()))
        .queryParamIfPresent("action", present(p.action()))
        .queryParamIfPresent("entity", present(p.entity()))
        .queryParamIfPresent("entityId", present(p.entityId()))
        .queryParamIfPresent("from", present(p.from()))
        .queryParamIfPresent("to", present(p.to()))
        .queryParamIfPresent("outcome", present(p.outcome()))
        .queryParamIfPresent("channel", present(p.channel()))
        .build()
        .encode()
        .toUriString();
  }

  private static Optional<String> present(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
