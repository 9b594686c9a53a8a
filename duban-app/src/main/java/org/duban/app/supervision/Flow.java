package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may take which step in which state, and where it leads. The lead unit signs, asks to close
 * and asks for time; the office closes, returns, grants time and reminds. A pure function of the
 * item, the user and the request.
 */
public final class Flow {

  /** What a step changes: the new status and due date, and the pending extension after it. */
  public record Outcome(ItemStatus status, LocalDate dueDate, Extension extension) {}

  private Flow() {}

  /** The steps this user may take on this item now. */
  public static Set<ItemAction> allowed(Item item, Viewer viewer) {
    Set<ItemAction> allowed = EnumSet.noneOf(ItemAction.class);
    for (ItemAction action : ItemAction.values()) {
      if (refusal(item, viewer, action) == null) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /** Whether the user may hand in a progress report on the item now. */
  public static boolean mayReport(Item item, Viewer viewer) {
    return viewer.takesPart(item)
        && (item.status() == ItemStatus.IN_PROGRESS
            || item.status() == ItemStatus.COMPLETION_REQUESTED);
  }

  /**
   * Checks the step and gives its outcome.
   *
   * @throws ActionRefused saying why the step cannot be taken
   */
  public static Outcome apply(Item item, Viewer viewer, ActionRequest request) {
    if (request.action() == null) {
      throw ActionRefused.invalid(
          "请给出 action：SIGN、REQUEST_COMPLETION、APPROVE_COMPLETION、RETURN、REQUEST_EXTENSION、"
              + "APPROVE_EXTENSION 或 REMIND");
    }
    ActionRefused refused = refusal(item, viewer, request.action());
    if (refused != null) {
      throw refused;
    }
    String comment = request.comment() == null ? "" : request.comment().strip();
    return switch (request.action()) {
      case SIGN -> new Outcome(ItemStatus.IN_PROGRESS, item.dueDate(), item.extension());
      case REQUEST_COMPLETION ->
          new Outcome(ItemStatus.COMPLETION_REQUESTED, item.dueDate(), item.extension());
      case APPROVE_COMPLETION -> new Outcome(ItemStatus.DONE, item.dueDate(), null);
      case RETURN -> {
        if (comment.isEmpty()) {
          throw ActionRefused.invalid("退回须写明理由（comment）");
        }
        ItemStatus back =
            item.status() == ItemStatus.COMPLETION_REQUESTED
                ? ItemStatus.IN_PROGRESS
                : item.status();
        yield new Outcome(back, item.dueDate(), null);
      }
      case REQUEST_EXTENSION -> {
        if (request.dueDate() == null || !request.dueDate().isAfter(item.dueDate())) {
          throw ActionRefused.invalid("申请延期须给出晚于现完成时限 " + item.dueDate() + " 的新日期（dueDate）");
        }
        if (comment.isEmpty()) {
          throw ActionRefused.invalid("申请延期须写明理由（comment）");
        }
        yield new Outcome(item.status(), item.dueDate(), new Extension(request.dueDate(), comment));
      }
      case APPROVE_EXTENSION -> {
        LocalDate granted =
            request.dueDate() != null ? request.dueDate() : item.extension().requestedDueDate();
        if (!granted.isAfter(item.dueDate())) {
          throw ActionRefused.invalid("批准的新完成时限须晚于现完成时限 " + item.dueDate());
        }
        yield new Outcome(item.status(), granted, null);
      }
      case REMIND -> new Outcome(item.status(), item.dueDate(), item.extension());
    };
  }

  /** Why the user may not take the step now, or null when they may. */
  static ActionRefused refusal(Item item, Viewer viewer, ItemAction action) {
    if (!viewer.sees(item)) {
      return ActionRefused.forbidden("无权查看该事项");
    }
    boolean office = viewer.office();
    boolean lead = viewer.leads(item);
    ItemStatus status = item.status();
    return switch (action) {
      case SIGN ->
          !lead
              ? ActionRefused.forbidden("只有牵头单位可以签收")
              : status != ItemStatus.PENDING ? wrongState(item, action) : null;
      case REQUEST_COMPLETION ->
          !lead
              ? ActionRefused.forbidden("只有牵头单位可以申请办结")
              : status != ItemStatus.IN_PROGRESS ? wrongState(item, action) : null;
      case APPROVE_COMPLETION ->
          !office
              ? ActionRefused.forbidden("只有督查室可以同意办结")
              : status != ItemStatus.COMPLETION_REQUESTED ? wrongState(item, action) : null;
      case RETURN ->
          !office
              ? ActionRefused.forbidden("只有督查室可以退回")
              : status != ItemStatus.COMPLETION_REQUESTED && item.extension() == null
                  ? ActionRefused.conflict("该事项没有待审核的办结或延期申请，无可退回")
                  : null;
      case REQUEST_EXTENSION ->
          !lead
              ? ActionRefused.forbidden("只有牵头单位可以申请延期")
              : status != ItemStatus.PENDING && status != ItemStatus.IN_PROGRESS
                  ? wrongState(item, action)
                  : item.extension() != null ? ActionRefused.conflict("已有一项延期申请待审核") : null;
      case APPROVE_EXTENSION ->
          !office
              ? ActionRefused.forbidden("只有督查室可以批准延期")
              : item.extension() == null
                  ? ActionRefused.conflict("该事项没有待审核的延期申请")
                  : status == ItemStatus.DONE ? wrongState(item, action) : null;
      case REMIND ->
          !office
              ? ActionRefused.forbidden("只有督查室可以催办")
              : status == ItemStatus.DONE ? wrongState(item, action) : null;
    };
  }

  private static ActionRefused wrongState(Item item, ItemAction action) {
    return ActionRefused.conflict("该事项当前为「" + item.status().label() + "」，不能" + action.label());
  }
}
