/** Immutable records that flow between stages; each article record is exactly the JSON we write. */
package io.newsfacts.model;
