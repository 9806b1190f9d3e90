package dk.nordjylland.governance.masterdata;

import dk.nordjylland.governance.validation.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/forums")
@Tag(name = "Forums", description = "The collaboration's forums and their members")
class ForumController {

  private final MasterData masterData;

  ForumController(MasterData masterData) {
    this.masterData = masterData;
  }

  @GetMapping
  @Operation(summary = "All forums")
  List<Forum> forums() {
    return masterData.forums();
  }

  @GetMapping("/{forumId}")
  @Operation(summary = "One forum with its members and their roles; with ?on=2025-08-22 the members of that day"
      + " (memberships keep their history, ADR 0043)")
  ForumDetails forum(@PathVariable String forumId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    Forum forum = masterData.forum(forumId)
        .orElseThrow(() -> new NotFoundException("Forummet '" + forumId + "' findes ikke."));
    return new ForumDetails(forum, on == null ? masterData.memberships(forumId) : masterData.membershipsOn(forumId, on));
  }

  record ForumDetails(Forum forum, List<Membership> members) {}
}
