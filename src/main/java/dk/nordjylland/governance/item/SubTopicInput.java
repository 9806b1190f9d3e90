package dk.nordjylland.governance.item;

/**
 * A sub-topic (underpunkt) of an agenda item as the meeting treated it: printed under its item as 4.a, 4.b, ... A
 * postponed or untreated sub-topic comes back on the forum's next meeting as an item of its own (ADR 0044).
 */
public record SubTopicInput(String title, String text, Outcome outcome, String decisionText) {}
