package dk.nordjylland.governance.item;

/** Inhabilitet: a member took no part in one item at one meeting, with the reason the secretariat recorded. */
public record Disqualification(String meetingId, long itemId, String personId, String reason) {}
