package dk.nordjylland.governance.followup;

import java.util.Optional;

/**
 * The title of the agenda item an action was decided under, as it may be told outside the collaboration: a closed
 * item by its public title (ADR 0055). The item package implements it: follow-ups are started by the item package,
 * so they may not read it back (docs/adr/0050-one-way-arrows.md).
 */
public interface ItemTitles {

  Optional<String> title(long itemId);
}
