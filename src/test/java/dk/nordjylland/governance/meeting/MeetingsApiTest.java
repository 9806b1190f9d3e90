package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 point 1 (part): meetings through the API. An extra meeting is created with its cycle started; a meeting
 * is cancelled (cycle gone, items on to the next meeting, members told by mail); a meeting moves to another place
 * and keeps its id. Each with the refusals a secretariat can run into, nothing saved.
 */
@GovernanceTest
class MeetingsApiTest {

  @Autowired ApiClient api;
  @Autowired MeetingRun run;
  @Autowired Meetings meetings;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationOutbox notifications;
  @Autowired Outbox outbox;
  @Autowired GreenMail greenMail;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void theSecretariatCreatesAnExtraMeetingAndItsCycleStartsWithTheCallForItems() {
    Clock.set(LocalDateTime.of(2044, 1, 8, 9, 0));
    JsonNode created = api.body(api.post("/api/meetings", "karen.lund", body("forumId", "ffu",
        "startsAt", "2044-02-04T13:00:00", "endsAt", "2044-02-04T15:00:00", "place", "Aalborg Rådhus, lokale 1")));

    String id = created.get("id").asText();
    assertThat(id).isEqualTo("ffu-2044-02-04-extra");
    Meeting meeting = meetings.get(id);
    assertThat(meeting.place()).isEqualTo("Aalborg Rådhus, lokale 1");
    assertThat(meeting.status()).isEqualTo(MeetingStatus.CALL_FOR_ITEMS);
    assertThat(meeting.processInstanceId()).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey(COLLECT_ITEMS).count()).isEqualTo(1);
    // Its standing items are in its pipeline, as at any meeting's call for items.
    assertThat(api.body(api.get("/api/meetings/" + id + "/pipeline", "karen.lund")))
        .extracting(i -> i.get("title").asText()).contains("Eventuelt");
  }

  @Test
  void anExtraMeetingIsRefusedInDanishAndNothingIsSaved() {
    Clock.set(LocalDateTime.of(2045, 1, 9, 9, 0));
    long before = meetingCount();
    Map<Map<String, Object>, String> refused = new LinkedHashMap<>();
    refused.put(body("forumId", "ffu", "startsAt", "2045-01-05T13:00:00"),
        "Et møde kan ikke oprettes på et tidspunkt, der er gået.");
    refused.put(body("forumId", "ffu", "startsAt", "2045-03-04T13:00:00"),
        "dagen er en lørdag og ikke en arbejdsdag.");
    refused.put(body("forumId", "nyt-forum", "startsAt", "2045-03-02T13:00:00"), "Forummet 'nyt-forum' findes ikke.");
    refused.put(body("forumId", "ffu", "startsAt", "2045-03-02T13:00:00", "endsAt", "2045-03-02T12:00:00"),
        "Mødet skal slutte efter det begynder.");
    refused.put(body("forumId", "ffu", "startsAt", "2045-03-02T13:00:00", "sted", "Aalborg"),
        "Feltet 'sted' kendes ikke her");
    refused.forEach((request, message) -> {
      ResponseEntity<String> response = api.post("/api/meetings", "karen.lund", request);
      assertThat(response.getStatusCode().value()).as("%s: %s", request, response.getBody()).isEqualTo(400);
      assertThat(api.json(response).get("detail").asText()).contains(message);
    });

    ResponseEntity<String> byMember = api.post("/api/meetings", "tove.brandt",
        body("forumId", "ffu", "startsAt", "2045-03-02T13:00:00"));
    assertThat(byMember.getStatusCode().value()).as(byMember.getBody()).isEqualTo(403);
    assertThat(api.json(byMember).get("detail").asText()).startsWith("Du kan ikke oprette møder i FFU.");
    assertThat(meetingCount()).isEqualTo(before);
  }

  @Test
  void aCancelledMeetingsCycleEndsItsItemsGoToTheNextMeetingAndTheMembersAreMailed() throws Exception {
    LocalDateTime first = LocalDateTime.of(2046, 3, 1, 12, 0);
    Clock.set(first.minusDays(40));
    String cancelled = run.start("ffu", first);
    String next = run.start("ffu", first.plusDays(28));
    long itemId = itemProposals.propose(new ItemProposal("ffu", cancelled, "Drøftelse: Udskrivning af borgere i weekenden",
        null, "Resumé.", null, null, null, null, List.of(), List.of()), "karen.lund");
    String instance = meetings.get(cancelled).processInstanceId();

    ResponseEntity<String> byMember = api.post("/api/meetings/" + cancelled + "/cancel", "tove.brandt",
        body("reason", "Ingen punkter"));
    assertThat(byMember.getStatusCode().value()).as(byMember.getBody()).isEqualTo(403);
    ResponseEntity<String> noReason = api.post("/api/meetings/" + cancelled + "/cancel", "karen.lund", body());
    assertThat(noReason.getStatusCode().value()).as(noReason.getBody()).isEqualTo(400);
    assertThat(meetings.get(cancelled).status()).isEqualTo(MeetingStatus.CALL_FOR_ITEMS);

    JsonNode answer = api.body(api.post("/api/meetings/" + cancelled + "/cancel", "karen.lund",
        body("reason", "Mødelederen er syg; punkterne tages på næste møde.")));

    assertThat(answer.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cancelled).count()).isZero();
    Item item = items.get(itemId);
    assertThat(item.meetingId()).isEqualTo(next);
    assertThat(item.status()).isEqualTo(ItemStatus.PROPOSED);
    // The cancelled meeting's own standing items do not follow: the next meeting has one "Eventuelt".
    assertThat(items.get(itemId)).isNotNull();
    assertThat(jdbc.sql("select count(*) from gov_item where meeting_id = ? and title = 'Eventuelt'").param(next)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from gov_item where meeting_id = ?").param(cancelled)
        .query(Long.class).single()).isZero();

    Notification told = notifications.ofMeeting(cancelled).stream()
        .filter(n -> n.kind() == NotificationKind.MEETING_CANCELLED).findFirst().orElseThrow();
    List<MimeMessage> mails = deliver(told);
    assertThat(mails.get(0).getSubject()).startsWith("Mødet er aflyst: Fælles Forretningsudvalg");
    assertThat(told.body()).contains("Begrundelse: Mødelederen er syg; punkterne tages på næste møde.")
        .contains("Mødets 1 punkt(er) er flyttet til Fælles Forretningsudvalg");
    assertThat(told.recipientGroup()).isEqualTo("ffu-members");

    ResponseEntity<String> again = api.post("/api/meetings/" + cancelled + "/cancel", "karen.lund",
        body("reason", "Igen"));
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);
  }

  @Test
  void aMeetingThatWasHeldCannotBeCancelled() {
    LocalDateTime held = LocalDateTime.of(2047, 3, 7, 12, 0);
    Clock.set(held.minusDays(40));
    String meeting = run.start("ffu", held);
    run.hold(meeting);
    MeetingStatus status = meetings.get(meeting).status();

    ResponseEntity<String> response = api.post("/api/meetings/" + meeting + "/cancel", "karen.lund",
        body("reason", "For sent"));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(409);
    assertThat(api.json(response).get("detail").asText()).endsWith("er holdt (eller i gang) og kan ikke aflyses.");
    assertThat(meetings.get(meeting).status()).isEqualTo(status);
  }

  @Test
  void aMeetingMovesToAnotherPlaceAndKeepsItsIdAndTime() {
    LocalDateTime at = LocalDateTime.of(2048, 3, 5, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);

    JsonNode moved = api.body(api.post("/api/meetings/" + meeting + "/move", "karen.lund",
        body("place", "Hjørring Rådhus, byrådssalen")));

    assertThat(moved.get("id").asText()).isEqualTo(meeting);
    assertThat(meetings.get(meeting).place()).isEqualTo("Hjørring Rådhus, byrådssalen");
    assertThat(meetings.get(meeting).startsAt()).isEqualTo(at);
    assertThat(notifications.ofMeeting(meeting)).filteredOn(n -> n.kind() == NotificationKind.MEETING_MOVED)
        .singleElement().satisfies(n -> assertThat(n.body()).contains("til Hjørring Rådhus, byrådssalen"));
  }

  private List<MimeMessage> deliver(Notification notification) throws Exception {
    String instance = outbox.delivery(notification.id()).orElseThrow().deliveryProcessInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).singleResult().getId());
    List<MimeMessage> received = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      String[] header = m.getHeader("X-Governance-Notification");
      if (header != null && Arrays.asList(header).contains(String.valueOf(notification.id()))) {
        received.add(m);
      }
    }
    assertThat(received).as("mails of notification %d", notification.id()).isNotEmpty();
    return received;
  }

  private long meetingCount() {
    return jdbc.sql("select count(*) from gov_meeting").query(Long.class).single();
  }
}
