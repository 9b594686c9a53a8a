package org.duban.app.document;

import java.util.List;

/**
 * A task of a stored plan with the units made responsible for it.
 *
 * @param id the task's id in the ledger, which a supervised item made from it refers to
 */
public record TaskEntry(
    long id,
    String number,
    String title,
    int start,
    int end,
    List<String> leadUnits,
    List<String> supportingUnits) {}
