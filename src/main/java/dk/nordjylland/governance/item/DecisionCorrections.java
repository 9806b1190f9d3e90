package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.OwnerNames;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat corrects a recorded decision before the chair approves the minutes (issue 14: a send-back was a
 * dead end). The correction is checked as the recording is, replaces the decision and is kept in the item's history
 * with who, when and what changed. The minutes draft shows it at once; the follow-up uses it after the approval.
 */
@Service
public class DecisionCorrections {

  /** Each value in the history's text is cut to this, so the text fits the event's 4000 characters. */
  private static final int SHOWN = 700;

  private final DecisionChecks checks;
  private final Items items;
  private final Meetings meetings;
  private final ForumAccess forumAccess;
  private final OwnerNames ownerNames;

  DecisionCorrections(DecisionChecks checks, Items items, Meetings meetings, ForumAccess forumAccess, OwnerNames ownerNames) {
    this.ownerNames = ownerNames;
    this.checks = checks;
    this.items = items;
    this.meetings = meetings;
    this.forumAccess = forumAccess;
  }

  /**
   * @throws NotAllowedException (403) when the actor is not in the forum's secretariat (nor an administrator)
   * @throws ConflictException (409) before the meeting is recorded and once the minutes are approved
   * @throws NotFoundException (404) when the item is not on the meeting's agenda
   * @throws UserInputException (400, Danish) for an invalid decision
   */
  @Transactional
  public AgendaEntry correct(String meetingId, long itemId, CorrectedDecision correction, String actor) {
    Meeting meeting = meetings.get(meetingId);
    ForumAccess.Reader reader = forumAccess.reader(actor);
    if (!reader.is(ForumRole.SECRETARIAT.groupId(meeting.forumId())) && !reader.is(GroupIds.CAMUNDA_ADMIN)) {
      throw new NotAllowedException("Kun forummets sekretariat kan rette beslutningerne i referatet.");
    }
    // Holds the meeting's row until commit: the approval of the minutes (a status change) waits or has won.
    if (!meetings.lockInStatus(meetingId, MeetingStatus.HELD)) {
      throw new ConflictException(meeting.status() == MeetingStatus.MINUTES_PUBLISHED
          || meeting.status() == MeetingStatus.COMPLETED
          ? "Referatet er godkendt. Beslutningerne kan ikke længere rettes."
          : "Mødets beslutninger er ikke registreret endnu. Registrér mødet, før beslutningerne rettes.");
    }
    AgendaEntry before = items.agenda(meetingId).stream().filter(e -> e.itemId() == itemId).findFirst()
        .orElseThrow(() -> new NotFoundException("Punkt " + itemId + " er ikke på dagsordenen for mødet."));
    if (correction == null) {
      throw new UserInputException("Beslutningen kan ikke rettes: send beslutningen som et JSON-objekt.");
    }
    DecisionInput decision = correction.on(itemId);
    Problems problems = new Problems();
    checks.checkDecision(decision, "Punkt " + before.position(), ProblemSubjects.subject(itemId), meeting, problems);
    problems.throwIfAny("Beslutningen kan ikke rettes");

    String changes = changes(before, decision);
    if (changes.isEmpty()) {
      return before;
    }
    items.decide(meetingId, itemId, decision, before.decidedAt() != null ? before.decidedAt() : EngineClock.now());
    items.event(itemId, ItemEventKind.DECISION_CORRECTED, meeting.forumId(), meetingId,
        "Beslutningen er rettet før godkendelsen af referatet. " + changes, actor, EngineClock.now());
    return items.agenda(meetingId).stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow();
  }

  /** "Udfald: Godkendt → Drøftet. Beslutning: »…« → »…«." Empty when nothing changed. */
  private String changes(AgendaEntry before, DecisionInput after) {
    List<String> changes = new ArrayList<>();
    if (before.outcome() != after.outcome()) {
      changes.add("Udfald: " + (before.outcome() == null ? "intet" : before.outcome().danish()) + " → "
          + after.outcome().danish() + ".");
    }
    change(changes, "Beslutning", before.decisionText(), after.decisionText());
    change(changes, "Gæster under punktet", before.guests(), after.guests());
    change(changes, "Forbehold", before.reservation(), after.reservation());
    // By name, as the minutes print owners (issue 15), not "ffu-secretariat".
    change(changes, "Afklares af", ownerName(before.reservationOwner()), ownerName(after.reservationOwner()));
    change(changes, "Sendes til forum", before.targetForumId(), after.targetForumId());
    change(changes, "Sendes til møde", before.targetMeetingId(), after.targetMeetingId());
    return String.join(" ", changes);
  }

  private String ownerName(String owner) {
    return owner == null || owner.isBlank() ? null : ownerNames.name(owner);
  }

  /** Adds "Beslutning: »before« → »after«." when the texts differ; also for the corrected minutes (ADR 0059). */
  static void change(List<String> changes, String field, String before, String after) {
    if (!Objects.equals(blankAsNull(before), blankAsNull(after))) {
      changes.add(field + ": " + shown(before) + " → " + shown(after) + ".");
    }
  }

  private static String shown(String value) {
    String text = blankAsNull(value);
    if (text == null) {
      return "(intet)";
    }
    return "»" + (text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…") + "«";
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
