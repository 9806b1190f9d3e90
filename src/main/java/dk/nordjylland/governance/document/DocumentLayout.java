package dk.nordjylland.governance.document;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code governance.documents.forums.<forum>}: how a forum's agenda and minutes are laid out. Continuous by default
 * (issue 15: the seeds of FU run on, item after item); {@code page-per-item: true} starts every item with content on a
 * page of its own, as FFU's minutes do (seed 003). The table of contents is {@code table-of-contents-above-items}.
 */
@ConfigurationProperties("governance.documents")
record DocumentLayout(Map<String, ForumLayout> forums, Integer tableOfContentsAboveItems) {

  DocumentLayout {
    forums = forums == null ? Map.of() : Map.copyOf(forums);
    tableOfContentsAboveItems = tableOfContentsAboveItems == null ? 8 : tableOfContentsAboveItems;
  }

  /** A table of contents (seed 003) when a meeting has more items than the setting. */
  boolean tableOfContents(int items) {
    return items > tableOfContentsAboveItems;
  }

  /** One forum's layout. */
  record ForumLayout(boolean pagePerItem) {}

  boolean pagePerItem(String forumId) {
    ForumLayout own = forums.get(forumId);
    return own != null && own.pagePerItem();
  }
}
