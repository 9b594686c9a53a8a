package org.duban.app.user;

/**
 * What it takes to add a user.
 *
 * @param department the department's name, required for {@link Role#DEPARTMENT} and refused for the
 *     other roles
 * @param email where reminders go; optional
 */
public record NewUser(
    String username, Role role, String department, String email, String password) {}
