package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duban.app.supervision.Items.item;

import java.time.LocalDate;
import java.util.Set;
import org.duban.app.user.Role;
import org.junit.jupiter.api.Test;

/** Who may take which step in which state, and where it leads (issue 10). */
class FlowTest {

  private static final LocalDate DUE = LocalDate.of(2024, 6, 30);
  private static final Viewer LEAD = new Viewer("lead", Role.DEPARTMENT, Items.UNIT, "区测试局");
  private static final Viewer SUPPORT =
      new Viewer("support", Role.DEPARTMENT, Items.OTHER_UNIT, "区配合局");
  private static final Viewer STRANGER = new Viewer("stranger", Role.DEPARTMENT, 99L, "区无关局");
  private static final Viewer SUPERVISOR = new Viewer("office", Role.SUPERVISOR, null, null);
  private static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null, null);
  private static final Viewer LEADER = new Viewer("leader", Role.LEADER, null, null);

  private static Item in(ItemStatus status) {
    return item(status, LocalDate.of(2024, 3, 1), DUE);
  }

  private static ActionRequest step(ItemAction action) {
    return new ActionRequest(action, null, null);
  }

  @Test
  void theWholeWayFromPendingToDone() {
    Item pending = in(ItemStatus.PENDING);
    assertThat(Flow.apply(pending, LEAD, step(ItemAction.SIGN)).status())
        .isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(
            Flow.apply(in(ItemStatus.IN_PROGRESS), LEAD, step(ItemAction.REQUEST_COMPLETION))
                .status())
        .isEqualTo(ItemStatus.COMPLETION_REQUESTED);
    assertThat(
            Flow.apply(
                    in(ItemStatus.COMPLETION_REQUESTED),
                    SUPERVISOR,
                    step(ItemAction.APPROVE_COMPLETION))
                .status())
        .isEqualTo(ItemStatus.DONE);
  }

  @Test
  void eachRoleMayTakeOnlyItsOwnSteps() {
    assertThat(Flow.allowed(in(ItemStatus.PENDING), LEAD))
        .containsExactlyInAnyOrder(ItemAction.SIGN, ItemAction.REQUEST_EXTENSION);
    assertThat(Flow.allowed(in(ItemStatus.PENDING), SUPPORT)).isEmpty();
    assertThat(Flow.allowed(in(ItemStatus.PENDING), STRANGER)).isEmpty();
    assertThat(Flow.allowed(in(ItemStatus.PENDING), LEADER)).isEmpty();
    assertThat(Flow.allowed(in(ItemStatus.PENDING), SUPERVISOR)).containsExactly(ItemAction.REMIND);
    assertThat(Flow.allowed(in(ItemStatus.COMPLETION_REQUESTED), SUPERVISOR))
        .containsExactlyInAnyOrder(
            ItemAction.APPROVE_COMPLETION, ItemAction.RETURN, ItemAction.REMIND);
    assertThat(Flow.allowed(in(ItemStatus.COMPLETION_REQUESTED), ADMIN))
        .isEqualTo(Flow.allowed(in(ItemStatus.COMPLETION_REQUESTED), SUPERVISOR));
    assertThat(Flow.allowed(in(ItemStatus.DONE), SUPERVISOR)).isEmpty();
  }

  @Test
  void aDepartmentCannotCloseItsOwnItem() {
    assertThatThrownBy(
            () ->
                Flow.apply(
                    in(ItemStatus.COMPLETION_REQUESTED), LEAD, step(ItemAction.APPROVE_COMPLETION)))
        .isInstanceOfSatisfying(
            ActionRefused.class, e -> assertThat(e.kind()).isEqualTo(ActionRefused.Kind.FORBIDDEN))
        .hasMessageContaining("只有督查室");
  }

  @Test
  void aSupportingUnitNeitherSignsNorAsksToClose() {
    assertThatThrownBy(() -> Flow.apply(in(ItemStatus.PENDING), SUPPORT, step(ItemAction.SIGN)))
        .isInstanceOfSatisfying(
            ActionRefused.class, e -> assertThat(e.kind()).isEqualTo(ActionRefused.Kind.FORBIDDEN));
    assertThat(Flow.mayReport(in(ItemStatus.IN_PROGRESS), SUPPORT)).isTrue();
    assertThat(Flow.mayReport(in(ItemStatus.IN_PROGRESS), STRANGER)).isFalse();
    assertThat(Flow.mayReport(in(ItemStatus.PENDING), LEAD)).isFalse();
  }

  @Test
  void aStepInTheWrongStateIsAConflict() {
    assertThatThrownBy(() -> Flow.apply(in(ItemStatus.IN_PROGRESS), LEAD, step(ItemAction.SIGN)))
        .isInstanceOfSatisfying(
            ActionRefused.class, e -> assertThat(e.kind()).isEqualTo(ActionRefused.Kind.CONFLICT))
        .hasMessageContaining("办理中");
  }

  @Test
  void aReturnNeedsAReasonAndGoesBackToInProgress() {
    Item asked = in(ItemStatus.COMPLETION_REQUESTED);
    assertThatThrownBy(() -> Flow.apply(asked, SUPERVISOR, step(ItemAction.RETURN)))
        .isInstanceOfSatisfying(
            ActionRefused.class, e -> assertThat(e.kind()).isEqualTo(ActionRefused.Kind.INVALID));
    Flow.Outcome back =
        Flow.apply(asked, SUPERVISOR, new ActionRequest(ItemAction.RETURN, "佐证材料不足", null));
    assertThat(back.status()).isEqualTo(ItemStatus.IN_PROGRESS);
  }

  @Test
  void anExtensionIsAskedByTheLeadAndGrantedByTheOffice() {
    Item item = in(ItemStatus.IN_PROGRESS);
    assertThatThrownBy(
            () ->
                Flow.apply(
                    item,
                    LEAD,
                    new ActionRequest(ItemAction.REQUEST_EXTENSION, "原因", DUE.minusDays(1))))
        .isInstanceOf(ActionRefused.class);
    Flow.Outcome asked =
        Flow.apply(
            item,
            LEAD,
            new ActionRequest(ItemAction.REQUEST_EXTENSION, "需居民签字", DUE.plusMonths(2)));
    assertThat(asked.dueDate()).isEqualTo(DUE);
    assertThat(asked.extension().requestedDueDate()).isEqualTo(DUE.plusMonths(2));
    Item pending = Items.withExtension(item, DUE.plusMonths(2));
    assertThat(Flow.allowed(pending, SUPERVISOR)).contains(ItemAction.APPROVE_EXTENSION);
    assertThat(Flow.allowed(pending, LEAD))
        .doesNotContain(ItemAction.APPROVE_EXTENSION, ItemAction.REQUEST_EXTENSION);
    Flow.Outcome granted = Flow.apply(pending, SUPERVISOR, step(ItemAction.APPROVE_EXTENSION));
    assertThat(granted.dueDate()).isEqualTo(DUE.plusMonths(2));
    assertThat(granted.extension()).isNull();
    Flow.Outcome shorter =
        Flow.apply(
            pending,
            SUPERVISOR,
            new ActionRequest(ItemAction.APPROVE_EXTENSION, null, DUE.plusMonths(1)));
    assertThat(shorter.dueDate()).isEqualTo(DUE.plusMonths(1));
  }

  @Test
  void aUnitThatDoesNotTakePartSeesNothing() {
    Item item = in(ItemStatus.PENDING);
    assertThat(STRANGER.sees(item)).isFalse();
    assertThat(LEAD.sees(item)).isTrue();
    assertThat(SUPPORT.sees(item)).isTrue();
    assertThat(LEADER.sees(item)).isTrue();
    assertThat(Set.of(SUPERVISOR, ADMIN)).allMatch(v -> v.sees(item));
  }
}
