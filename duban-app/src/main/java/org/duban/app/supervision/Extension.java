package org.duban.app.supervision;

import java.time.LocalDate;

/** A request to move an item's due date, waiting for the office. */
public record Extension(LocalDate requestedDueDate, String reason) {}
