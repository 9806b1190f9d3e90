package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.document.SentAgendas;
import dk.nordjylland.governance.document.TextBlocks;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.portal.CasePassports.Step;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The case passport's path across forums: one step per agenda the item stood on that the visitor may read, its
 * decision once the minutes are approved (the public decision of a closed item the visitor may not read).
 */
@Component
class CaseSteps {

  private final PortalAccess access;
  private final SentAgendas sentAgendas;
  private final Meetings meetings;
  private final MasterData masterData;
  private final ClosedItems closedItems;

  CaseSteps(PortalAccess access, SentAgendas sentAgendas, Meetings meetings, MasterData masterData,
      ClosedItems closedItems) {
    this.access = access;
    this.sentAgendas = sentAgendas;
    this.meetings = meetings;
    this.masterData = masterData;
    this.closedItems = closedItems;
  }

  List<Step> of(Viewer viewer, long itemId, boolean confidential) {
    List<Step> steps = new ArrayList<>();
    // The agendas as sent: a late item's meeting once the revised agenda is sent, a withdrawn one's until then.
    for (AgendaEntry entry : sentAgendas.entriesOf(itemId)) {
      Meeting meeting = meetings.find(entry.meetingId()).orElse(null);
      if (meeting == null || !access.agendaOpen(viewer, meeting)) {
        continue;
      }
      Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
      boolean decided = access.minutesOpen(viewer, meeting) && entry.outcome() != null;
      String sentTo = decided && entry.targetForumId() != null
          ? masterData.forum(entry.targetForumId()).map(Forum::name).orElse(null) : null;
      String sentToMeeting = sentTo != null && entry.targetMeetingId() != null
          && meetings.find(entry.targetMeetingId()).filter(m -> access.seesForum(viewer, m.forumId())).isPresent()
          ? entry.targetMeetingId() : null;
      steps.add(new Step(forum.name(), meeting.id(), PortalTexts.title(forum, meeting), entry.position(), decided,
          decided ? entry.outcome().danish() : null, !decided ? List.of() : TextBlocks.of(confidential
              ? entry.decisionText() : closedItems.publicDecision(meeting.id(), itemId)),
          decided && confidential ? entry.reservation() : null, sentTo, sentToMeeting));
    }
    return steps;
  }
}
