package io.newsfacts.extract;

/**
 * Who a quotation is credited to: the words naming the speaker (char offsets), the entity they
 * name (null when the speaker is no named entity), and the reporting cue ("said", "according to").
 */
record Attribution(int begin, int end, String text, EntityCluster entity, String cue) {}
