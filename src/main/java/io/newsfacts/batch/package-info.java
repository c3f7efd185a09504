/** Runs the pipeline over a corpus on worker threads, with progress, isolating each article's failure. */
package io.newsfacts.batch;
