package dk.nordjylland.governance.overview;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The overview as a Cockpit plugin (issue 18), registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}: its script
 * ({@code plugin-webapp/governance-overview/app/plugin.js}: a dashboard box and a page of its own, in Danish) and its
 * REST resource under {@code /camunda/api/cockpit/plugin/governance-overview/{engine}/overview}.
 */
public class OverviewCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "governance-overview";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(OverviewPluginRootResource.class);
  }
}
