package dk.nordjylland.governance.invitation;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.AgendaPublished;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingCancelled;
import dk.nordjylland.governance.meeting.MeetingMoved;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.TextCharacters;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Calendar invitations (iCalendar, RFC 5545, METHOD:REQUEST) for meetings, made with ical4j. One UID per meeting
 * for its whole life; every new invitation (the first with the agenda, another each time the meeting moves) is a
 * new version of the meeting's INVITATION document with SEQUENCE = version - 1, so calendars update the entry
 * they already have instead of adding another.
 */
@Service
public class Invitations {

  public static final String UID_DOMAIN = "governance.sundhedssamarbejde-nordjylland.dk";

  private final Meetings meetings;
  private final MasterData masterData;
  private final Documents documents;
  private final String organizer;

  Invitations(Meetings meetings, MasterData masterData, Documents documents,
      @Value("${governance.mail.from:sekretariat@example.dk}") String organizer) {
    this.meetings = meetings;
    this.masterData = masterData;
    this.documents = documents;
    this.organizer = organizer;
  }

  /** The UID of every invitation to the meeting. */
  public static String uid(String meetingId) {
    return meetingId + "@" + UID_DOMAIN;
  }

  /** With the agenda: after its PDF (order 2), as when the cycle called both in turn. */
  @EventListener
  @Order(2)
  void agendaPublished(AgendaPublished published) {
    // A revised agenda (ADR 0058) keeps the meeting's time: the calendars keep the invitation they have.
    if (published.revised() && documents.latest(published.meetingId(), DocumentKind.INVITATION).isPresent()) {
      return;
    }
    issue(published.meetingId());
  }

  @EventListener
  void meetingMoved(MeetingMoved moved) {
    meetingMoved(moved.meetingId());
  }

  @EventListener
  void meetingCancelled(MeetingCancelled cancelled) {
    cancel(cancelled.meetingId());
  }

  /** Issues the next invitation to the meeting (with the agenda, or because the meeting moved). */
  public StoredDocument issue(String meetingId) {
    int sequence = documents.latest(meetingId, DocumentKind.INVITATION).map(StoredDocument::version).orElse(0);
    return documents.store(meetingId, DocumentKind.INVITATION,
        ics(meetings.get(meetingId), sequence).getBytes(StandardCharsets.UTF_8));
  }

  /** Issues a new invitation if one was sent before: the calendars that have the meeting get its new time. */
  void meetingMoved(String meetingId) {
    if (documents.latest(meetingId, DocumentKind.INVITATION).isPresent()) {
      issue(meetingId);
    }
  }

  /**
   * The calendar's cancellation of a cancelled meeting (issue 15): METHOD:CANCEL and STATUS:CANCELLED with the
   * invitation's UID and the next SEQUENCE, so calendars that have the meeting remove it. Stored as the meeting's
   * CANCELLATION document (attached to the MEETING_CANCELLED mail).
   */
  StoredDocument cancel(String meetingId) {
    int sequence = documents.latest(meetingId, DocumentKind.INVITATION).map(StoredDocument::version).orElse(0);
    return documents.store(meetingId, DocumentKind.CANCELLATION,
        ics(meetings.get(meetingId), sequence, true).getBytes(StandardCharsets.UTF_8));
  }

  String ics(Meeting meeting, int sequence) {
    return ics(meeting, sequence, false);
  }

  private String ics(Meeting meeting, int sequence, boolean cancelled) {
    Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
    Instant start = meeting.startsAt().atZone(EngineClock.zone()).toInstant();
    Instant end = (meeting.endsAt() != null ? meeting.endsAt() : meeting.startsAt().plusHours(2)).atZone(EngineClock.zone())
        .toInstant();
    VEvent event = new VEvent(start, end, forum.name());
    event.replace(new DtStamp(EngineClock.currentTime().toInstant()));
    event.add(new Uid(uid(meeting.id())));
    event.add(new Sequence(sequence));
    if (meeting.place() != null) {
      event.add(new Location(TextCharacters.renderable(meeting.place())));
    }
    event.add(new Description(cancelled ? "Mødet i " + forum.name() + " er aflyst."
        : "Møde i " + forum.name() + ". Dagsorden og bilag udsendes af sekretariatet."
            + (sequence > 0 ? " Mødet er flyttet: denne invitation erstatter den tidligere." : "")));
    if (cancelled) {
      event.add(ImmutableStatus.VEVENT_CANCELLED);
    }
    event.add(new Organizer(new ParameterList(List.of(new Cn(forum.secretariat() == null ? forum.name()
        : forum.secretariat()))), URI.create("mailto:" + organizer)));
    for (Person person : attendees(forum)) {
      event.add(new Attendee(new ParameterList(List.of(new Cn(person.name()), Role.REQ_PARTICIPANT,
          PartStat.NEEDS_ACTION, Rsvp.TRUE)), URI.create("mailto:" + person.email())));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Sundhedssamarbejdet i Nordjylland//Governance//DA"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    calendar.add(event);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private List<Person> attendees(Forum forum) {
    Set<String> ids = new LinkedHashSet<>();
    for (Membership m : masterData.memberships(forum.id())) {
      if (m.role() == ForumRole.CHAIR || m.role() == ForumRole.MEMBER) {
        ids.add(m.personId());
      }
    }
    return ids.stream().flatMap(id -> masterData.person(id).stream())
        .filter(p -> p.email() != null && !p.email().isBlank()).toList();
  }
}
