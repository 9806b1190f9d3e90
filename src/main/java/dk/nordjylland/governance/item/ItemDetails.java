package dk.nordjylland.governance.item;

import dk.nordjylland.governance.followup.Action;
import java.util.List;

/** An item with everything that belongs to it: where it stands and how it got there. */
public record ItemDetails(
    Item item,
    /** Where the item stands, in Danish: "Punktet er sat på Fælles Forretningsudvalg, torsdag den ... (efter fristen)." */
    String placement,
    List<Recommendation> recommendations,
    List<Attachment> attachments,
    List<AgendaEntry> agendas,
    List<ItemEvent> history,
    List<Action> actions,
    /** Where the item came from ("Fra: FFU 10.12.2026, punkt 4"), with links to the item there (ADR 0044). */
    List<ItemLink> cameFrom,
    /** Where it went from its meetings ("Sendt videre til ..."), with links to the item that went on. */
    List<ItemLink> sentOn,
    /** Its sub-topics as recorded at its meetings. */
    List<SubTopic> subTopics) {}
