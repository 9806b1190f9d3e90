package dk.nordjylland.governance.attendance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Objects;

/**
 * A meeting's attendance as it was (ADR 0043): the members present and absent (afbud) by person id, the substitutes
 * standing in for an absent member (a name: a substitute need not be a user), and the guests, for the whole meeting
 * or for one item, with a note such as "den første time". The body of {@code PUT /api/meetings/{id}/attendance}.
 */
public record Attendance(
    @Schema(description = "person ids of the members present (every member of the meeting's date is present or absent)")
    List<String> present,
    @Schema(description = "person ids of the members who sent apologies (afbud)")
    List<String> absent,
    List<Substitute> substitutes,
    List<Guest> guests) {

  public Attendance {
    present = copy(present);
    absent = copy(absent);
    substitutes = copy(substitutes);
    guests = copy(guests);
  }

  /** "Eva Nielsen, Aalborg Kommune" in place of an absent member. */
  public record Substitute(
      @Schema(description = "name and organisation, e.g. \"Eva Nielsen, Aalborg Kommune\"") String name,
      @Schema(description = "person id of the absent member stood in for") String standsInFor) {}

  /** A guest of the whole meeting ({@code itemId} null) or of one agenda item. */
  public record Guest(
      @Schema(description = "name and organisation, e.g. \"Anne Holm, Region Nordjylland\"") String name,
      @Schema(description = "the agenda item the guest attended, or null for the whole meeting") Long itemId,
      @Schema(description = "e.g. \"den første time\"") String note) {

    /** "Anne Holm, Region Nordjylland (den første time)". */
    public String line() {
      return note == null || note.isBlank() ? name : name + " (" + note + ")";
    }
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
