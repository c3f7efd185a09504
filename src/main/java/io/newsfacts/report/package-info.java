/** Static HTML report of a batch, written from the article JSON files: index, article pages, assets. */
package io.newsfacts.report;
