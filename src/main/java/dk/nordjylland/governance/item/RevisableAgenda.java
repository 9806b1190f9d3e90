package dk.nordjylland.governance.item;

import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.meeting.PublishedAgendas;
import dk.nordjylland.governance.validation.ConflictException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A sent agenda that the forum's secretariat may still change (ADR 0058): the meeting's agenda is sent (version 1 or
 * later) and its attendance and decisions are not recorded yet; a meeting that has begun still counts. What the
 * revision page and the API show (the items that can join as late items, what changed since the last version, the
 * revised versions sent), and the check the three use cases make first.
 */
@Component
public class RevisableAgenda {

  /** The standing item a late item goes before, by default ("Eventuelt (Fast punkt)" and the like). */
  static final String ANY_OTHER_BUSINESS = "eventuelt";

  private final Items items;
  private final Meetings meetings;
  private final MeetingTexts texts;
  private final PublishedAgendas published;
  private final AgendaRevisions revisions;

  RevisableAgenda(Items items, Meetings meetings, MeetingTexts texts, PublishedAgendas published,
      AgendaRevisions revisions) {
    this.items = items;
    this.meetings = meetings;
    this.texts = texts;
    this.published = published;
    this.revisions = revisions;
  }

  /** Why the meeting's sent agenda cannot be changed now, in Danish; null if it can. */
  public String whyNot(Meeting meeting) {
    String title = texts.title(meeting);
    return switch (meeting.status()) {
      case CANCELLED -> "Mødet er aflyst: " + title + ". Dagsordenen kan ikke rettes.";
      case HELD, MINUTES_PUBLISHED, COMPLETED -> "Fremmøde og beslutninger for " + title + " er registreret, så"
          + " dagsordenen kan ikke rettes længere. Ret i stedet referatet.";
      case PLANNED, CALL_FOR_ITEMS -> "Dagsordenen til " + title + " er ikke udsendt endnu. Punkterne sættes på i"
          + " screeningen.";
      case AGENDA_PUBLISHED -> published.latestVersion(meeting.id()) == 0 ? "Der er ikke udsendt en dagsorden til "
          + title + ", som kan rettes." : null;
    };
  }

  /**
   * The meeting, locked against its recording while the agenda is changed.
   *
   * @throws ConflictException (409, Danish) when the sent agenda cannot be changed now
   */
  Meeting lock(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    String why = whyNot(meeting);
    if (why != null) {
      throw new ConflictException(why);
    }
    if (!meetings.lockInStatus(meetingId, MeetingStatus.AGENDA_PUBLISHED)) {
      throw new ConflictException(whyNot(meetings.get(meetingId)));
    }
    return meeting;
  }

  /** The forum's proposed items that can join the agenda as a late item (tillægspunkt), oldest first. */
  public List<Item> lateItemChoices(Meeting meeting) {
    return revisions.waitingItems(meeting.forumId()).stream().map(items::get).toList();
  }

  /** Where a late item goes unless another position is chosen: before "Eventuelt", else last. */
  public int defaultPosition(String meetingId) {
    List<AgendaEntry> agenda = items.agenda(meetingId);
    for (AgendaEntry e : agenda) {
      Item item = items.get(e.itemId());
      if (item.standing() && item.title().strip().toLowerCase(Locale.ROOT).startsWith(ANY_OTHER_BUSINESS)) {
        return e.position();
      }
    }
    return agenda.size() + 1;
  }

  /** What the members would read as changed if the agenda were sent now; empty if nothing changed. */
  public List<String> changesSinceSent(String meetingId) {
    return published.changesSinceLatest(meetingId);
  }

  /** The number of the latest version sent to the members (1 for the cycle's own). */
  public int latestVersion(String meetingId) {
    return published.latestVersion(meetingId);
  }

  /** The revised agendas sent so far, oldest first. */
  public List<RevisedAgenda> sent(String meetingId) {
    return revisions.sendings(meetingId);
  }
}
