package dk.nordjylland.governance.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * "Ret det godkendte referat" (ADR 0059) posted as the browser does: reached from the meeting's page under "Møder"
 * once the minutes are approved; a missing reason, a changed outcome and nothing changed are refused on their fields in
 * Danish with what was typed kept and nothing published; a correction publishes version 2. Meetings in 2460.
 */
@GovernanceTest
class CorrectMinutesPageTest {

  @Autowired TestRestTemplate http;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired Items items;
  @Autowired Documents documents;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theSecretariatCorrectsADecisionAndPublishesVersionTwoAfterDanishErrorsOnTheFields() {
    LocalDateTime at = LocalDateTime.of(2460, 3, 4, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    long budget = cases.propose("ffu", meeting, "Godkendelse: Budget 2461", null);
    ScreenClient secretariat = new ScreenClient(http, "karen.lund");
    String page = "/screens/moeder/" + meeting + "/referat";
    // Before the approval the meeting's page has no link, and the page says where corrections are made then.
    assertThat(secretariat.get("/screens/meetings/" + meeting).getBody()).doesNotContain("Ret det godkendte referat");
    assertThat(secretariat.get(page).getBody()).contains("Referatet er ikke godkendt endnu")
        .doesNotContain("Udgiv rettet referat");

    run.hold(meeting, Map.of(budget, Outcome.APPROVED_WITH_REMARKS));
    AgendaEntry entry = items.agenda(meeting).stream().filter(e -> e.itemId() == budget).findFirst().orElseThrow();
    assertThat(secretariat.get("/screens/meetings/" + meeting).getBody())
        .contains("<a href=\"" + page + "\">Ret det godkendte referat</a>");
    String shown = secretariat.get(page).getBody();
    assertThat(shown).contains("<html lang=\"da\"", "<h1>Ret det godkendte referat</h1>",
        "Punkt " + entry.position() + ": Godkendelse: Budget 2461", "<label for=\"decisionText-" + budget
            + "\">Beslutning</label>", "<label for=\"reason\">Begrundelse for rettelsen</label>",
        "Udgiv rettet referat", "Referat, version 1 (PDF)", ">Godkendt med bemærkninger</option>");

    String decision = "decisionText-" + budget;
    String outcome = "outcome-" + budget;
    ResponseEntity<String> noReason = secretariat.post(page, fields(outcome, "APPROVED_WITH_REMARKS", decision,
        "Budgettet godkendes med 4,2 mio. kr.", "reason", ""));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody()).contains("id=\"reason-fejl\"", "Skriv begrundelsen for rettelsen.",
        "aria-describedby=\"reason-fejl reason-hint\"", "Budgettet godkendes med 4,2 mio. kr.");

    ResponseEntity<String> changedOutcome = secretariat.post(page, fields(outcome, "POSTPONED", decision,
        "Beslutning.", "reason", "Forkert udfald."));
    assertThat(changedOutcome.getStatusCode().value()).isEqualTo(400);
    assertThat(changedOutcome.getBody()).contains("id=\"" + outcome + "-fejl\"",
        "udfaldet (Godkendt med bemærkninger) kan ikke ændres, efter referatet er godkendt",
        "en ændret beslutning kræver et nyt punkt", "aria-invalid=\"true\"", "Forkert udfald.",
        "<option value=\"POSTPONED\" selected=\"selected\">Udskudt</option>");
    // Both at once: the changed outcome and the missing reason, each on its field.
    assertThat(secretariat.post(page, fields(outcome, "POSTPONED", decision, "Beslutning.", "reason", "")).getBody())
        .contains("id=\"" + outcome + "-fejl\"", "id=\"reason-fejl\"");

    ResponseEntity<String> nothing = secretariat.post(page, fields(outcome, "APPROVED_WITH_REMARKS", decision,
        "Beslutning.", "reason", "Ingen ændring."));
    assertThat(nothing.getStatusCode().value()).isEqualTo(400);
    assertThat(nothing.getBody()).contains("id=\"decisions-fejl\"", "Intet er ændret.");
    assertThat(documents.latest(meeting, DocumentKind.MINUTES).orElseThrow().version()).isEqualTo(1);

    ResponseEntity<String> published = secretariat.post(page, fields(outcome, "APPROVED_WITH_REMARKS", decision,
        "Budgettet godkendes med 4,2 mio. kr.", "reason", "Beløbet manglede."));
    assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(303);
    assertThat(published.getHeaders().getLocation().toString()).endsWith(page + "?udgivet=2");
    assertThat(secretariat.follow(published).getBody()).contains("Det rettede referat er udgivet som version 2",
        "Referat, version 2 (PDF)", "Budgettet godkendes med 4,2 mio. kr.");
    assertThat(documents.latest(meeting, DocumentKind.MINUTES).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void onlyTheForumsSecretariatGetsTheForm() {
    LocalDateTime at = LocalDateTime.of(2460, 6, 2, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    run.hold(meeting);
    String page = "/screens/moeder/" + meeting + "/referat";

    ResponseEntity<String> member = new ScreenClient(http, "lone.berg").get(page);
    assertThat(member.getStatusCode().value()).isEqualTo(404);
    assertThat(member.getBody()).contains("Mødet findes ikke blandt de møder, du planlægger.")
        .doesNotContain("Udgiv rettet referat");
    // A process owner plans every forum's meetings but corrects no minutes.
    ScreenClient owner = new ScreenClient(http, "ida.winther");
    assertThat(owner.get(page).getBody()).contains("Kun forummets sekretariat kan rette det godkendte referat.")
        .doesNotContain("Udgiv rettet referat");
    assertThat(owner.get("/screens/meetings/" + meeting).getBody()).doesNotContain("Ret det godkendte referat");
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }
}
