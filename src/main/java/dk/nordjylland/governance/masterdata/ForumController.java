package dk.nordjylland.governance.masterdata;

import dk.nordjylland.governance.validation.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
  @Operation(summary = "One forum with its members and their roles")
  ForumDetails forum(@PathVariable String forumId) {
    Forum forum = masterData.forum(forumId)
        .orElseThrow(() -> new NotFoundException("Forummet '" + forumId + "' findes ikke."));
    return new ForumDetails(forum, masterData.memberships(forumId));
  }

  record ForumDetails(Forum forum, List<Membership> members) {}
}
