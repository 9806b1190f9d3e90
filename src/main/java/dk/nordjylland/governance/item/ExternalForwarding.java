package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.ExternalBody;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.OwnerNames;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.validation.Problems;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Items a meeting sends on to a body outside the collaboration (issue 15): recorded with the meeting, printed in the
 * minutes ("Sendt videre til KKR Nordjyllands sekretariat"), and, once the minutes are approved, mailed to the body as
 * a letter with the item's texts and the decision, and kept in the item's history. A separate step beside the
 * decision (an item can be decided and also sent on), so the decision's own rules stay as they are.
 */
@Service
public class ExternalForwarding {

  /** Subject of a problem with the n-th forward of a record (from 1). */
  static final String SUBJECT = "externalForward:";
  /** Each text of the item is quoted up to this; the whole letter fits the outbox's 8000 characters. */
  private static final int QUOTE = 1500;
  private static final int LETTER = 7900;

  private final JdbcClient jdbc;
  private final MasterData masterData;
  private final Items items;
  private final Notifications notifications;
  private final OwnerNames names;

  private final ClosedItems closedItems;

  ExternalForwarding(JdbcClient jdbc, MasterData masterData, Items items, Notifications notifications,
      OwnerNames names, ClosedItems closedItems) {
    this.closedItems = closedItems;
    this.jdbc = jdbc;
    this.masterData = masterData;
    this.items = items;
    this.notifications = notifications;
    this.names = names;
  }

  /** Each forward names an item of the agenda and a known external body, once. */
  void check(List<ExternalForwardInput> forwards, Map<Long, AgendaEntry> onAgenda, Problems problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < forwards.size(); i++) {
      ExternalForwardInput f = forwards.get(i);
      String subject = subject(i + 1);
      AgendaEntry entry = f.itemId() == null ? null : onAgenda.get(f.itemId());
      if (entry == null) {
        problems.add(subject, "Videresendelse " + (i + 1) + ": punkt " + f.itemId() + " er ikke på dagsordenen for mødet.");
        continue;
      }
      String body = f.externalBodyId() == null ? "" : f.externalBodyId().strip();
      if (body.isEmpty()) {
        problems.add(subject, "Punkt " + entry.position() + ": vælg den eksterne part, punktet sendes videre til.");
      } else if (masterData.externalBody(body).isEmpty()) {
        problems.add(subject, "Punkt " + entry.position() + ": den eksterne part '" + body + "' findes ikke.");
      } else {
        problems.require(seen.add(f.itemId() + "/" + body), subject,
            "Punkt " + entry.position() + " sendes videre til den samme eksterne part mere end én gang.");
      }
    }
  }

  /** The meeting's forwards as recorded (a recording again replaces them). */
  void record(String meetingId, List<ExternalForwardInput> forwards) {
    jdbc.sql("delete from gov_external_forward where meeting_id = ? and sent_at is null").param(meetingId).update();
    for (ExternalForwardInput f : forwards) {
      jdbc.sql("insert into gov_external_forward (meeting_id, item_id, body_id) values (?, ?, ?)")
          .params(meetingId, f.itemId(), f.externalBodyId().strip()).update();
    }
  }

  /** The names of the bodies the meeting sent the item on to, for the minutes. */
  public List<String> receivers(String meetingId, long itemId) {
    return jdbc.sql("select b.name from gov_external_forward f join gov_external_body b on b.id = f.body_id"
            + " where f.meeting_id = ? and f.item_id = ? order by b.name")
        .params(meetingId, itemId).query(String.class).list();
  }

  /** The ids of the bodies the meeting sends the item on to (the record screen shows them again). */
  public List<String> bodyIds(String meetingId, long itemId) {
    return jdbc.sql("select body_id from gov_external_forward where meeting_id = ? and item_id = ? order by body_id")
        .params(meetingId, itemId).query(String.class).list();
  }

  /** After the minutes are approved: a letter to each body, and the item's history says so. Sent once. */
  void send(Meeting meeting) {
    List<Unsent> unsent = jdbc.sql("select item_id, body_id from gov_external_forward"
            + " where meeting_id = ? and sent_at is null order by item_id, body_id").param(meeting.id())
        .query((rs, n) -> new Unsent(rs.getLong("item_id"), rs.getString("body_id"))).list();
    LocalDateTime now = EngineClock.now();
    List<AgendaEntry> agenda = items.agenda(meeting.id());
    for (Unsent row : unsent) {
      long itemId = row.itemId();
      ExternalBody body = masterData.externalBody(row.bodyId()).orElseThrow();
      Item item = items.find(itemId).orElseThrow();
      AgendaEntry entry = agenda.stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow();
      Closure closure = closedItems.closure(itemId);
      if (closure.closed()) {
        // A body outside the collaboration reads a closed item's public wording only (ADR 0055).
        item = closure.publicItem(item);
        entry = new AgendaEntry(entry.meetingId(), entry.itemId(), entry.position(), null, entry.outcome(),
            closedItems.publicDecision(meeting.id(), itemId), null, null, null, null, entry.decidedAt(), null);
      }
      String forum = masterData.forum(meeting.forumId()).map(f -> f.name()).orElse(meeting.forumId());
      notifications.toAddress(body.name(), body.email(), NotificationKind.ITEM_SENT_ON, meeting.id(),
          shorten("Sendt videre fra " + forum + ": " + item.title(), 300),
          letter(body, item, entry, forum, meeting));
      items.event(itemId, ItemEventKind.SENT_TO_EXTERNAL_BODY, meeting.forumId(), meeting.id(),
          "Sendt videre til " + body.name(), "system", now);
      jdbc.sql("update gov_external_forward set sent_at = ? where meeting_id = ? and item_id = ? and body_id = ?")
          .params(now, meeting.id(), itemId, body.id()).update();
    }
  }

  private record Unsent(long itemId, String bodyId) {}

  private String letter(ExternalBody body, Item item, AgendaEntry entry, String forum, Meeting meeting) {
    StringBuilder text = new StringBuilder();
    if (body.address() != null && !body.address().isBlank()) {
      text.append(body.name()).append("\n").append(body.address()).append("\n\n");
    }
    text.append(forum).append(" behandlede på sit møde ")
        .append(meeting.startsAt().format(DanishDates.LONG_DATE)).append(" punkt ").append(entry.position())
        .append(" »").append(item.title()).append("« og besluttede at sende det videre til ").append(body.name())
        .append(".");
    part(text, "Sagsnr.", item.caseNumber());
    part(text, "Resumé", item.summary());
    part(text, "Sagsfremstilling", item.presentation());
    part(text, "Økonomi", item.economy());
    List<Recommendation> recommendations = closedItems.isClosed(item.id()) ? List.of()
        : items.recommendations(item.id());
    if (!recommendations.isEmpty()) {
      StringBuilder list = new StringBuilder();
      for (int i = 0; i < recommendations.size(); i++) {
        list.append(i + 1).append(". ").append(recommendations.get(i).text()).append("\n");
      }
      part(text, "Indstilling", list.toString());
    }
    part(text, "Beslutning", (entry.outcome() == null ? "" : entry.outcome().danish())
        + (entry.decisionText() == null || entry.decisionText().isBlank() ? "" : ": " + entry.decisionText()));
    text.append("\n\nSpørgsmål om sagen kan rettes til ")
        .append(names.name(ForumRole.SECRETARIAT.groupId(meeting.forumId()))).append(".");
    return shorten(text.toString(), LETTER);
  }

  private static void part(StringBuilder text, String heading, String value) {
    if (value != null && !value.isBlank()) {
      text.append("\n\n").append(heading).append(":\n").append(shorten(value, QUOTE));
    }
  }

  static String subject(int number) {
    return SUBJECT + number;
  }

  private static String shorten(String text, int max) {
    String value = text.strip();
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
