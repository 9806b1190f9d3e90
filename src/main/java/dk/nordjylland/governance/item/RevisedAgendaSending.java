package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.MeetingCycle;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Udsend revideret dagsorden" (ADR 0058): the agenda as it stands now goes to the members as the next version, with
 * the secretariat's note and the list of what changed since the version before (the same list the portal shows).
 * The cycle's own path does the rest (MeetingCycle.publishRevisedAgenda: AgendaPublished stores the PDF, its
 * snapshot and public variant; the AGENDA mail attaches them). Nothing changed: refused. The caller has checked who
 * may.
 */
@Service
public class RevisedAgendaSending {

  /** The field a refusal is about (UserInputException.subject), as the API names it. */
  public static final String NOTE_FIELD = "note";

  private final RevisableAgenda agenda;
  private final AgendaRevisions revisions;
  private final MeetingCycle cycle;

  RevisedAgendaSending(RevisableAgenda agenda, AgendaRevisions revisions, MeetingCycle cycle) {
    this.agenda = agenda;
    this.revisions = revisions;
    this.cycle = cycle;
  }

  /**
   * Sends the revised agenda; returns its version.
   *
   * @throws dk.nordjylland.governance.validation.ConflictException (409) when the sent agenda cannot be changed
   * @throws dk.nordjylland.governance.validation.UserInputException (Danish) without a note, or with nothing changed
   */
  @Transactional
  public int send(String meetingId, String note, String actor) {
    agenda.lock(meetingId);
    int sent = agenda.latestVersion(meetingId);
    List<String> changes = agenda.changesSinceSent(meetingId);
    Problems problems = new Problems();
    problems.require(note == null || note.length() <= TextLimits.NOTE, NOTE_FIELD,
        "Noten må højst have " + TextLimits.NOTE + " tegn.");
    problems.require(!changes.isEmpty(), NOTE_FIELD, "Der er intet at udsende: dagsordenen er den samme som version "
        + sent + ", som medlemmerne har fået. Sæt et tillægspunkt på, eller lad et punkt udgå, først.");
    // After "nothing to send": a note is no use then, and the page shows one message per field.
    problems.requireText(note, NOTE_FIELD, "Skriv hvad der er ændret, og hvorfor; det står i mailen til medlemmerne.");
    problems.throwIfAny("Den reviderede dagsorden kan ikke udsendes");

    int version = sent + 1;
    String why = note.strip();
    cycle.publishRevisedAgenda(meetingId, "Dagsordenen er revideret og udsendt som version " + version + ".\n\n"
        + why + "\n\nÆndringer siden version " + sent + ":\n\n" + String.join("\n", changes.stream().map(c -> "- " + c)
        .toList()));
    revisions.recordSending(meetingId, version, why, actor, EngineClock.now());
    return version;
  }
}
