/**
 * Reading a web page: finding its main text by scoring candidate blocks (after Readability.js and
 * trafilatura: text and link density, paragraphs and commas, class/id hints, sibling merging, with
 * {@code <article>}, {@code <main>} and schema.org markup as evidence), its block-structured text,
 * and its metadata (JSON-LD, Open Graph and other meta tags, {@code <time>}, the URL). jsoup only;
 * no CoreNLP types.
 */
package io.newsfacts.ingest.html;
