package org.duban.app.department;

/** A unit that can lead or support supervised work (承办单位), e.g. 区发展改革委. */
public record Department(long id, String name) {}
