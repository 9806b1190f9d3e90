package dk.nordjylland.governance.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The plugin's REST resource: {@code GET /camunda/api/cockpit/plugin/governance-overview/{engine}/overview?forum=&status=}
 * for the user logged in to the web apps (Camunda's filter lets any logged-in user through to plugin resources; this
 * resource lets only process owners and administrators on). Same JSON as {@code GET /api/overview}.
 */
@Path("plugin/" + OverviewCockpitPlugin.ID)
public class OverviewPluginRootResource extends AbstractCockpitPluginRootResource {

  public OverviewPluginRootResource() {
    super(OverviewCockpitPlugin.ID);
  }

  @GET
  @Path("{engineName}/overview")
  @Produces(MediaType.APPLICATION_JSON)
  public Response overview(@PathParam("engineName") String engineName, @QueryParam("forum") String forum,
      @QueryParam("status") String status) {
    if (!OverviewAccess.mayRead(groupsOf(engineName))) {
      return danishError(Response.Status.FORBIDDEN, OverviewAccess.REFUSED);
    }
    try {
      return Response.ok(json(OverviewBridge.overview().overview(forum, status)), MediaType.APPLICATION_JSON_TYPE)
          .build();
    } catch (UserInputException e) {
      return danishError(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  private static List<String> groupsOf(String engineName) {
    Authentications all = Authentications.getCurrent();
    Authentication auth = all == null ? null : all.getAuthenticationForProcessEngine(engineName);
    return auth instanceof UserAuthentication user ? user.getGroupIds() : List.of();
  }

  /** Camunda's error JSON ({@code type}, {@code message}), as the web apps' other resources answer. */
  private static Response danishError(Response.Status status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(json(Map.of("type", status == Response.Status.FORBIDDEN ? "AuthorizationException"
            : "InvalidRequestException", "message", message))).build();
  }

  /** Serialised with the application's Jackson settings (ISO dates), so both doors answer the same JSON. */
  private static String json(Object value) {
    try {
      return OverviewBridge.json().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
