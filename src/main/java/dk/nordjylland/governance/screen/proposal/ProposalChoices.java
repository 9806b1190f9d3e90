package dk.nordjylland.governance.screen.proposal;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.CallForItems;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.MeetingTexts;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a person may choose on the proposal screen: the forums they may propose to ({@code governance.proposals},
 * {@link ForumAccess#mayPropose}) by name, each with its meetings that take items now and the one "next meeting"
 * means (ADR 0031: a proposal without a meeting goes to the forum's next meeting that takes items).
 */
@Component
class ProposalChoices {

  private final MasterData masterData;
  private final ForumAccess forumAccess;
  private final CallForItems call;
  private final MeetingTexts texts;

  ProposalChoices(MasterData masterData, ForumAccess forumAccess, CallForItems call, MeetingTexts texts) {
    this.masterData = masterData;
    this.forumAccess = forumAccess;
    this.call = call;
    this.texts = texts;
  }

  Choices of(String userId) {
    List<ForumChoice> forums = masterData.forums().stream().filter(f -> forumAccess.mayPropose(userId, f.id()))
        .map(f -> new ForumChoice(f, call.meetingsTakingItemsFrom(f.id(), userId),
            call.nextTakingItems(f.id()).map(texts::title).orElse(null)))
        .toList();
    return new Choices(forums);
  }

  /** A forum's name, also of one the person may not propose to (for the message that says so). */
  Optional<String> forumName(String forumId) {
    return masterData.forum(forumId).map(Forum::name);
  }

  /** "Lone Berg": the person's name from the master data, else the user id. */
  String nameOf(String userId) {
    return masterData.person(userId).map(Person::name).filter(n -> !n.isBlank()).orElse(userId);
  }

  /** The forums a person may propose to, in the master data's order. */
  public record Choices(List<ForumChoice> forums) {

    List<String> forumIds() {
      return forums.stream().map(ForumChoice::id).toList();
    }

    Optional<ForumChoice> forum(String forumId) {
      return forums.stream().filter(f -> f.id().equals(forumId)).findFirst();
    }

    /** The offered forum whose meeting this is, if any. */
    Optional<ForumChoice> forumOfMeeting(String meetingId) {
      return forums.stream().filter(f -> f.meetingIds().contains(meetingId)).findFirst();
    }
  }

  /**
   * A forum offered for proposals.
   *
   * @param next the title of the meeting "next meeting that takes items" means now, or null if there is none
   */
  public record ForumChoice(Forum forum, List<CallForItems.OpenMeeting> meetings, String next) {

    public String id() {
      return forum.id();
    }

    public String name() {
      return forum.name();
    }

    public List<String> meetingIds() {
      return meetings.stream().map(m -> m.meeting().id()).toList();
    }
  }
}
