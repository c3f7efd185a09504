package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where an article came from: its file (relative, with forward slashes), format and content hash. */
@JsonPropertyOrder({"file", "format", "sha256"})
public record SourceInfo(String file, SourceFormat format, String sha256) {}
