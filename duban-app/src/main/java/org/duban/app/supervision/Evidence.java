package org.duban.app.supervision;

/** A file handed in with a report as evidence (佐证材料); its bytes are read separately. */
public record Evidence(long id, String fileName, String contentType, int size) {}
