/** Runs the pipeline as a Spark job: one pipeline per executor JVM, the local batch's per-article output. */
package io.newsfacts.spark;
