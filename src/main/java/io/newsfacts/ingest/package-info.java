/** Reads a corpus folder (txt, html, jsonl, sidecar metadata) into clean articles, or one-line failures. */
package io.newsfacts.ingest;
