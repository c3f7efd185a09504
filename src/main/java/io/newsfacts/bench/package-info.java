/** Throughput benchmark: NewsFacts and plain CoreNLP, each in its own JVM, on the same corpus. */
package io.newsfacts.bench;
