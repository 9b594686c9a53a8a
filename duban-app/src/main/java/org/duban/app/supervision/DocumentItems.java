package org.duban.app.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.duban.app.audit.Actor;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.DocumentService;
import org.duban.app.document.DocumentSummary;
import org.duban.app.document.StoredText;
import org.duban.app.document.TaskEntry;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.fact.StoredFact;
import org.duban.core.fact.Modality;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a stored document's tasks into supervised items (立项): the lead sentence as title, the
 * task's text and span, its units, its deadline (the latest one the text writes, earlier ones as
 * milestones; the end of the document's year when it writes none) and its target facts. A task that
 * has its item already gets no second one.
 */
@Component
class DocumentItems {

  /** The items of a document, and how many of them this call created. */
  record Result(List<Item> items, int created) {}

  private final DocumentService documents;
  private final DocumentRepository documentRepository;
  private final FactRepository facts;
  private final DepartmentDirectory directory;
  private final ItemRepository items;
  private final ItemService service;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DocumentItems(
      DocumentService documents,
      DocumentRepository documentRepository,
      FactRepository facts,
      DepartmentDirectory directory,
      ItemRepository items,
      ItemService service,
      TransactionTemplate transaction,
      Clock clock) {
    this.documents = documents;
    this.documentRepository = documentRepository;
    this.facts = facts;
    this.directory = directory;
    this.items = items;
    this.service = service;
    this.transaction = transaction;
    this.clock = clock;
  }

  Result fromDocument(long documentId, Actor actor) {
    DocumentSummary document = documents.summary(documentId);
    StoredText text = documents.text(documentId);
    List<TaskEntry> tasks = documentRepository.tasks(documentId);
    List<StoredFact> targets =
        facts.find(
            new FactFilter(null, null, null, Modality.TARGET, null, documentId),
            Integer.MAX_VALUE / 2,
            0);
    int year = document.year() != null ? document.year() : LocalDate.now(clock).getYear();
    int created =
        transaction.execute(
            status -> {
              int n = 0;
              for (TaskEntry task : tasks) {
                if (items.idOfTask(task.id()).isPresent()) {
                  continue;
                }
                service.insert(item(documentId, task, text, targets, year, actor), actor);
                n++;
              }
              return n;
            });
    return new Result(
        items.byDocument(documentId).stream().filter(i -> i.parentId() == null).toList(), created);
  }

  private NewItem item(
      long documentId,
      TaskEntry task,
      StoredText text,
      List<StoredFact> targets,
      int year,
      Actor actor) {
    String body = text.slice(task.start(), task.end()).strip();
    List<Deadlines.Deadline> deadlines = Deadlines.find(body, year);
    LocalDate due =
        deadlines.stream()
            .map(Deadlines.Deadline::date)
            .max(LocalDate::compareTo)
            .orElse(LocalDate.of(year, 12, 31));
    // Earlier deadlines in the same task are its milestones: "6月底前完成方案，年底前建成".
    TreeMap<LocalDate, String> nodes = new TreeMap<>();
    for (Deadlines.Deadline d : deadlines) {
      if (d.date().isBefore(due)) {
        nodes.putIfAbsent(d.date(), clause(body, d.start(), d.end()));
      }
    }
    List<Milestone> milestones = new ArrayList<>();
    nodes.forEach((date, what) -> milestones.add(new Milestone(null, date, what, null)));
    List<ItemUnit> units = new ArrayList<>();
    for (String unit : task.leadUnits()) {
      units.add(unit(unit, true, actor));
    }
    for (String unit : task.supportingUnits()) {
      units.add(unit(unit, false, actor));
    }
    List<Long> factIds =
        targets.stream()
            .filter(f -> f.start() >= task.start() && f.end() <= task.end())
            .map(StoredFact::id)
            .toList();
    String title = task.title() == null || task.title().isBlank() ? body : task.title();
    return new NewItem(
        null,
        Origin.DOCUMENT,
        new ItemSource(documentId, task.id(), task.number(), task.start(), task.end()),
        ItemService.clipTitle(title.strip()),
        body,
        due,
        units,
        milestones,
        factIds);
  }

  private ItemUnit unit(String written, boolean lead, Actor actor) {
    return new ItemUnit(
        written, directory.resolveOrPropose(written, actor).map(d -> d.id()).orElse(null), lead);
  }

  /** The clause around a deadline: from the last comma or full stop before it to the next. */
  static String clause(String text, int start, int end) {
    int from = start;
    while (from > 0 && "，。；;,\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && "，。；;,\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to).strip();
  }
}
