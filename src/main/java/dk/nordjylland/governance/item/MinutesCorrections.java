package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.item.MinutesCorrection.Wording;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.meeting.CorrectedMinutesPublication;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextCharacters;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat corrects approved minutes (issue 17 point 2, ADR 0059): the wording of items' decisions (a closed
 * item's public decision too), never their outcome, with a reason. All or nothing: the new wording, a history row per
 * corrected item (who, when, before/after, reason), the next minutes version (PDF, snapshot, public variant) and the
 * members' mail "Rettet referat" go in one transaction. Before the approval DecisionCorrections applies.
 */
@Service
public class MinutesCorrections {

  private final Items items;
  private final Meetings meetings;
  private final ForumAccess forumAccess;
  private final ClosedItems closedItems;
  private final CorrectedMinutesPublication publication;

  MinutesCorrections(Items items, Meetings meetings, ForumAccess forumAccess, ClosedItems closedItems,
      CorrectedMinutesPublication publication) {
    this.items = items;
    this.meetings = meetings;
    this.forumAccess = forumAccess;
    this.closedItems = closedItems;
    this.publication = publication;
  }

  /** Whether the minutes are approved: only then is there anything to correct here. */
  public static boolean approved(Meeting meeting) {
    return meeting.status() == MeetingStatus.MINUTES_PUBLISHED || meeting.status() == MeetingStatus.COMPLETED;
  }

  /** The refusal of a changed outcome, the same on the page's field as in the API's problem. */
  public static String outcomeFixed(AgendaEntry entry) {
    return "Punkt " + entry.position() + ": udfaldet (" + entry.outcome().danish() + ") kan ikke ændres, efter"
        + " referatet er godkendt, for opfølgningen er sat i gang ud fra det. Kun beslutningens ordlyd kan rettes; en"
        + " ændret beslutning kræver et nyt punkt på et kommende møde.";
  }

  /** Whether the user corrects the forum's approved minutes: its secretariat, or an administrator. */
  public boolean mayCorrect(Meeting meeting, String userId) {
    ForumAccess.Reader reader = forumAccess.reader(userId);
    return reader.is(ForumRole.SECRETARIAT.groupId(meeting.forumId())) || reader.is(GroupIds.CAMUNDA_ADMIN);
  }

  /**
   * @throws NotAllowedException (403) when the actor is not in the forum's secretariat (nor an administrator)
   * @throws ConflictException (409) before the minutes are approved (then DecisionCorrections applies)
   * @throws UserInputException (400, Danish, with subjects per field) for a missing reason, a changed outcome, an
   *     emptied (public) decision, an item not on the agenda, or nothing changed; nothing is saved
   */
  @Transactional
  public MinutesCorrected correct(String meetingId, MinutesCorrection correction, String actor) {
    Meeting meeting = meetings.get(meetingId);
    if (!mayCorrect(meeting, actor)) {
      throw new NotAllowedException("Kun forummets sekretariat kan rette det godkendte referat.");
    }
    // Holds the meeting's row until commit: two corrections at once become version N+1 and N+2, one after the other.
    if (!meetings.lockInStatus(meetingId, MeetingStatus.MINUTES_PUBLISHED)
        && !meetings.lockInStatus(meetingId, MeetingStatus.COMPLETED)) {
      throw new ConflictException(meeting.status() == MeetingStatus.HELD
          ? "Referatet er ikke godkendt endnu. Ret beslutningerne i referatudkastet; de kommer med, når formanden"
              + " godkender referatet."
          : "Mødet har ikke et godkendt referat, der kan rettes.");
    }
    if (correction == null) {
      throw new UserInputException("Referatet kan ikke rettes: send begrundelsen og de rettede beslutninger som et"
          + " JSON-objekt.");
    }
    Problems problems = new Problems();
    String reason = strip(correction.reason());
    problems.requireText(reason, MinutesCorrection.REASON, "Skriv begrundelsen for rettelsen.");
    problems.require(reason == null || reason.length() <= TextLimits.REASON, MinutesCorrection.REASON,
        "Begrundelsen for rettelsen må højst have " + TextLimits.REASON + " tegn.");
    characters(reason, "Begrundelse for rettelsen", MinutesCorrection.REASON, problems);
    List<Planned> planned = plan(meetingId, correction.decisions(), problems);
    problems.throwIfAny("Referatet kan ikke rettes");
    List<Planned> changed = planned.stream().filter(Planned::changes).toList();
    if (changed.isEmpty()) {
      new Problems().add(MinutesCorrection.DECISIONS, "Intet er ændret. Ret ordlyden af mindst én beslutning, før et"
          + " rettet referat udgives.").throwIfAny("Referatet kan ikke rettes");
    }

    List<String> lines = new ArrayList<>();
    for (Planned p : changed) {
      apply(meeting, p, reason, actor);
      lines.add(line(p));
    }
    // The corrected entries as stored, read once after all the changes.
    Map<Long, AgendaEntry> stored = items.agenda(meetingId).stream()
        .collect(Collectors.toMap(AgendaEntry::itemId, e -> e));
    List<AgendaEntry> corrected = changed.stream().map(p -> stored.get(p.entry().itemId())).toList();
    // The approval's rule holds for every version: no closed item without its public decision.
    closedItems.minutesProblems(meetingId).throwIfAny("Det rettede referat kan ikke udgives");
    publication.publish(meetingId, reason, lines);
    return new MinutesCorrected(meetingId, reason, List.copyOf(lines), List.copyOf(corrected));
  }

  /** One item's correction as checked: the wording before and after. */
  private record Planned(AgendaEntry entry, boolean closed, String title, String textAfter, String publicBefore,
      String publicAfter) {

    boolean textChanged() {
      return !Objects.equals(strip(entry.decisionText()), strip(textAfter));
    }

    boolean publicChanged() {
      return closed && !Objects.equals(strip(publicBefore), strip(publicAfter));
    }

    boolean changes() {
      return textChanged() || publicChanged();
    }
  }

  private List<Planned> plan(String meetingId, List<Wording> wordings, Problems problems) {
    Map<Long, AgendaEntry> agenda = new LinkedHashMap<>();
    items.agenda(meetingId).forEach(e -> agenda.put(e.itemId(), e));
    Set<Long> seen = new HashSet<>();
    List<Planned> planned = new ArrayList<>();
    for (Wording w : wordings == null ? List.<Wording>of() : wordings) {
      if (w == null || w.itemId() == null) {
        problems.add(MinutesCorrection.DECISIONS, "Angiv for hver rettelse, hvilket punkt den gælder (itemId).");
        continue;
      }
      long itemId = w.itemId();
      AgendaEntry entry = agenda.get(itemId);
      if (entry == null) {
        problems.add(ProblemSubjects.subject(itemId), "Punkt " + itemId + " er ikke på mødets dagsorden.");
        continue;
      }
      String name = "Punkt " + entry.position();
      if (!seen.add(itemId)) {
        problems.add(ProblemSubjects.subject(itemId), name + " er nævnt to gange. Send én rettelse pr. punkt.");
        continue;
      }
      if (entry.outcome() == null) {
        problems.add(ProblemSubjects.subject(itemId), name + " har ingen beslutning i referatet, der kan rettes.");
        continue;
      }
      if (w.outcome() != null && w.outcome() != entry.outcome()) {
        problems.add(MinutesCorrection.subject(itemId, "outcome"), outcomeFixed(entry));
      }
      String text = w.decisionText() == null ? entry.decisionText() : strip(w.decisionText());
      String textField = MinutesCorrection.subject(itemId, "decisionText");
      if (entry.outcome().needsText()) {
        problems.requireText(text, textField, name + ": beslutningen kan ikke være tom ("
            + entry.outcome().danish().toLowerCase() + ").");
      }
      problems.require(text == null || text.length() <= TextLimits.ITEM_TEXT, textField,
          name + ": beslutningen må højst have " + TextLimits.ITEM_TEXT + " tegn.");
      characters(text, name + ", beslutning", textField, problems);

      Closure closure = closedItems.closure(itemId);
      String publicBefore = closure.closed() ? closedItems.publicDecision(meetingId, itemId) : null;
      String publicAfter = publicBefore;
      String publicField = MinutesCorrection.subject(itemId, "publicDecision");
      if (w.publicDecision() != null && !closure.closed()) {
        problems.add(publicField, name + " er ikke et lukket punkt: dets beslutning er offentlig, som den står."
            + " Ret beslutningen i stedet.");
      } else if (w.publicDecision() != null) {
        publicAfter = strip(w.publicDecision());
        problems.requireText(publicAfter, publicField, name + " er et lukket punkt: den offentlige beslutning kan"
            + " ikke være tom. Skriv den beslutning, offentligheden må læse.");
        problems.require(publicAfter == null || publicAfter.length() <= TextLimits.NOTE, publicField,
            name + ": den offentlige beslutning må højst have " + TextLimits.NOTE + " tegn.");
        characters(publicAfter, name + ", offentlig beslutning", publicField, problems);
      }
      // The members' mail names a closed item by its public heading: a disqualified member reads it too.
      String title = closure.closed() ? closure.publicHeading() : items.get(itemId).title();
      planned.add(new Planned(entry, closure.closed(), title, text, publicBefore, publicAfter));
    }
    return planned;
  }

  private void apply(Meeting meeting, Planned p, String reason, String actor) {
    long itemId = p.entry().itemId();
    List<String> changes = new ArrayList<>();
    if (p.textChanged()) {
      items.rewordDecision(meeting.id(), itemId, p.textAfter());
      DecisionCorrections.change(changes, "Beslutning", p.entry().decisionText(), p.textAfter());
    }
    if (p.publicChanged()) {
      closedItems.setPublicDecision(meeting.id(), itemId, p.publicAfter());
      DecisionCorrections.change(changes, "Offentlig beslutning", p.publicBefore(), p.publicAfter());
    }
    items.event(itemId, ItemEventKind.MINUTES_CORRECTED, meeting.forumId(), meeting.id(),
        "Referatet er rettet efter godkendelsen. Begrundelse: " + reason + " " + String.join(" ", changes), actor,
        EngineClock.now());
  }

  /** "Ændret tekst: Punkt 3: Budget 2027: beslutning", as the portal words a version's changes (VersionChanges). */
  private static String line(Planned p) {
    String parts = p.textChanged() && p.publicChanged() ? "beslutning og offentlig beslutning"
        : p.textChanged() ? "beslutning" : "offentlig beslutning";
    return "Ændret tekst: Punkt " + p.entry().position() + ": " + p.title() + ": " + parts;
  }

  private static void characters(String text, String field, String subject, Problems problems) {
    TextCharacters.problem(field, text == null ? "" : text).ifPresent(problem -> problems.add(subject, problem));
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
