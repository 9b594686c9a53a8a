package org.duban.app.supervision;

/**
 * One department's record for a year as of a day (考核).
 *
 * @param led items it leads that are due in the year
 * @param supported items it supports
 * @param doneOnTime led items closed by their due date
 * @param doneLate led items closed after it
 * @param overdue led items open past their due date
 * @param open led items open and not yet due
 * @param reportsOnTime reports handed in within the report cycle
 * @param reportsLate reports handed in late, and reports owed now
 * @param rank 1 for the best score; equal scores share a rank
 */
public record DepartmentScore(
    long departmentId,
    String department,
    int led,
    int supported,
    int doneOnTime,
    int doneLate,
    int overdue,
    int open,
    int reportsOnTime,
    int reportsLate,
    int score,
    int rank) {}
