package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingCycleProcess;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 15: a standing item (fast punkt, configured per forum in governance.cycle.forums.*.standing-items and added to
 * every meeting by the call for items) is an item like any other: the forum's secretariat fills in its content for
 * the meeting until the agenda is approved, and the agenda and minutes print it. The API and the call-for-items
 * screen both fill it here.
 */
@Service
public class StandingItems {

  private final Items items;
  private final Meetings meetings;
  private final ForumAccess forumAccess;
  private final Directory directory;
  private final RuntimeService runtime;
  private final JdbcClient jdbc;

  StandingItems(Items items, Meetings meetings, ForumAccess forumAccess, Directory directory, RuntimeService runtime,
      JdbcClient jdbc) {
    this.items = items;
    this.meetings = meetings;
    this.forumAccess = forumAccess;
    this.directory = directory;
    this.runtime = runtime;
    this.jdbc = jdbc;
  }

  /**
   * Replaces the standing item's texts and indstilling.
   *
   * @throws dk.nordjylland.governance.validation.NotFoundException an unknown item, or one the user may not read
   * @throws NotAllowedException (403) the user is not of the forum's secretariat
   * @throws ConflictException (409) not a standing item, or its meeting's agenda is approved (or the meeting over)
   * @throws dk.nordjylland.governance.validation.UserInputException (400) a text too long
   */
  @Transactional
  public Item fill(long itemId, StandingItemContent content, String user) {
    Item item = items.find(itemId).orElse(null);
    ForumAccess.Reader reader = forumAccess.reader(user);
    if (item == null || !ItemAccess.mayRead(item, items.history(itemId), reader)) {
      throw ItemAccess.unknown(itemId);
    }
    String secretariat = ForumRole.SECRETARIAT.groupId(item.forumId());
    if (!reader.is(secretariat)) {
      throw new NotAllowedException("Kun " + directory.groupName(secretariat) + " kan udfylde de faste punkter.");
    }
    if (!item.standing()) {
      throw new ConflictException("\"" + item.title() + "\" er ikke et fast punkt. Et foreslået punkts indhold"
          + " ændres af forslagsstilleren.");
    }
    String closed = closedReason(item);
    if (closed != null) {
      throw new ConflictException(closed);
    }
    new Problems()
        .maxLength(content.summary(), TextLimits.ITEM_TEXT, "Resumé")
        .maxLength(content.presentation(), TextLimits.PRESENTATION, "Sagsfremstilling")
        .maxLength(content.economy(), TextLimits.ITEM_TEXT, "Økonomi")
        .maxLength(content.furtherProcessing(), TextLimits.ITEM_TEXT, "Fortsat sagsbehandling")
        .require(content.recommendations().stream().allMatch(r -> r.length() <= 2000),
            "En indstilling må højst have 2000 tegn.")
        .require(content.recommendations().size() <= 50, "Indstillingen må højst have 50 punkter.")
        .throwIfAny("Det faste punkt kan ikke gemmes");
    jdbc.sql("update gov_item set summary = ?, presentation = ?, economy = ?, further_processing = ?,"
            + " version = version + 1 where id = ?")
        .params(content.summary(), content.presentation(), content.economy(), content.furtherProcessing(), itemId)
        .update();
    jdbc.sql("delete from gov_item_recommendation where item_id = ?").param(itemId).update();
    for (int i = 0; i < content.recommendations().size(); i++) {
      jdbc.sql("insert into gov_item_recommendation (item_id, number, text) values (?, ?, ?)")
          .params(itemId, i + 1, content.recommendations().get(i)).update();
    }
    items.event(itemId, ItemEventKind.CONTENT_FILLED, item.forumId(), item.meetingId(), "Indholdet er udfyldt",
        user, EngineClock.now());
    return items.find(itemId).orElseThrow();
  }

  /** Why the item's content can no longer change (Danish), or null while its meeting's agenda is not approved. */
  public String closedReason(Item item) {
    Meeting meeting = item.meetingId() == null ? null : meetings.find(item.meetingId()).orElse(null);
    boolean open = meeting != null && (meeting.status() == MeetingStatus.PLANNED
        || meeting.status() == MeetingStatus.CALL_FOR_ITEMS)
        && (item.status() == ItemStatus.PROPOSED || item.status() == ItemStatus.ON_AGENDA);
    if (open) {
      ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(meeting.id())
          .processDefinitionKey(MeetingCycleProcess.KEY).singleResult();
      open = cycle == null || !Boolean.TRUE.equals(runtime.getVariable(cycle.getId(),
          MeetingCycleProcess.AGENDA_APPROVED.getName()));
    }
    return open ? null : "Det faste punkt \"" + item.title() + "\" kan ikke længere udfyldes: dagsordenen til mødet"
        + " er godkendt. Skriv eventuelle tilføjelser i referatet.";
  }
}
