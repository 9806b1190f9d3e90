package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.identity.ForumAccess;

/**
 * Whether a reader may read an item's confidential content (a closed item, ADR 0055: not a member disqualified for
 * it). The item package implements it with its one rule, ClosedItems.seesConfidential, so the follow-ups' API can ask
 * without an arrow from followup back to item (docs/adr/0050-one-way-arrows.md).
 */
public interface ItemReaders {

  boolean seesConfidential(ForumAccess.Reader reader, long itemId);
}
