package org.duban.app.supervision;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditLog;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.department.UnitNames;
import org.duban.app.document.DocumentFilter;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.DocumentService;
import org.duban.app.document.DocumentSummary;
import org.duban.app.web.InvalidParameterException;
import org.duban.app.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 督办 pages: the ledger, a unit's own tasks, an item with its flow, and the office's tools. */
@Controller
final class SupervisionPageController {

  private final ItemService items;
  private final DocumentItems documentItems;
  private final ReportService reports;
  private final ReminderService reminders;
  private final SheetImport sheets;
  private final ItemViews views;
  private final Viewers viewers;
  private final DepartmentDirectory directory;
  private final DocumentService documents;
  private final DocumentRepository documentRepository;
  private final AuditLog audit;
  private final Clock clock;

  SupervisionPageController(
      ItemService items,
      DocumentItems documentItems,
      ReportService reports,
      ReminderService reminders,
      SheetImport sheets,
      ItemViews views,
      Viewers viewers,
      DepartmentDirectory directory,
      DocumentService documents,
      DocumentRepository documentRepository,
      AuditLog audit,
      Clock clock) {
    this.items = items;
    this.documentItems = documentItems;
    this.reports = reports;
    this.reminders = reminders;
    this.sheets = sheets;
    this.views = views;
    this.viewers = viewers;
    this.directory = directory;
    this.documents = documents;
    this.documentRepository = documentRepository;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/supervision")
  String ledger(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String light,
      @RequestParam(required = false) String asOf,
      Principal principal,
      Model model) {
    Viewer viewer = viewers.of(principal);
    ItemQuery query = ItemQuery.parse(department, status, light, asOf, directory, items.today());
    ItemQuery unlit = new ItemQuery(query.department(), query.status(), null, query.asOf());
    List<ItemView> all = unlit.filter(items.visible(viewer), reports.byItem(), views);
    Map<Light, Long> counts = new EnumMap<>(Light.class);
    for (Light l : Light.values()) {
      counts.put(l, all.stream().filter(v -> v.light() == l).count());
    }
    model.addAttribute(
        "items",
        all.stream().filter(v -> query.light() == null || v.light() == query.light()).toList());
    model.addAttribute("counts", counts);
    model.addAttribute("total", all.size());
    model.addAttribute("query", query);
    model.addAttribute("department", department);
    model.addAttribute("status", status);
    model.addAttribute("light", light);
    model.addAttribute("asOf", query.asOf());
    model.addAttribute("departments", directory.all());
    model.addAttribute("statuses", ItemStatus.values());
    model.addAttribute("lights", Light.values());
    model.addAttribute("member", viewer);
    model.addAttribute("mine", false);
    if (viewer.office()) {
      model.addAttribute("documents", documentRepository.list(DocumentFilter.ALL));
      model.addAttribute("proposals", directory.openProposals().size());
    }
    return "supervision/ledger";
  }

  @GetMapping("/supervision/mine")
  String mine(@RequestParam(required = false) String asOf, Principal principal, Model model) {
    Viewer viewer = viewers.of(principal);
    if (!viewer.department()) {
      return "redirect:/supervision";
    }
    LocalDate day = ItemQuery.parseDay(asOf, items.today());
    List<ItemView> mine =
        new ItemQuery(null, null, null, day).filter(items.visible(viewer), reports.byItem(), views);
    model.addAttribute(
        "leading",
        mine.stream().filter(v -> v.leadDepartments().contains(viewer.departmentName())).toList());
    model.addAttribute(
        "supporting",
        mine.stream().filter(v -> !v.leadDepartments().contains(viewer.departmentName())).toList());
    model.addAttribute("member", viewer);
    model.addAttribute("asOf", day);
    Map<Light, Long> counts = new EnumMap<>(Light.class);
    for (Light l : Light.values()) {
      counts.put(l, mine.stream().filter(v -> v.light() == l).count());
    }
    model.addAttribute("counts", counts);
    return "supervision/mine";
  }

  @GetMapping("/supervision/items/{id}")
  String item(
      @PathVariable long id,
      @RequestParam(required = false) String asOf,
      Principal principal,
      Model model) {
    Viewer viewer = viewers.of(principal);
    Item item = items.visible(id, viewer);
    LocalDate day = ItemQuery.parseDay(asOf, items.today());
    List<ProgressReport> itemReports = reports.ofItem(id);
    model.addAttribute("item", views.detail(item, itemReports, day));
    model.addAttribute("reports", itemReports);
    model.addAttribute("reminders", reminders.ofItem(id));
    model.addAttribute(
        "timeline",
        audit.of("item", id).stream().map(e -> TimelineRow.of(e, clock.getZone())).toList());
    Set<ItemAction> allowed = Flow.allowed(item, viewer);
    model.addAttribute("allowed", allowed);
    model.addAttribute("actions", ItemAction.values());
    model.addAttribute("mayReport", Flow.mayReport(item, viewer));
    model.addAttribute("member", viewer);
    model.addAttribute("asOf", day);
    model.addAttribute(
        "children",
        views.list(
            items.children(id).stream().filter(viewer::sees).toList(), reports.byItem(), day));
    if (item.parentId() != null && viewer.sees(items.get(item.parentId()))) {
      model.addAttribute("parent", items.get(item.parentId()));
    }
    if (item.source().documentId() != null) {
      try {
        model.addAttribute("document", documents.summary(item.source().documentId()));
      } catch (RuntimeException gone) {
        model.addAttribute("document", (DocumentSummary) null);
      }
    }
    model.addAttribute("departments", directory.all());
    return "supervision/item";
  }

  @PostMapping("/supervision/items/{id}/actions")
  String act(
      @PathVariable long id,
      @RequestParam ItemAction action,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String dueDate,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision/items/" + id,
        () -> {
          items.act(
              id,
              viewers.of(principal),
              new ActionRequest(action, comment, date(dueDate)),
              Actor.of(request, principal));
          return action.label() + "：已完成";
        });
  }

  @PostMapping("/supervision/items/{id}/reports")
  String report(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String progress,
      @RequestParam(required = false) String figures,
      @RequestParam(required = false) List<Long> milestoneIds,
      @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision/items/" + id,
        () -> {
          reports.submit(
              id,
              viewers.of(principal),
              new ReportInput(text, ItemController.progress(progress), figures, milestoneIds),
              ItemController.uploads(evidence),
              Actor.of(request, principal));
          return "进展反馈已提交";
        });
  }

  @PostMapping("/supervision/items/{id}/edit")
  String edit(
      @PathVariable long id,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String dueDate,
      @RequestParam(required = false) String lead,
      @RequestParam(required = false) String supporting,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision/items/" + id,
        () -> {
          Offices.require(viewers.of(principal), "修改事项");
          items.patch(
              id,
              new ItemPatch(
                  title,
                  date(dueDate),
                  lead == null ? null : UnitNames.split(lead),
                  supporting == null ? null : UnitNames.split(supporting),
                  null),
              Actor.of(request, principal));
          return "事项已修改";
        });
  }

  @PostMapping("/supervision/items/{id}/milestones")
  String addMilestone(
      @PathVariable long id,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String description,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision/items/" + id,
        () -> {
          Offices.require(viewers.of(principal), "设置节点");
          Item item = items.get(id);
          List<MilestoneInput> milestones = new ArrayList<>();
          item.milestones()
              .forEach(m -> milestones.add(new MilestoneInput(m.id(), m.date(), m.description())));
          milestones.add(new MilestoneInput(null, date(date), description));
          items.patch(
              id, new ItemPatch(null, null, null, null, milestones), Actor.of(request, principal));
          return "节点已添加";
        });
  }

  @PostMapping("/supervision/items/{id}/split")
  String split(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision/items/" + id,
        () -> {
          Offices.require(viewers.of(principal), "分解事项");
          int n = items.split(id, null, Actor.of(request, principal)).size();
          return n == 0 ? "每个单位都已有子事项" : "已分解为 " + n + " 个子事项";
        });
  }

  @GetMapping("/supervision/new")
  String newItem(Principal principal, Model model) {
    Offices.require(viewers.of(principal), "立项");
    model.addAttribute("departments", directory.all());
    model.addAttribute("member", viewers.of(principal));
    return "supervision/new";
  }

  @PostMapping("/supervision/items")
  String create(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String lead,
      @RequestParam(required = false) String supporting,
      @RequestParam(required = false) String dueDate,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    Item[] created = new Item[1];
    String back =
        attempt(
            flash,
            "/supervision/new",
            () -> {
              Offices.require(viewers.of(principal), "立项");
              created[0] =
                  items.create(
                      new ItemDraft(
                          title,
                          text,
                          UnitNames.split(lead),
                          UnitNames.split(supporting),
                          date(dueDate),
                          List.of()),
                      Actor.of(request, principal));
              return "已立项";
            });
    return created[0] == null ? back : "redirect:/supervision/items/" + created[0].id();
  }

  @PostMapping("/supervision/from-document")
  String fromDocument(
      @RequestParam long documentId,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision",
        () -> {
          Offices.require(viewers.of(principal), "从文件立项");
          DocumentItems.Result r =
              documentItems.fromDocument(documentId, Actor.of(request, principal));
          return "《"
              + documents.summary(documentId).title()
              + "》：新立项 "
              + r.created()
              + " 项，共 "
              + r.items().size()
              + " 项";
        });
  }

  @PostMapping("/supervision/import")
  String importSheet(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) Integer year,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision",
        () -> {
          Offices.require(viewers.of(principal), "导入分工方案");
          try {
            int n =
                sheets
                    .load(
                        file.getBytes(),
                        file.getOriginalFilename(),
                        year != null ? year : items.today().getYear(),
                        Actor.of(request, principal))
                    .size();
            return "已从「" + file.getOriginalFilename() + "」导入 " + n + " 项";
          } catch (IOException e) {
            throw ActionRefused.invalid("读取上传的文件失败：" + e.getMessage());
          }
        });
  }

  @PostMapping("/supervision/reminders/run")
  String runReminders(Principal principal, HttpServletRequest request, RedirectAttributes flash) {
    return attempt(
        flash,
        "/supervision",
        () -> {
          Offices.require(viewers.of(principal), "运行催办");
          ReminderRun run = reminders.runToday(Actor.of(request, principal));
          long sent = run.mails().stream().filter(ReminderRun.Mail::delivered).count();
          return "催办完成：提醒 "
              + run.reminded()
              + " 项（今日已提醒过的 "
              + run.skipped()
              + " 项不再重复），发出邮件 "
              + sent
              + " 封"
              + (sent < run.mails().size()
                  ? "，" + (run.mails().size() - sent) + " 封未能发出（已记录）"
                  : "");
        });
  }

  /** Runs a form's change; on refusal shows why on the page it goes back to. */
  private static String attempt(RedirectAttributes flash, String back, Supplier<String> change) {
    try {
      flash.addFlashAttribute("message", change.get());
    } catch (ActionRefused e) {
      flash.addFlashAttribute("error", e.getMessage());
    } catch (NotFoundException | InvalidParameterException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + back;
  }

  private static LocalDate date(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(written.strip());
    } catch (RuntimeException e) {
      throw ActionRefused.invalid("日期须写作 YYYY-MM-DD，不是「" + written + "」");
    }
  }
}
