package org.duban.app.department;

/**
 * Published when a unit name now means a department: a new department, a new alias, or a confirmed
 * proposal. Records that name the unit as written can then be linked to the department.
 */
public record UnitConfirmed(String unitName, long departmentId) {}
