package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.overview.OverviewRows.Overview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/overview}: the process owner's overview as JSON, for other tools (the same as the Cockpit page). */
@RestController
@Tag(name = "Overview", description = "Where every meeting, agreement, consultation and action stands")
class OverviewController {

  private final GovernanceOverview overview;
  private final ForumAccess forumAccess;
  private final Directory directory;

  OverviewController(GovernanceOverview overview, ForumAccess forumAccess, Directory directory) {
    this.overview = overview;
    this.forumAccess = forumAccess;
    this.directory = directory;
  }

  @Operation(summary = "The process owner's overview (process owners and administrators; 403 for others)",
      description = "Every started meeting cycle (running and finished), agreement, consultation and follow-up action: "
          + "current step in Danish, since when, waiting working days, overdue; median and 90th percentile of the "
          + "waiting time per step over the last 12 months, in working days.")
  @GetMapping("/api/overview")
  Overview get(
      @Parameter(description = "a forum id, e.g. ffu") @RequestParam(required = false) String forum,
      @Parameter(description = "running, finished or overdue") @RequestParam(required = false) String status) {
    OverviewAccess.require(directory.groupsOf(forumAccess.currentUser()));
    return overview.overview(forum, status);
  }
}
