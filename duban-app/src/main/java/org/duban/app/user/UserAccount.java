package org.duban.app.user;

import java.time.Instant;

/**
 * A person who logs in. The password hash never leaves the repository.
 *
 * @param departmentId the department a {@link Role#DEPARTMENT} user speaks for; null for others
 * @param departmentName that department's name, for display
 */
public record UserAccount(
    long id,
    String username,
    Role role,
    Long departmentId,
    String departmentName,
    String email,
    boolean enabled,
    Instant createdAt) {}
