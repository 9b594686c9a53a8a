package org.duban.app.supervision;

import java.time.LocalDate;

/**
 * A milestone as a request gives it.
 *
 * @param id the id of a milestone the item has, to keep the day it was done; null for a new one
 */
public record MilestoneInput(Long id, LocalDate date, String description) {}
