package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.department.Department;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.department.UnitProposal;
import org.duban.app.document.DocumentFilter;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.DocumentSummary;
import org.duban.app.ingest.IngestService;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Items from a document, by hand, split, with milestones, and units the office confirms (issue 10).
 */
@SupervisionLedgerTest
class ItemServiceTest {

  /** A key-work arrangement written for this test. */
  private static final String PLAN =
      "测试区人民政府办公室关于印发《2025年区政府重点工作安排》的通知\n"
          + "2025年区政府重点工作安排\n"
          + "一、办好民生实事\n"
          + "1.建设社区食堂。6月底前完成选址，年底前建成社区食堂10家。（区民政局牵头，区发展改革委配合）\n"
          + "2.改造老旧小区。完成老旧小区改造20万平方米。（区房管局牵头）\n";

  @Autowired JdbcClient jdbc;
  @Autowired ItemService items;
  @Autowired DocumentItems documentItems;
  @Autowired DepartmentDirectory directory;
  @Autowired IngestService ingest;
  @Autowired DocumentRepository documents;
  @Autowired TestClock clock;

  private final Actor test = Actor.system("test");

  @BeforeEach
  void ledger() {
    SupervisionTables.clear(jdbc);
    clock.set("2025-02-10T09:00");
  }

  private long plan() {
    ingest.ingestTexts(List.of(new SourceText("测试区-2025-重点工作.txt", PLAN)), test);
    DocumentSummary doc =
        documents.list(DocumentFilter.ALL).stream()
            .filter(d -> d.source().equals("测试区-2025-重点工作.txt"))
            .findFirst()
            .orElseThrow();
    return doc.id();
  }

  @Test
  void aTasksDeadlinesGiveTheDueDateAndMilestonesAndItsUnitsAreMatchedOrProposed() {
    Department fagai = directory.create("区发改委", test);
    long doc = plan();

    DocumentItems.Result result = documentItems.fromDocument(doc, test);

    assertThat(result.created()).isEqualTo(2);
    Item canteens = result.items().get(0);
    assertThat(canteens.title()).isEqualTo("建设社区食堂");
    assertThat(canteens.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(canteens.milestones())
        .extracting(Milestone::date)
        .containsExactly(LocalDate.of(2025, 6, 30));
    assertThat(canteens.milestones().get(0).description()).isEqualTo("6月底前完成选址");
    // 区发展改革委 is 区发改委 by the short form; 区民政局 is no department yet.
    assertThat(canteens.supportingUnits())
        .containsExactly(new ItemUnit("区发展改革委", fagai.id(), false));
    assertThat(canteens.leadUnits()).containsExactly(new ItemUnit("区民政局", null, true));
    assertThat(result.items().get(1).dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(directory.openProposals())
        .extracting(UnitProposal::unitName)
        .containsExactly("区民政局", "区房管局");

    // Confirming the proposed name links the items that name it.
    UnitProposal minzheng = directory.openProposals().get(0);
    Department created = directory.confirm(minzheng.id(), null, test);
    assertThat(items.get(canteens.id()).leadUnits())
        .containsExactly(new ItemUnit("区民政局", created.id(), true));
    UnitProposal fangguan = directory.openProposals().get(0);
    directory.confirm(fangguan.id(), fagai.id(), test);
    assertThat(directory.resolve("区房管局")).contains(fagai);

    assertThat(documentItems.fromDocument(doc, test).created()).isZero();
  }

  @Test
  void anItemByHandSplitsIntoOneSubItemPerDepartmentOnce() {
    directory.create("区甲局", test);
    directory.create("区乙局", test);
    Item item =
        items.create(
            new ItemDraft(
                "建设智慧社区",
                null,
                List.of("区甲局"),
                List.of("区乙局"),
                LocalDate.of(2025, 9, 30),
                List.of(new MilestoneInput(null, LocalDate.of(2025, 6, 30), "完成方案"))),
            test);

    List<Item> parts = items.split(item.id(), null, test);

    assertThat(parts).hasSize(2);
    assertThat(parts)
        .allMatch(
            p -> p.parentId() == item.id() && p.units().size() == 1 && p.units().get(0).lead());
    assertThat(parts.get(0).title()).isEqualTo("建设智慧社区（区甲局）");
    assertThat(parts.get(1).milestones())
        .extracting(Milestone::description)
        .containsExactly("完成方案");
    assertThat(items.split(item.id(), null, test)).isEmpty();
    assertThat(items.children(item.id())).hasSize(2);
  }

  @Test
  void unknownDepartmentsAndMissingFieldsAreRefusedWithTheReason() {
    assertThatThrownBy(
            () ->
                items.create(
                    new ItemDraft(
                        "某事项",
                        null,
                        List.of("区不存在局"),
                        List.of(),
                        LocalDate.of(2025, 9, 30),
                        List.of()),
                    test))
        .isInstanceOf(ActionRefused.class)
        .hasMessageContaining("没有名为「区不存在局」的单位");
    assertThatThrownBy(
            () ->
                items.create(
                    new ItemDraft("某事项", null, List.of(), List.of(), null, List.of()), test))
        .hasMessageContaining("完成时限");
    assertThatThrownBy(
            () ->
                items.create(
                    new ItemDraft(
                        " ", null, List.of(), List.of(), LocalDate.of(2025, 9, 30), List.of()),
                    test))
        .hasMessageContaining("事项名称");
  }

  @Test
  void aPatchKeepsTheDayAMilestoneWasDone() {
    directory.create("区甲局", test);
    Item item =
        items.create(
            new ItemDraft(
                "修缮图书馆",
                null,
                List.of("区甲局"),
                List.of(),
                LocalDate.of(2025, 9, 30),
                List.of(new MilestoneInput(null, LocalDate.of(2025, 6, 30), "完成设计"))),
            test);
    Milestone m = item.milestones().get(0);
    jdbc.sql("update item_milestone set completed_on = ? where id = ?")
        .params(java.sql.Date.valueOf("2025-06-20"), m.id())
        .update();

    Item patched =
        items.patch(
            item.id(),
            new ItemPatch(
                "修缮区图书馆",
                LocalDate.of(2025, 10, 31),
                null,
                null,
                List.of(
                    new MilestoneInput(m.id(), m.date(), m.description()),
                    new MilestoneInput(null, LocalDate.of(2025, 8, 31), "完成施工"))),
            test);

    assertThat(patched.title()).isEqualTo("修缮区图书馆");
    assertThat(patched.dueDate()).isEqualTo(LocalDate.of(2025, 10, 31));
    assertThat(patched.milestones())
        .extracting(Milestone::completedOn)
        .containsExactly(LocalDate.of(2025, 6, 20), null);
    assertThat(patched.leadUnits()).extracting(ItemUnit::name).containsExactly("区甲局");
  }
}
