package org.duban.app.web;

/** What an API error answers: the HTTP status and a message that says what was wrong. */
public record ErrorBody(int status, String error, String message, String path) {}
