package dk.nordjylland.governance.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * "Ret den udsendte dagsorden" (ADR 0058), posted as the browser does: reached from the meeting's page under "Møder";
 * the late item chosen by its title and placed before "Eventuelt"; a refusal on its field (no note, nothing changed,
 * no item chosen, no reason), nothing saved; the revised agenda sent and its history on the page. Meetings in 2205.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaRevisionScreenTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2205, 5, 10, 9, 0);

  @Autowired TestRestTemplate http;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired ForwardedCases cases;
  @Autowired Items items;
  @Autowired Documents documents;

  String ffu;
  String page;
  long late;

  @BeforeAll
  void sentAgenda() {
    Clock.set(MEETING.minusDays(40));
    ffu = run.start("ffu", MEETING);
    String next = testMeetings.create("ffu", MEETING.plusMonths(1));
    cases.propose("ffu", ffu, "Godkendelse: Budget 2206", null);
    late = cases.propose("ffu", next, "Orientering: Status på akutpladser", null);
    run.toMeeting(ffu);
    page = "/screens/moeder/" + ffu + "/dagsorden";
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theSecretariatAddsALateItemByTitleAndSendsTheRevisedAgenda() {
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    assertThat(karen.get("/screens/meetings/" + ffu).getBody()).contains("Ret den udsendte dagsorden",
        "href=\"" + page + "\"");

    String shown = karen.get(page).getBody();
    int eventuelt = positionOf("Eventuelt");
    assertThat(shown).contains("<html lang=\"da\"", "<h1>Ret den udsendte dagsorden</h1>", "Version 1",
        "<label for=\"late-item\">Punkt</label>", "<label for=\"note\">Hvad er ændret, og hvorfor</label>",
        ">Orientering: Status på akutpladser</option>",
        "<option value=\"" + eventuelt + "\" selected=\"selected\">Før punkt " + eventuelt + ": Eventuelt</option>",
        "Ingen ændringer endnu");
    // The item is chosen by its title; its id is only the option's value.
    assertThat(shown).contains("<option value=\"" + late + "\">Orientering: Status på akutpladser</option>");

    ResponseEntity<String> noItem = karen.post(page, Map.of("action", "late", "late-position", eventuelt));
    assertThat(noItem.getStatusCode().value()).isEqualTo(400);
    assertThat(noItem.getBody()).contains("id=\"late-item-fejl\"", "Vælg det punkt, der skal på dagsordenen",
        "aria-describedby=\"late-item-fejl late-hint\"", "aria-invalid=\"true\"");

    ResponseEntity<String> nothingChanged = karen.post(page, Map.of("action", "send", "note", "Rettelse."));
    assertThat(nothingChanged.getStatusCode().value()).isEqualTo(400);
    assertThat(nothingChanged.getBody()).contains("id=\"note-fejl\"", "Der er intet at udsende",
        "aria-describedby=\"note-fejl note-hint changes\"", ">Rettelse.</textarea>",
        // The late item's form keeps its placement before "Eventuelt" when the sending is refused.
        "<option value=\"" + eventuelt + "\" selected=\"selected\">Før punkt " + eventuelt + ": Eventuelt</option>");
    ResponseEntity<String> nothingNoNote = karen.post(page, Map.of("action", "send", "note", ""));
    assertThat(nothingNoNote.getBody()).as("nothing to send comes first: a note is no use then")
        .contains("Der er intet at udsende").doesNotContain("Skriv hvad der er ændret");
    assertThat(documents.latest(ffu, DocumentKind.AGENDA).orElseThrow().version()).isEqualTo(1);

    ResponseEntity<String> added = karen.post(page, Map.of("action", "late", "late-item", late,
        "late-position", eventuelt));
    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(303);
    String after = karen.follow(added).getBody();
    assertThat(after).contains("Tillægspunktet er sat på som punkt " + eventuelt,
        "Nyt punkt: Punkt " + eventuelt + ": Orientering: Status på akutpladser");
    assertThat(positionOf("Orientering: Status på akutpladser")).isEqualTo(eventuelt);

    ResponseEntity<String> noNote = karen.post(page, Map.of("action", "send", "note", " "));
    assertThat(noNote.getStatusCode().value()).isEqualTo(400);
    assertThat(noNote.getBody()).contains("id=\"note-fejl\"", "Skriv hvad der er ændret, og hvorfor");
    assertThat(documents.latest(ffu, DocumentKind.AGENDA).orElseThrow().version()).isEqualTo(1);

    ResponseEntity<String> sent = karen.post(page, Map.of("action", "send",
        "note", "Status på akutpladser er sat på efter ønske fra formanden."));
    assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(303);
    String history = karen.follow(sent).getBody();
    assertThat(history).contains("Den reviderede dagsorden er udsendt til medlemmerne som version 2.",
        "Version 2, udsendt ", " af Karen Lund", "Status på akutpladser er sat på efter ønske fra formanden.",
        "Ændringer siden version 2", "Ingen ændringer endnu");
    assertThat(documents.latest(ffu, DocumentKind.AGENDA).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aWithdrawalNeedsAnItemAndAReasonAndAMemberPlansNothing() {
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    List<AgendaEntry> before = items.agenda(ffu);
    ResponseEntity<String> refused = karen.post(page, Map.of("action", "withdraw", "withdraw-reason", ""));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("id=\"withdraw-item-fejl\"", "Vælg det punkt, der skal udgå",
        "id=\"withdraw-reason-fejl\"");
    // Standing items are not offered for withdrawal.
    long standing = before.stream().filter(e -> items.get(e.itemId()).standing()).findFirst().orElseThrow().itemId();
    assertThat(refused.getBody()).doesNotContain("id=\"withdraw-item-" + standing + "\"");
    ResponseEntity<String> forged = karen.post(page, Map.of("action", "withdraw", "withdraw-item", standing,
        "withdraw-reason", "Ikke nødvendigt."));
    assertThat(forged.getStatusCode().value()).isEqualTo(400);
    assertThat(forged.getBody()).contains("id=\"withdraw-item-fejl\"", "er et fast punkt og kan ikke udgå");
    assertThat(items.agenda(ffu)).isEqualTo(before);

    ScreenClient member = new ScreenClient(http, "lone.berg");
    ResponseEntity<String> notPlanned = member.get(page);
    assertThat(notPlanned.getStatusCode().value()).isEqualTo(404);
    assertThat(notPlanned.getBody()).contains("Mødet findes ikke blandt de møder, du planlægger.");
  }

  int positionOf(String title) {
    return items.agenda(ffu).stream().filter(e -> items.get(e.itemId()).title().strip().equals(title)).findFirst()
        .orElseThrow().position();
  }
}
