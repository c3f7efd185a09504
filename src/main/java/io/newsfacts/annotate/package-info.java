/** The one CoreNLP pipeline, built once from a typed configuration and shared by all workers. */
package io.newsfacts.annotate;
