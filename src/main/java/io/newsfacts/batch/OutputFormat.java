package io.newsfacts.batch;

/** How article records are written: one pretty JSON file each, or one JSONL file for all. */
public enum OutputFormat { JSON, JSONL }
