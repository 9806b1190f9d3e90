package dk.nordjylland.governance.item;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What the secretariat writes into a standing item (fast punkt) for one meeting: its texts and its indstilling, as
 * the seeds' "Opfølgning på møder" has them (issue 15). Every field replaces the stored one; an absent or empty field
 * empties it. Bullets as lines starting with "-" or "•", indented for a sub-point (document.TextBlocks).
 */
public record StandingItemContent(
    @Schema(description = "Resumé") String summary,
    @Schema(description = "Sagsfremstilling") String presentation,
    @Schema(description = "Økonomi") String economy,
    @Schema(description = "Fortsat sagsbehandling") String furtherProcessing,
    @Schema(description = "Indstilling: one point per entry") List<String> recommendations) {

  public StandingItemContent {
    recommendations = recommendations == null ? List.of()
        : recommendations.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
    summary = blankToNull(summary);
    presentation = blankToNull(presentation);
    economy = blankToNull(economy);
    furtherProcessing = blankToNull(furtherProcessing);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
