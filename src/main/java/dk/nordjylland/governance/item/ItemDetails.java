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
    List<Action> actions) {}
