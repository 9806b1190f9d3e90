package dk.nordjylland.governance.document;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.List;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * Collects a meeting's data (meeting, forum, people, agenda, decisions) into the view of its agenda or minutes; each
 * part is built by its own class (AttendanceLines, AgendaItemViews, PreMeetingNotes).
 */
@Component
public class MeetingRecords {

  private final Meetings meetings;
  private final MasterData masterData;
  private final DocumentLayout layout;
  private final AttendanceLines attendanceLines;
  private final AgendaItemViews itemViews;
  private final PreMeetingNotes preMeetingNotes;

  MeetingRecords(Meetings meetings, MasterData masterData, DocumentLayout layout, AttendanceLines attendanceLines,
      AgendaItemViews itemViews, PreMeetingNotes preMeetingNotes) {
    this.meetings = meetings;
    this.masterData = masterData;
    this.layout = layout;
    this.attendanceLines = attendanceLines;
    this.itemViews = itemViews;
    this.preMeetingNotes = preMeetingNotes;
  }

  public MeetingRecordView view(String meetingId, DocumentKind kind) {
    return view(meetingId, kind, false);
  }

  /**
   * {@code draft}: the minutes as they stand before the chair approves them, marked "UDKAST" in the title, heading,
   * header and footer of every page and as a watermark (issue 14: the chair approved minutes he could not see).
   */
  public MeetingRecordView view(String meetingId, DocumentKind kind, boolean draft) {
    return view(meetingId, kind, draft, itemId -> true);
  }

  /**
   * The public version (ADR 0055): a closed item shows only its public wording ("Lukket punkt: <public title>", the
   * reason, the public decision); everything else as in the full version.
   */
  public MeetingRecordView publicView(String meetingId, DocumentKind kind) {
    return view(meetingId, kind, false, itemId -> false);
  }

  /**
   * {@code showsConfidential}: per closed item, whether this version shows its confidential content (the full PDF:
   * all; the public PDF: none; a portal page: as PortalAccess decides for the visitor).
   */
  public MeetingRecordView view(String meetingId, DocumentKind kind, boolean draft, LongPredicate showsConfidential) {
    return view(meetingId, kind, draft, showsConfidential, null);
  }

  /**
   * The view of the given agenda entries (the portal: the agenda as last sent, SentAgendas), each item's content as
   * it stands.
   */
  public MeetingRecordView view(String meetingId, DocumentKind kind, LongPredicate showsConfidential,
      List<AgendaEntry> agenda) {
    return view(meetingId, kind, false, showsConfidential, agenda);
  }

  private MeetingRecordView view(String meetingId, DocumentKind kind, boolean draft, LongPredicate showsConfidential,
      List<AgendaEntry> agenda) {
    Meeting meeting = meetings.get(meetingId);
    Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
    boolean minutes = kind == DocumentKind.MINUTES;
    AttendanceLines.Lines attendance = attendanceLines.of(meetingId, forum);
    AgendaItemViews.Part items = agenda == null
        ? itemViews.of(meeting, forum, minutes, showsConfidential, attendance.itemGuests())
        : itemViews.of(meeting, forum, minutes, showsConfidential, attendance.itemGuests(), agenda);

    String time = capitalize(meeting.startsAt().format(DanishDates.LONG_DATE_TIME))
        + (meeting.endsAt() != null ? "-" + meeting.endsAt().format(DanishDates.TIME) : "");
    String heading = (minutes ? "Referat" : "Dagsorden") + (draft ? " – UDKAST" : "");
    List<TextBlocks.Block> introduction = minutes
        ? TextBlocks.of(meetings.minutesIntroduction(meetingId).orElse(null)) : List.of();
    return new MeetingRecordView(kind, draft, heading, meetingId, forum.name(), time, meeting.place(),
        attendance.participants(), attendance.absent(), attendance.substitutes(), attendance.guests(),
        items.caseNumbers(), introduction, layout.tableOfContents(items.views().size()), items.views(),
        (draft ? "UDKAST · " : "") + (minutes ? "Referat" : "Dagsorden") + " · " + forum.name() + " · "
            + meeting.startsAt().format(DanishDates.DATE), preMeetingNotes.of(items.agenda()).stream()
            .filter(n -> !items.hidden().contains(n.position())).toList());
  }

  /** "Tove Brandt, Aalborg Kommune": a person as the minutes and the screens name them. */
  public String describe(String personId) {
    return attendanceLines.describe(personId);
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
