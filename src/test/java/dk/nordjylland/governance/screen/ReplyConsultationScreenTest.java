package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_EMAIL;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_NAME;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.consultation.ConsultationReply;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * "Besvar høring" on its screen (ADR 0038): the respondent sees what is asked, by whom and by when; a missing answer or
 * a wrong e-mail is Danish on the field and nothing is saved; the engine's REST API cannot skip the screen. 2312.
 */
@GovernanceTest
class ReplyConsultationScreenTest {

  static final LocalDateTime NOW = LocalDateTime.of(2312, 1, 15, 9, 0);
  static final String REPLY_BY = "2312-02-12";

  @Autowired TestRestTemplate http;
  @Autowired ApiClient api;
  @Autowired TaskService taskService;
  @Autowired Consultations consultations;

  @BeforeEach
  void setUp() {
    Clock.set(NOW);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theRespondentSeesTheQuestionAndDeadlineAndAnEmptyAnswerIsRefusedOnTheField() {
    long id = api.body(api.post("/api/consultations", "karen.lund", Map.of(
        "subject", "Status på forløbsprogrammer", "question", "Hvor langt er I med forløbsprogrammerne?\nSvar pr. klynge.",
        "ownerGroup", "ffu-secretariat", "respondents", List.of("peter.krogh"), "replyBy", REPLY_BY)))
        .path("consultation").path("id").asLong();
    String task = task(id);
    ScreenClient respondent = new ScreenClient(http, "peter.krogh");

    ResponseEntity<String> page = respondent.open("reply-consultation", task);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"da\"").contains("Status på forløbsprogrammer")
        .contains("Hvor langt er I med forløbsprogrammerne?\nSvar pr. klynge.")
        .contains("<dt>Svarfrist</dt><dd>mandag den 12. februar 2312")
        .contains("<dt>Spørger</dt>").contains("<label for=\"replyAnswer\">Svar</label>")
        .doesNotContain("contactEmail");

    ResponseEntity<String> empty = respondent.submit("reply-consultation", task, Map.of(REPLY_ANSWER.getName(), " "));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("id=\"replyAnswer-fejl\"").contains("Udfyld feltet &quot;Svar&quot;.");
    assertThat(consultations.replies(id)).isEmpty();
    ResponseEntity<String> engineRest = api.submitForm(task, "peter.krogh", Map.of(REPLY_ANSWER.getName(),
        "Via REST."));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(consultations.replies(id)).isEmpty();

    assertThat(respondent.submit("reply-consultation", task, Map.of(REPLY_ANSWER.getName(),
        "Klynge Nord er i mål. Æøå."))
        .getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(consultations.replies(id)).extracting(ConsultationReply::answer)
        .containsExactly("Klynge Nord er i mål. Æøå.");
  }

  @Test
  void aContactPersonIsNamedWithAnEmailThatIsCheckedOnTheField() {
    long id = api.body(api.post("/api/consultations/contact-persons", "karen.lund", Map.of(
        "subject", "Kontaktpersoner til beredskab", "question", "Udpeg en kontaktperson i kommunen.",
        "ownerGroup", "ffu-secretariat", "replyWithinWorkingDays", 10))).path("consultation").path("id").asLong();
    Task aalborg = taskService.createTaskQuery().processInstanceBusinessKey("consultation-" + id)
        .taskCandidateUser("tove.brandt").singleResult();
    ScreenClient tove = new ScreenClient(http, "tove.brandt");
    assertThat(tove.open("reply-consultation", aalborg.getId()).getBody())
        .contains("Udpeg en kontaktperson i kommunen.")
        .contains("<label for=\"contactName\">Kontaktperson (navn)</label>")
        .contains("<label for=\"contactEmail\">Kontaktpersonens e-mail</label>").doesNotContain("id=\"replyAnswer\"");

    ResponseEntity<String> wrong = tove.submit("reply-consultation", aalborg.getId(),
        Map.of(CONTACT_NAME.getName(), "Kontakt Aalborg", CONTACT_EMAIL.getName(), "aalborg-uden-domæne"));
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).contains("id=\"contactEmail-fejl\"")
        .contains("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.").contains("Kontakt Aalborg");
    assertThat(consultations.replies(id)).isEmpty();

    assertThat(tove.submit("reply-consultation", aalborg.getId(),
        Map.of(CONTACT_NAME.getName(), "Kontakt Aalborg", CONTACT_EMAIL.getName(),
            "kontakt.aalborg@example.dk")).getStatusCode())
        .isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(consultations.replies(id)).extracting(ConsultationReply::contactEmail)
        .containsExactly("kontakt.aalborg@example.dk");
  }

  private String task(long consultationId) {
    return taskService.createTaskQuery().processInstanceBusinessKey("consultation-" + consultationId).singleResult()
        .getId();
  }
}
