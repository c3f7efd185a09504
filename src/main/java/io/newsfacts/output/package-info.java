/** Writes article JSON, the batch manifest and JSONL, atomically and in a stable field order. */
package io.newsfacts.output;
