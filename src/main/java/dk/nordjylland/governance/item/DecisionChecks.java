package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ProblemSubjects.subTopicSubject;

import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The checks of one decision on an item, shared by recording a meeting (MeetingRecording) and correcting a decision
 * before the minutes are approved (DecisionCorrections), so both refuse the same.
 */
@Component
class DecisionChecks {

  static final int MAX_SUB_TOPICS = 26;

  private final Items items;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final Directory directory;
  private final DestinationChecks destinations;

  DecisionChecks(Items items, Meetings meetings, MeetingSchedule schedule, Directory directory,
      DestinationChecks destinations) {
    this.items = items;
    this.meetings = meetings;
    this.schedule = schedule;
    this.directory = directory;
    this.destinations = destinations;
  }

  /**
   * One decision on an item of the meeting, as recorded and as corrected before the minutes are approved
   * (DecisionCorrections): an outcome, its text where the outcome needs one, where a forwarded or postponed item goes,
   * and a reservation with who clears it.
   */
  void checkDecision(DecisionInput d, String name, String row, Meeting meeting, Problems problems) {
    if (d.outcome() == null) {
      problems.add(row, name + ": vælg et udfald.");
      return;
    }
    Item item = d.itemId() == null ? null : items.find(d.itemId()).orElse(null);
    boolean closable = item != null && closableWithoutOutcome(item, meeting.forumId());
    if (d.outcome() == Outcome.NO_DECISION && !closable) {
      problems.add(row, name + ": punktet skal have et udfald. \"Ingen beslutning\" kan kun vælges for "
          + closableNames(meeting.forumId()) + ".");
    }
    checkParts(d, name, row, closable, problems);
    problems.require(d.decisionText() == null || d.decisionText().length() <= TextLimits.ITEM_TEXT, row,
        "Feltet '" + name + ", beslutning' må højst have " + TextLimits.ITEM_TEXT + " tegn.");
    problems.require(d.guests() == null || d.guests().length() <= 1000, row,
        "Feltet '" + name + ", gæster' må højst have 1000 tegn.");
    problems.require(d.reservation() == null || d.reservation().length() <= 4000, row,
        "Feltet '" + name + ", forbehold' må højst have 4000 tegn.");
    if (d.outcome().needsText()) {
      problems.requireText(d.decisionText(), row,
          name + ": skriv beslutningen (" + d.outcome().danish().toLowerCase() + ").");
    }
    if (d.outcome().comesBackHere()) {
      if (d.targetMeetingId() != null && !d.targetMeetingId().isBlank()) {
        destinations.laterMeetingOfForum(d.targetMeetingId(), meeting, name, problems, row);
      }
      problems.require(!DecisionInput.notBlank(d.targetForumId()), row, name + ": et punkt, der er "
          + d.outcome().danish().toLowerCase() + ", kommer tilbage i dette forum og sendes ikke videre. Vælg"
          + " udfaldet (fx Drøftet) og det forum, punktet også sendes videre til.");
    }
    if (d.outcome().startsReservationFollowUp()) {
      problems.requireText(d.reservation(), row, name + ": beskriv forbeholdet, der skal afklares.");
      problems.require(directory.isUserOrGroup(d.reservationOwner()), row,
          name + ": angiv hvem der afklarer forbeholdet (bruger eller gruppe).");
    }
    // Sent on: "Sendt videre", or another outcome that does not bring the item back here, with a forum or meeting.
    if (d.outcome().sendsOn(d.namesTarget())) {
      String forum = DecisionInput.notBlank(d.targetForumId()) ? d.targetForumId()
          : DecisionInput.notBlank(d.targetMeetingId()) ? meetings.find(d.targetMeetingId()).map(Meeting::forumId)
              .orElse(null) : null;
      if (forum == null && DecisionInput.notBlank(d.targetMeetingId())) {
        problems.add(row, name + ": mødet '" + d.targetMeetingId() + "' findes ikke.");
      } else {
        destinations.otherForum(forum, meeting, name, problems, row);
        if (DecisionInput.notBlank(d.targetMeetingId()) && forum != null) {
          destinations.meetingOfForum(d.targetMeetingId(), forum, name, problems, row);
        }
      }
    }
  }

  /**
   * A postponed part and sub-topics (ADR 0044): a part is postponed from an item whose outcome keeps it here; an item
   * not treated has no sub-topics; each sub-topic has a title and its own outcome (not sent on or reserved alone).
   */
  private void checkParts(DecisionInput d, String name, String row, boolean closable, Problems problems) {
    if (DecisionInput.notBlank(d.postponedPart())) {
      problems.require(d.postponedPart().length() <= 4000, row,
          "Feltet '" + name + ", udskudt del' må højst have 4000 tegn.");
      problems.require(!d.outcome().returnsToPipeline(), row, name + ": hele punktet er "
          + d.outcome().danish().toLowerCase() + " og kommer tilbage; en udskudt del giver kun mening, når resten"
          + " af punktet er afgjort.");
    }
    if (d.subTopics().isEmpty()) {
      return;
    }
    problems.require(d.outcome() != Outcome.NOT_TREATED, row,
        name + ": et punkt, der ikke blev behandlet, har ingen underpunkter med udfald.");
    problems.require(d.subTopics().size() <= MAX_SUB_TOPICS, row,
        name + ": højst " + MAX_SUB_TOPICS + " underpunkter (a-z).");
    for (int i = 0; i < d.subTopics().size() && i < MAX_SUB_TOPICS; i++) {
      SubTopicInput s = d.subTopics().get(i);
      String sub = name + "." + (char) ('a' + i);
      String subject = d.itemId() == null ? row : subTopicSubject(d.itemId(), i + 1);
      if (s == null) {
        problems.add(subject, sub + ": underpunktet er tomt.");
        continue;
      }
      problems.requireText(s.title(), subject, sub + ": underpunktet skal have en titel.");
      maxLength(s.title(), TextLimits.TITLE, sub + ", titel", subject, problems);
      maxLength(s.text(), TextLimits.ITEM_TEXT, sub + ", tekst", subject, problems);
      maxLength(s.decisionText(), TextLimits.ITEM_TEXT, sub + ", beslutning", subject, problems);
      if (s.outcome() == null) {
        problems.add(subject, sub + ": vælg et udfald for underpunktet.");
        continue;
      }
      problems.require(s.outcome().fitsSubTopic(), subject, sub + ": et underpunkt kan ikke være \""
          + s.outcome().danish() + "\" alene. Giv punktet selv det udfald.");
      problems.require(s.outcome() != Outcome.NO_DECISION || closable, subject,
          sub + ": underpunktet skal have et udfald.");
      if (s.outcome().needsText()) {
        problems.requireText(s.decisionText(), subject,
            sub + ": skriv beslutningen (" + s.outcome().danish().toLowerCase() + ").");
      }
    }
  }

  private static void maxLength(String value, int max, String field, String subject, Problems problems) {
    problems.require(value == null || value.length() <= max, subject,
        "Feltet '" + field + "' må højst have " + max + " tegn.");
  }

  /**
   * Whether the forum's cycle settings let a meeting close the item with no outcome (closable-without-outcome): by
   * its title, without a "(Fast punkt)" mark and any case, or by "kind:" and its kind.
   */
  boolean closableWithoutOutcome(Item item, String forumId) {
    List<String> allowed = schedule.settings(forumId).closableWithoutOutcome();
    if (allowed == null) {
      return false;
    }
    String title = item.title().replace("(Fast punkt)", "").strip();
    for (String entry : allowed) {
      String e = entry.strip();
      if (e.regionMatches(true, 0, "kind:", 0, 5)) {
        if (item.kind() != null && ItemKind.parse(e.substring(5)).filter(item.kind()::equals).isPresent()) {
          return true;
        }
      } else if (e.equalsIgnoreCase(title)) {
        return true;
      }
    }
    return false;
  }

  /** "punkter som Eventuelt" or "ingen punkter i dette forum", for the refusal's message. */
  private String closableNames(String forumId) {
    List<String> allowed = schedule.settings(forumId).closableWithoutOutcome();
    List<String> names = allowed == null ? List.of() : allowed.stream()
        .map(e -> e.regionMatches(true, 0, "kind:", 0, 5)
            ? ItemKind.parse(e.substring(5)).map(k -> "punkter af arten " + k.danish()).orElse(e) : e)
        .toList();
    return names.isEmpty() ? "ingen punkter i dette forum" : "punkter som " + String.join(" og ", names);
  }
}
