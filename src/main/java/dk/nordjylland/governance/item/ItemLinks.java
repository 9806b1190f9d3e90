package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a matter goes and where it came from, in words and as links both ways (ADR 0044). The meeting a forwarded
 * item lands on is resolved here, the same way for the minutes (before the follow-up) and for the follow-up itself.
 */
@Component
public class ItemLinks {

  private final Meetings meetings;
  private final MeetingTexts texts;
  private final MasterData masterData;
  private final ItemForwards forwards;

  ItemLinks(Meetings meetings, MeetingTexts texts, MasterData masterData, ItemForwards forwards) {
    this.meetings = meetings;
    this.texts = texts;
    this.masterData = masterData;
    this.forwards = forwards;
  }

  /** The forum a decision sends the item to: the one named, else the named meeting's forum. */
  Optional<String> targetForum(String targetForumId, String targetMeetingId) {
    if (DecisionInput.notBlank(targetForumId)) {
      return Optional.of(targetForumId);
    }
    return DecisionInput.notBlank(targetMeetingId) ? meetings.find(targetMeetingId).map(Meeting::forumId)
        : Optional.empty();
  }

  /**
   * The meeting a forwarded item lands on: the named one, else the forum's first meeting after the sending one that
   * still takes items; empty: the forum's pipeline, which its next call for items gathers.
   */
  Optional<Meeting> destination(String forumId, String targetMeetingId, Meeting from) {
    Optional<Meeting> named = DecisionInput.notBlank(targetMeetingId) ? meetings.find(targetMeetingId)
        : Optional.empty();
    // A named meeting cancelled since the decision: the forum's next meeting instead, so nothing lands on it.
    if (named.isPresent() && named.get().status() != MeetingStatus.CANCELLED) {
      return named;
    }
    return meetings.nextOpen(forumId, from.startsAt());
  }

  /**
   * Where the meeting's decision sends the item, for the minutes: once the follow-up has sent it, where it went;
   * before, where it will go (the same rule). Empty when the decision keeps it here or brings it back.
   */
  public Optional<String> whereItGoes(AgendaEntry entry, Meeting from) {
    Optional<String> went = forwards.sentOn(from.id(), entry.itemId()).stream()
        .filter(f -> f.kind() == ItemForward.Kind.FORWARDED).map(this::sentOnLink).map(ItemLink::text).findFirst();
    if (went.isPresent() || entry.outcome() == null) {
      return went;
    }
    if (!entry.outcome().sendsOn(entry.namesTarget())) {
      return Optional.empty();
    }
    return targetForum(entry.targetForumId(), entry.targetMeetingId())
        .map(forum -> sentOnText(forum, destination(forum, entry.targetMeetingId(), from)));
  }

  /** "Sendt videre til Strategisk Sundhedsforum – kommunalt formøde 29.09.2025". */
  public String sentOnText(String forumId, Optional<Meeting> meeting) {
    Forum forum = masterData.forum(forumId).orElse(null);
    if (forum == null) {
      return "Sendt videre til " + forumId;
    }
    return "Sendt videre til " + meeting.map(m -> meetingName(forum, m))
        .orElse(forum.name() + " – forummets næste møde (endnu ikke planlagt)");
  }

  /**
   * "Strategisk Sundhedsforum – møde 25.11.2025"; a pre-meeting by its main forum: "Strategisk Sundhedsforum –
   * kommunalt formøde 29.09.2025".
   */
  String meetingName(Forum forum, Meeting meeting) {
    String date = DanishDates.numeric(meeting.startsAt());
    Forum main = forum.preMeetingOf() == null ? null : masterData.forum(forum.preMeetingOf()).orElse(null);
    if (main == null) {
      return forum.name() + " – møde " + date;
    }
    String name = forum.name();
    String suffix = " til " + main.name();
    if (name.endsWith(suffix)) {
      name = name.substring(0, name.length() - suffix.length());
    }
    return main.name() + " – " + Character.toLowerCase(name.charAt(0)) + name.substring(1) + " " + date;
  }

  /** "FFU 10.12.2026, punkt 4" (or "FFU 10.12.2026, screeningen" for an item the screening sent on). */
  public String place(String meetingId, Integer position) {
    String meeting = meetings.find(meetingId).map(texts::shortTitle).orElse(meetingId);
    return meeting + (position == null ? ", screeningen" : ", punkt " + position);
  }

  /** Where the item came from, each as "Fra: FFU 10.12.2026, punkt 4" with a link to the item on that agenda. */
  public List<ItemLink> cameFrom(long itemId) {
    return forwards.cameFrom(itemId).stream()
        .map(f -> new ItemLink(f.fromItemId(), f.fromMeetingId(), "Fra: " + place(f.fromMeetingId(), f.fromPosition())
            + (f.kind() == ItemForward.Kind.POSTPONED_PART ? " (udskudt del)" : ""), ItemLink.href(f.fromItemId())))
        .toList();
  }

  /** Where the item went from any meeting, with a link to the item that went on. */
  public List<ItemLink> sentOn(long itemId) {
    return forwards.sentOnFrom(itemId).stream().map(this::sentOnLink).toList();
  }

  /** Where the item went from this meeting (empty before the minutes are approved). */
  public List<ItemLink> sentOn(String meetingId, long itemId) {
    return forwards.sentOn(meetingId, itemId).stream().map(this::sentOnLink).toList();
  }

  private ItemLink sentOnLink(ItemForward f) {
    Optional<Meeting> target = f.targetMeetingId() == null ? Optional.empty() : meetings.find(f.targetMeetingId());
    String text = f.kind() == ItemForward.Kind.POSTPONED_PART
        ? "Udskudt del: " + target.map(m -> "sat på " + texts.shortTitle(m)).orElse("venter i forummets pipeline")
            + " som eget punkt"
        : sentOnText(f.targetId(), target);
    return new ItemLink(f.itemId(), f.targetMeetingId(), text, ItemLink.href(f.itemId()));
  }
}
