/** Turns an annotated article into facts: clustered entities, resolved dates, quotations and their speakers. */
package io.newsfacts.extract;
