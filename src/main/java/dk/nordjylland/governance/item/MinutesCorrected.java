package dk.nordjylland.governance.item;

import java.util.List;

/**
 * Corrected minutes published (ADR 0059): the reason, the change lines the members were mailed ("Ændret tekst: Punkt
 * 3: Budget 2027: beslutning"), and the corrected items' decisions as they stand now.
 */
public record MinutesCorrected(String meetingId, String reason, List<String> changes, List<AgendaEntry> corrected) {}
