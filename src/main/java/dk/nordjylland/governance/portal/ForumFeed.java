package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.invitation.Invitations;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.validation.TextCharacters;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * A forum's meetings as a calendar to subscribe to (METHOD:PUBLISH): every meeting, a cancelled one as
 * STATUS:CANCELLED, a moved one at its new time, each with a link to its page. No attendees: the feed is for anyone
 * who may read the forum. UIDs differ from the invitations' (Invitations.uid), so a member's calendar that has both
 * keeps the invitation as it is.
 */
@Component
class ForumFeed {

  String ics(Forum forum, List<Meeting> meetings, String baseUrl) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Sundhedssamarbejdet i Nordjylland//Mødeportal//DA"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", forum.name()));
    Instant stamp = EngineClock.currentTime().toInstant();
    for (Meeting meeting : meetings) {
      boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
      Instant start = meeting.startsAt().atZone(EngineClock.zone()).toInstant();
      Instant end = (meeting.endsAt() != null ? meeting.endsAt() : meeting.startsAt().plusHours(2))
          .atZone(EngineClock.zone()).toInstant();
      VEvent event = new VEvent(start, end, (cancelled ? "Aflyst: " : "") + forum.name());
      event.replace(new DtStamp(stamp));
      event.add(new Uid(meeting.id() + ".kalender@" + Invitations.UID_DOMAIN));
      if (meeting.place() != null) {
        event.add(new Location(TextCharacters.renderable(meeting.place())));
      }
      String moved = PortalTexts.moved(meeting);
      event.add(new Description("Møde i " + forum.name() + "." + (cancelled ? " Mødet er aflyst." : "")
          + (moved != null ? " " + moved + "." : "") + " Dagsorden og referat: " + baseUrl + "/moeder/"
          + meeting.id()));
      event.add(new Url(URI.create(baseUrl + "/moeder/" + meeting.id())));
      if (cancelled) {
        event.add(ImmutableStatus.VEVENT_CANCELLED);
      }
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
