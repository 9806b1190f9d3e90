package dk.nordjylland.governance.meeting;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code governance.cycle}: default offsets and each forum's own. */
@ConfigurationProperties("governance.cycle")
record CycleProperties(CycleSettings defaults, Map<String, CycleSettings> forums) {

  CycleProperties {
    forums = forums == null ? Map.of() : Map.copyOf(forums);
  }

  CycleSettings forForum(String forumId) {
    CycleSettings own = forums.get(forumId);
    return own == null ? defaults : own.orElse(defaults);
  }
}
