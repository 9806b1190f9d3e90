package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 point 3: a proposal's fields are kept or refused, never silently dropped (unknown fields 400 naming
 * them; kind, guests and standing taken), and a standing item that was not treated is not on the next agenda twice.
 */
@GovernanceTest
class ProposalFieldsTest {

  /** FFU meetings of their own, far from the calendar and other classes' meetings. */
  static final LocalDateTime FIRST = LocalDateTime.of(2041, 3, 7, 12, 0);
  /** Pairs of consecutive meetings, one pair per test of standing items (the next meeting must be the pair's). */
  static final LocalDateTime RETURNING = LocalDateTime.of(2042, 3, 6, 12, 0);
  static final LocalDateTime RETURNING_NEXT = LocalDateTime.of(2042, 4, 3, 12, 0);
  static final LocalDateTime WAITING = LocalDateTime.of(2043, 3, 5, 12, 0);
  static final LocalDateTime WAITING_NEXT = LocalDateTime.of(2043, 4, 2, 12, 0);

  @Autowired ApiClient api;
  @Autowired MeetingRun run;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    Clock.set(FIRST.minusDays(40));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  Map<String, Object> proposal(String meetingId, Object... more) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("forumId", "ffu", "meetingId", meetingId,
        "title", "Status på udbud af hjælpemidler", "summary", "Resumé."));
    for (int i = 0; i < more.length; i += 2) {
      body.put((String) more[i], more[i + 1]);
    }
    return body;
  }

  @Test
  void anUnknownFieldIsRefusedWithA400NamingItAndNothingIsSaved() {
    String meeting = run.start("ffu", FIRST);
    long before = itemCount();
    for (Map.Entry<String, Object> bad : Map.<String, Object>of(
        "prioritet", "høj",
        "attachments", List.of(Map.of("title", "Bilag 1", "farve", "rød"))).entrySet()) {
      ResponseEntity<String> response = api.post("/api/items", "karen.lund", proposal(meeting, bad.getKey(),
          bad.getValue()));
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      String field = bad.getKey().equals("prioritet") ? "prioritet" : "attachments[0].farve";
      assertThat(api.json(response).get("detail").asText())
          .startsWith("Feltet '" + field + "' kendes ikke her og kan ikke angives. Intet er gemt.");
    }
    assertThat(itemCount()).isEqualTo(before);
  }

  @Test
  void kindAndGuestsAreKeptAndTheAgendaAnnouncesTheGuests() {
    String meeting = run.start("ffu", FIRST);
    JsonNode created = api.body(api.post("/api/items", "tove.brandt", proposal(meeting, "kind", "Beslutning",
        "guests", "Anne Holm, Region Nordjylland (den første time)")));
    long itemId = created.get("item").get("id").asLong();
    // The title's first word says nothing; the kind given does.
    assertThat(created.get("item").get("kind").asText()).isEqualTo("DECISION");
    assertThat(created.get("item").get("guests").asText()).isEqualTo("Anne Holm, Region Nordjylland (den første time)");
    assertThat(created.get("item").get("standing").asBoolean()).isFalse();

    run.toAgendaApproval(meeting);
    AgendaEntry entry = items.agenda(meeting).stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow();
    assertThat(entry.guests()).isEqualTo("Anne Holm, Region Nordjylland (den første time)");
  }

  @Test
  void anUnknownKindIsA400AndNothingIsSaved() {
    String meeting = run.start("ffu", FIRST);
    long before = itemCount();
    ResponseEntity<String> response = api.post("/api/items", "karen.lund", proposal(meeting, "kind", "Hastesag"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(api.json(response).get("detail").asText()).contains("Arten 'Hastesag' findes ikke.");
    assertThat(itemCount()).isEqualTo(before);
  }

  @Test
  void onlyTheSecretariatProposesAStandingItem() {
    String meeting = run.start("ffu", FIRST);
    long before = itemCount();
    ResponseEntity<String> byMember = api.post("/api/items", "tove.brandt", proposal(meeting, "standing", true));
    assertThat(byMember.getStatusCode().value()).as(byMember.getBody()).isEqualTo(403);
    assertThat(api.json(byMember).get("detail").asText()).contains("kan foreslå et fast punkt til FFU");
    assertThat(itemCount()).isEqualTo(before);

    JsonNode bySecretariat = api.body(api.post("/api/items", "karen.lund", proposal(meeting, "standing", true)));
    assertThat(bySecretariat.get("item").get("standing").asBoolean()).isTrue();
  }

  /** The next meeting's call for items is open (its standing items added) when the first meeting returns its own. */
  @Test
  void anUntreatedStandingItemIsNotOnTheNextAgendaTwice() {
    Clock.set(RETURNING.minusDays(40));
    String first = run.start("ffu", RETURNING);
    String second = run.start("ffu", RETURNING_NEXT);
    long eventuelt = standing(first, "Eventuelt");
    assertThat(standingTitled(second, "Eventuelt")).hasSize(1);

    run.hold(first, Map.of(eventuelt, Outcome.NOT_TREATED));

    assertThat(standingTitled(second, "Eventuelt")).containsExactly(eventuelt);
    assertThat(items.history(eventuelt)).extracting(ItemEvent::kind).contains(ItemEventKind.RETURNED_TO_PIPELINE);
  }

  /** The returned standing item waits without a meeting; the next call for items adds no second one. */
  @Test
  void aStandingItemWaitingInThePipelineIsNotAddedAgainWhenTheCallOpens() {
    Clock.set(WAITING.minusDays(40));
    String first = run.start("ffu", WAITING);
    long eventuelt = standing(first, "Eventuelt");
    jdbc.sql("update gov_item set meeting_id = null where id = ?").param(eventuelt).update();

    String second = run.start("ffu", WAITING_NEXT);

    assertThat(standingTitled(second, "Eventuelt")).containsExactly(eventuelt);
  }

  private long standing(String meetingId, String title) {
    List<Long> ids = standingTitled(meetingId, title);
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private List<Long> standingTitled(String meetingId, String title) {
    return items.pipeline(meetingId).stream().filter(i -> i.standing() && i.title().equals(title)).map(Item::id)
        .toList();
  }

  private long itemCount() {
    return jdbc.sql("select count(*) from gov_item").query(Long.class).single();
  }
}
