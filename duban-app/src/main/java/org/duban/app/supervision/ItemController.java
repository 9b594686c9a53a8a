package org.duban.app.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEvent;
import org.duban.app.audit.AuditLog;
import org.duban.app.department.DepartmentDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The 督办 API: items, their flow, reports and evidence, for logged-in users by role. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision", description = "督办: supervised items, their flow, reports, reminders")
final class ItemController {

  private final ItemService items;
  private final DocumentItems documentItems;
  private final ReportService reports;
  private final ReminderService reminders;
  private final ItemViews views;
  private final Viewers viewers;
  private final DepartmentDirectory directory;
  private final AuditLog audit;

  ItemController(
      ItemService items,
      DocumentItems documentItems,
      ReportService reports,
      ReminderService reminders,
      ItemViews views,
      Viewers viewers,
      DepartmentDirectory directory,
      AuditLog audit) {
    this.items = items;
    this.documentItems = documentItems;
    this.reports = reports;
    this.reminders = reminders;
    this.views = views;
    this.viewers = viewers;
    this.directory = directory;
    this.audit = audit;
  }

  /** A step the user may take, with its name. */
  record Allowed(ItemAction action, String label) {}

  /** Which departments an item is split among; all of its own when empty. */
  record SplitRequest(List<String> departments) {}

  @GetMapping("/items")
  @Operation(summary = "The items this user may see, with their lights on a day (default today)")
  ResponseEntity<List<ItemView>> list(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String light,
      @RequestParam(required = false) String asOf,
      Principal principal) {
    Viewer viewer = viewers.of(principal);
    ItemQuery query = ItemQuery.parse(department, status, light, asOf, directory, items.today());
    List<ItemView> found = query.filter(items.visible(viewer), reports.byItem(), views);
    return ResponseEntity.ok()
        .header("X-Total-Count", String.valueOf(found.size()))
        .header("X-As-Of", query.asOf().toString())
        .body(found);
  }

  @GetMapping("/items/{id}")
  @Operation(summary = "One item with its targets and their current figures")
  ItemView one(
      @PathVariable long id, @RequestParam(required = false) String asOf, Principal principal) {
    Item item = items.visible(id, viewers.of(principal));
    return views.detail(item, reports.ofItem(id), ItemQuery.parseDay(asOf, items.today()));
  }

  @PostMapping("/items")
  @Operation(summary = "Put an item under supervision by hand (督查室)")
  ResponseEntity<ItemView> create(
      @RequestBody ItemDraft draft, Principal principal, HttpServletRequest request) {
    Offices.require(viewers.of(principal), "立项");
    Item item = items.create(draft, Actor.of(request, principal));
    return ResponseEntity.status(HttpStatus.CREATED).body(view(item));
  }

  @PostMapping("/items/from-document/{documentId}")
  @Operation(summary = "Put a document's tasks under supervision; again creates nothing new")
  ResponseEntity<List<ItemView>> fromDocument(
      @PathVariable long documentId, Principal principal, HttpServletRequest request) {
    Offices.require(viewers.of(principal), "从文件立项");
    DocumentItems.Result result =
        documentItems.fromDocument(documentId, Actor.of(request, principal));
    return ResponseEntity.status(result.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
        .header("X-Created-Count", String.valueOf(result.created()))
        .body(views.list(result.items(), reports.byItem(), items.today()));
  }

  @PatchMapping("/items/{id}")
  @Operation(summary = "Edit title, due date, departments or milestones (督查室)")
  ItemView patch(
      @PathVariable long id,
      @RequestBody ItemPatch patch,
      Principal principal,
      HttpServletRequest request) {
    Offices.require(viewers.of(principal), "修改事项");
    return view(items.patch(id, patch, Actor.of(request, principal)));
  }

  @PostMapping("/items/{id}/split")
  @Operation(summary = "Split an item into one sub-item per department (督查室)")
  ResponseEntity<List<ItemView>> split(
      @PathVariable long id,
      @RequestBody(required = false) SplitRequest split,
      Principal principal,
      HttpServletRequest request) {
    Offices.require(viewers.of(principal), "分解事项");
    List<Item> created =
        items.split(id, split == null ? null : split.departments(), Actor.of(request, principal));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(views.list(created, reports.byItem(), items.today()));
  }

  @GetMapping("/items/{id}/children")
  @Operation(summary = "The sub-items an item was split into")
  List<ItemView> children(@PathVariable long id, Principal principal) {
    Viewer viewer = viewers.of(principal);
    items.visible(id, viewer);
    return views.list(
        items.children(id).stream().filter(viewer::sees).toList(), reports.byItem(), items.today());
  }

  @GetMapping("/items/{id}/actions")
  @Operation(summary = "The steps this user may take on the item now")
  List<Allowed> allowed(@PathVariable long id, Principal principal) {
    Viewer viewer = viewers.of(principal);
    return Flow.allowed(items.visible(id, viewer), viewer).stream()
        .map(a -> new Allowed(a, a.label()))
        .toList();
  }

  @PostMapping("/items/{id}/actions")
  @Operation(summary = "Take a step: SIGN, REQUEST_COMPLETION, APPROVE_COMPLETION, RETURN, …")
  ItemView act(
      @PathVariable long id,
      @RequestBody ActionRequest action,
      Principal principal,
      HttpServletRequest request) {
    Item item = items.act(id, viewers.of(principal), action, Actor.of(request, principal));
    return view(item);
  }

  @GetMapping("/items/{id}/reports")
  @Operation(summary = "The item's progress reports, oldest first")
  List<ProgressReport> reports(@PathVariable long id, Principal principal) {
    items.visible(id, viewers.of(principal));
    return reports.ofItem(id);
  }

  @PostMapping(path = "/items/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Hand in a progress report with evidence files (field evidence)")
  ResponseEntity<ProgressReport> report(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String progress,
      @RequestParam(required = false) String figures,
      @RequestParam(required = false) List<Long> milestoneIds,
      @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
      Principal principal,
      HttpServletRequest request) {
    ReportInput input = new ReportInput(text, progress(progress), figures, milestoneIds);
    ProgressReport report =
        reports.submit(
            id, viewers.of(principal), input, uploads(evidence), Actor.of(request, principal));
    return ResponseEntity.status(HttpStatus.CREATED).body(report);
  }

  @PostMapping(path = "/items/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Hand in a progress report without files")
  ResponseEntity<ProgressReport> reportJson(
      @PathVariable long id,
      @RequestBody ReportInput input,
      Principal principal,
      HttpServletRequest request) {
    ProgressReport report =
        reports.submit(id, viewers.of(principal), input, List.of(), Actor.of(request, principal));
    return ResponseEntity.status(HttpStatus.CREATED).body(report);
  }

  @GetMapping("/evidence/{id}")
  @Operation(summary = "An evidence file")
  ResponseEntity<byte[]> evidence(@PathVariable long id, Principal principal) {
    ReportRepository.StoredFile file = reports.evidence(id, viewers.of(principal));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.bytes());
  }

  @GetMapping("/items/{id}/reminders")
  @Operation(summary = "The item's reminders (催办记录), sent or not")
  List<Reminder> reminders(@PathVariable long id, Principal principal) {
    items.visible(id, viewers.of(principal));
    return reminders.ofItem(id);
  }

  @GetMapping("/items/{id}/timeline")
  @Operation(summary = "Everything that happened to the item, oldest first")
  List<AuditEvent> timeline(@PathVariable long id, Principal principal) {
    items.visible(id, viewers.of(principal));
    return audit.of("item", id);
  }

  @PostMapping("/reminders/run")
  @Operation(summary = "Run the reminders for a day (default today), as the daily job does")
  ReminderRun runReminders(
      @RequestParam(required = false) String asOf,
      Principal principal,
      HttpServletRequest request) {
    Offices.require(viewers.of(principal), "运行催办");
    return reminders.run(ItemQuery.parseDay(asOf, items.today()), Actor.of(request, principal));
  }

  private ItemView view(Item item) {
    return views.detail(item, reports.ofItem(item.id()), items.today());
  }

  static Integer progress(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(written.strip().replace("%", ""));
    } catch (NumberFormatException e) {
      throw ActionRefused.invalid("完成进度（progress）须为 0 到 100 之间的整数，不是「" + written + "」；未保存任何内容");
    }
  }

  static List<EvidencePolicy.Upload> uploads(List<MultipartFile> files) {
    List<EvidencePolicy.Upload> uploads = new ArrayList<>();
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())) {
        continue; // a file field left empty in a form
      }
      try {
        uploads.add(new EvidencePolicy.Upload(f.getOriginalFilename(), f.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }
}
