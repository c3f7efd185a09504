package io.newsfacts.model;

/** An article that could not be done: its id (when known), its file, and a one-line reason. */
public record ArticleFailure(String id, String file, String error) {}
