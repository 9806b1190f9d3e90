package dk.nordjylland.governance.minutes;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the minutes round (issue 14, point 4): the introduction the secretariat writes, the members'
 * comments on the draft and the chair's send-backs, each kept with who wrote it and when, for the secretariat's and
 * the chair's tasks. The minutes themselves are made from the meeting's data (document.MeetingDocuments).
 */
@Service
public class Minutes {


  private final Meetings meetings;
  private final MinutesNotes notes;

  Minutes(Meetings meetings, MinutesNotes notes) {
    this.meetings = meetings;
    this.notes = notes;
  }

  public Optional<String> introduction(String meetingId) {
    return meetings.minutesIntroduction(meetingId);
  }

  /** The introduction printed at the top of the minutes; blank removes it. */
  @Transactional
  public void setIntroduction(String meetingId, String introduction) {
    meetings.get(meetingId);
    new Problems().maxLength(introduction, TextLimits.NOTE, "Indledning til referatet").throwIfAny("Referatet kan ikke gemmes");
    meetings.setMinutesIntroduction(meetingId, introduction == null || introduction.isBlank() ? null
        : introduction.strip());
  }

  /**
   * A member's comment in the comment round. No text is allowed and kept as "no remarks": the chair and the
   * secretariat then see that the member has read the draft, not only that the task is gone.
   */
  @Transactional
  public void comment(String meetingId, String author, String text) {
    meetings.get(meetingId);
    new Problems().maxLength(text, TextLimits.NOTE, "Mine bemærkninger til referatet")
        .throwIfAny("Kommentaren kan ikke gemmes");
    notes.addComment(meetingId, notes.sendBackCount(meetingId) + 1, author, EngineClock.now(),
        text == null || text.isBlank() ? null : text.strip());
  }

  /** Every comment on the meeting's minutes, oldest first, of every round. */
  public List<MinutesComment> comments(String meetingId) {
    return notes.comments(meetingId);
  }

  /** The chair does not approve the minutes: the remarks go to the secretariat's reopened task. */
  @Transactional
  public void sendBack(String meetingId, String author, String remarks) {
    meetings.get(meetingId);
    new Problems().requireText(remarks, "Skriv, hvad der skal rettes, når referatet ikke godkendes.")
        .maxLength(remarks, TextLimits.NOTE, "Bemærkninger").throwIfAny("Referatet kan ikke sendes tilbage");
    notes.addSendBack(meetingId, author, EngineClock.now(), remarks.strip());
  }

  public List<SendBack> sendBacks(String meetingId) {
    return notes.sendBacks(meetingId);
  }

  /** The remarks of the chair's latest send-back, for the secretariat's reopened "Udarbejd referat". */
  public Optional<SendBack> latestSendBack(String meetingId) {
    return notes.latestSendBack(meetingId);
  }
}
