package org.duban.app.department;

import java.util.List;

/** A department with its other names, for lists and the API. */
public record DepartmentEntry(long id, String name, List<String> aliases) {}
