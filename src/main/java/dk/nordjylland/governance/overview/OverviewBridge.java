package dk.nordjylland.governance.overview;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Hands the Spring beans to the Cockpit plugin's resource: Camunda's web apps create plugin resources with Jersey from
 * the service loader, outside Spring, so constructor injection cannot reach them. One engine, one application: a
 * static reference set when the context starts.
 */
@Component
class OverviewBridge {

  private static volatile GovernanceOverview overview;
  private static volatile ObjectMapper json;

  OverviewBridge(GovernanceOverview overview, ObjectMapper json) {
    OverviewBridge.overview = overview;
    OverviewBridge.json = json;
  }

  static GovernanceOverview overview() {
    if (overview == null) {
      throw new IllegalStateException("The application has not started yet");
    }
    return overview;
  }

  static ObjectMapper json() {
    return json;
  }
}
