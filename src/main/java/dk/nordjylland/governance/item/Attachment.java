package dk.nordjylland.governance.item;

/** A bilag; toFollow means "eftersendes". */
public record Attachment(int number, String title, boolean toFollow) {}
