package org.duban.app.department;

/** A unit name met in a task or a sheet that is no department yet, for the office to decide on. */
public record UnitProposal(long id, String unitName, Status status) {

  /** Where the office stands on a proposed name. */
  public enum Status {
    /** Waiting for the office. */
    OPEN("待确认"),
    /** Made a department, or another name of one. */
    CONFIRMED("已确认"),
    /** Not a unit the office supervises. */
    REJECTED("已忽略");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
