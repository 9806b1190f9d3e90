package dk.nordjylland.governance.item;

/** One numbered recommendation ("Det indstilles, at ...: 1. Godkender ..."). */
public record Recommendation(int number, String text) {}
