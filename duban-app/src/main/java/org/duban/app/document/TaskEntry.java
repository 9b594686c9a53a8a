package org.duban.app.document;

import java.util.List;

/** A task of a stored plan with the units made responsible for it. */
public record TaskEntry(
    String number,
    String title,
    int start,
    int end,
    List<String> leadUnits,
    List<String> supportingUnits) {}
