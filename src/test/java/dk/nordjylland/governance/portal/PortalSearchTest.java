package dk.nordjylland.governance.portal;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.item.SubTopicInput;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.WebappSession;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's search (issue 17 point 4, ADR 0056) over HTTP as a browser asks it: Danish word forms, every searched
 * text, the filters, who finds what (sent agendas, approved minutes, internal forums, closed items' public wording)
 * and hostile input. {@code PortalSearchOnPostgresTest} runs the same tests with the same expectations on PostgreSQL.
 * Meetings of their own in 2196; every search is limited to 2196 (other classes' items say "osteoporose" too).
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSearchTest {

  static final LocalDateTime FORWARDED_FFU = LocalDateTime.of(2196, 2, 1, 9, 0);
  static final LocalDateTime FORWARDED_SSF = LocalDateTime.of(2196, 3, 15, 13, 0);
  static final LocalDateTime FFU_APPROVED = LocalDateTime.of(2196, 4, 10, 9, 0);
  static final LocalDateTime FU_APPROVED = LocalDateTime.of(2196, 4, 11, 9, 0);
  static final LocalDateTime FFU_DRAFT = LocalDateTime.of(2196, 5, 10, 9, 0);
  static final LocalDateTime FFU_NOT_SENT = LocalDateTime.of(2196, 6, 10, 9, 0);
  static final String YEAR = "&fra=01-01-2196&til=31-12-2196";
  /** Words only in confidential or draft text: nobody without access may find them. */
  static final String SECRET = "zqxfortrolig";
  static final String DRAFT = "zqxkladde";
  /** In a closed item's sub-topic, and in a sub-topic of minutes not approved. */
  static final String SECRET_SUB_TOPIC = "zqxunderfortrolig";
  static final String DRAFT_SUB_TOPIC = "zqxunderkladde";
  static final LocalDateTime FFU_CHANGED = LocalDateTime.of(2196, 7, 10, 9, 0);
  static final LocalDateTime MANY = LocalDateTime.of(2196, 8, 10, 9, 0);
  static final String MANY_MEETING = "zqx-mange-2196";
  /** In 1,001 items on one published agenda: more than the count's cap. */
  static final String MANY_WORD = "zqxmange";

  @Autowired TestRestTemplate http;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ApiClient api;
  @Autowired ProcessEngine engine;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  final ObjectMapper json = new ObjectMapper();

  long forwarded;
  long osteoporosis;
  long closed;
  long draft;
  long internal;
  long unsent;
  long homeCare;

  @BeforeAll
  void meetings() throws Exception {
    // FFU sends a heart failure programme (its resumé: "Aftalen om osteoporose ... netværksgruppen") on to SSF.
    forwarded = cases.ffuToSsf(FORWARDED_FFU, FORWARDED_SSF, "Godkendelse: Forløbsprogram for hjertesvigt",
        "25/2002").itemId();
    // A search now: on H2 the Lucene index is built by now (at start, or here), so every text written below reaches
    // it through the change log (V28), as in a running portal.
    assertThat(found("hjertesvigt")).containsExactly(forwarded);

    // FFU approves the osteoporosis agreement with remarks; beside it a closed item. Minutes approved.
    Clock.set(FFU_APPROVED.minusDays(40));
    String ffu = run.start("ffu", FFU_APPROVED);
    osteoporosis = propose("ffu", ffu, "Godkendelse: Samarbejdsaftale om osteoporosen", "24/1044",
        "Forløb for osteoporosepatienter i almen praksis.",
        "Sagsfremstillingen beskriver DXA-skanningerne på regionens sygehuse.", "Bilag om knoglemålinger");
    closed = propose("ffu", ffu, "Beslutning: Sag om " + SECRET + " medarbejder", "24/9999",
        SECRET + " oplysninger om en ansat.", null, "Notat om " + SECRET);
    // Economy and "fortsat sagsbehandling": words found nowhere else.
    homeCare = propose("ffu", ffu, "Orientering: Status på hjemmeplejen", null, "Status.", null, null,
        "Udgifterne afholdes af kvalitetsfonden.", "Sagen forelægges igen på efterårsmødet.");
    jdbc.sql("update gov_item set closed = true, public_title = 'Personalesag i det fælles akutteam',"
        + " closure_reason = 'Personfølsomme oplysninger' where id = ?").param(closed).update();
    run.toMeeting(ffu);
    jdbc.sql("update gov_agenda_entry set public_decision = 'Sagen blev afsluttet.' where item_id = ?")
        .param(closed).update();
    record(ffu, Map.of(osteoporosis, new Decision(Outcome.APPROVED_WITH_REMARKS,
        "Godkendt med bemærkninger om ventetiderne.", List.of(new SubTopicInput("Tidsplan", "Tidsplanen blev drøftet.",
            Outcome.APPROVED, "Udrulningen begynder i Klynge Vest."))), closed, new Decision(Outcome.DISCUSSED,
        "Afgørelse om " + SECRET + " sag.", List.of(new SubTopicInput("Underpunkt", "Drøftelse.", Outcome.DISCUSSED,
            "Et " + SECRET_SUB_TOPIC + " forhold.")))));
    approveMinutes(ffu);

    // The internal FU: its minutes approved.
    Clock.set(FU_APPROVED.minusDays(40));
    String fu = run.start("fu", FU_APPROVED);
    internal = propose("fu", fu, "Orientering: Rehabiliteringen i kommunerne", null, "Status.", null, null);
    run.hold(fu);

    // FFU's agenda sent, the decisions recorded but the minutes not approved: a draft.
    Clock.set(FFU_DRAFT.minusDays(40));
    String recorded = run.start("ffu", FFU_DRAFT);
    draft = propose("ffu", recorded, "Drøftelse: Handleplan for diabetes", null, "Udkast til handleplan.", null,
        null);
    run.toMeeting(recorded);
    record(recorded, Map.of(draft, new Decision(Outcome.DISCUSSED, "Udkast " + DRAFT + " til beslutning.",
        List.of(new SubTopicInput("Underpunkt", "Drøftelse.", Outcome.DISCUSSED, "Et " + DRAFT_SUB_TOPIC + " forhold.")))));

    // FFU's agenda not sent yet.
    Clock.set(FFU_NOT_SENT.minusDays(40));
    String notSent = run.start("ffu", FFU_NOT_SENT);
    unsent = propose("ffu", notSent, "Orientering: Tandplejen for ældre", null, "Tandplejen.", null, null);
    run.toAgendaApproval(notSent);
    Clock.set(FFU_NOT_SENT.minusDays(10));

    many();
  }

  /** 1,001 items with the same word on one FFU meeting whose agenda and minutes are published, written in bulk. */
  void many() {
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status) values"
            + " (?, 'ffu', ?, ?, ?, 'Regionshuset', 'COMPLETED')")
        .params(MANY_MEETING, MANY.toLocalDate(), MANY, MANY.plusHours(2)).update();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < PortalSearch.MAX_COUNT + 1; i++) {
      rows.add(new Object[] {"Orientering: " + MANY_WORD + " nummer " + i, MANY_MEETING, MANY});
    }
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.batchUpdate("insert into gov_item (title, kind, standing, proposed_by, forum_id, meeting_id, status,"
        + " created_at) values (?, 'INFORMATION', false, 'karen.lund', 'ffu', ?, 'DECIDED', ?)", rows);
    jdbc.sql("insert into gov_agenda_entry (meeting_id, item_id, position, outcome) select meeting_id, id, 1,"
        + " 'TAKEN_TO_NOTICE' from gov_item where meeting_id = ?").param(MANY_MEETING).update();
    for (String kind : List.of("AGENDA", "MINUTES")) {
      jdbc.sql("insert into gov_document (meeting_id, kind, version, created_at, file_name, content_type, content)"
              + " values (?, ?, 1, ?, 'dokument.pdf', 'application/pdf', ?)")
          .params(MANY_MEETING, kind, MANY, new byte[] {1}).update();
    }
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
    jdbc.sql("delete from gov_document where meeting_id = ?").param(MANY_MEETING).update();
    jdbc.sql("delete from gov_agenda_entry where meeting_id = ?").param(MANY_MEETING).update();
    jdbc.sql("delete from gov_item where meeting_id = ?").param(MANY_MEETING).update();
    jdbc.sql("delete from gov_meeting where id = ?").param(MANY_MEETING).update();
  }

  // ------------------------------------------------------------------------------------------- word forms

  @Test
  void danishWordFormsAreFoundInTitlesResumesAndCaseTexts() {
    // Title "osteoporosen" (-en), the other's resumé "osteoporose"; "osteoporosepatienter" is a compound.
    assertThat(found("osteoporose")).containsExactlyInAnyOrder(osteoporosis, forwarded);
    assertThat(found("osteoporosen")).containsExactlyInAnyOrder(osteoporosis, forwarded);
    assertThat(found("osteoporosepatient")).containsExactly(osteoporosis);
    assertThat(found("skanning")).containsExactly(osteoporosis); // "DXA-skanningerne": -erne, after a hyphen
    assertThat(found("sygehus")).containsExactly(osteoporosis); // "sygehuse": plural -e
    assertThat(found("regionen")).containsExactly(osteoporosis); // "regionens": -s
    assertThat(found("netværksgruppe")).containsExactly(forwarded); // "netværksgruppen"
    assertThat(found("høringer")).containsExactly(forwarded); // "høringen"
    assertThat(found("hjertesvigt")).containsExactly(forwarded);
    // Not found: another word for the same (no synonyms), and the second part of a compound alone.
    assertThat(found("knogleskørhed")).isEmpty();
    assertThat(found("patienter")).isEmpty();
  }

  @Test
  void caseNumbersAttachmentTitlesAndApprovedDecisionsAreSearched() {
    assertThat(found("24/1044")).containsExactly(osteoporosis);
    assertThat(found("1044")).containsExactly(osteoporosis);
    assertThat(found("knoglemåling")).containsExactly(osteoporosis); // bilag "knoglemålinger"
    assertThat(found("ventetid")).containsExactly(osteoporosis); // decision "ventetiderne"
    assertThat(found("anbefaler")).containsExactly(forwarded); // FFU's decision "FFU anbefaler aftalen over for SSF"
  }

  @Test
  void economyFurtherProcessingAndSubTopicDecisionsAreSearched() {
    assertThat(found("kvalitetsfond")).containsExactly(homeCare); // economy: "kvalitetsfonden"
    assertThat(found("efterårsmøde")).containsExactly(homeCare); // fortsat sagsbehandling: "efterårsmødet"
    assertThat(found("udrulning")).containsExactly(osteoporosis); // a sub-topic's decision: "Udrulningen"
    assertThat(found("udrulningen klynge")).containsExactly(osteoporosis); // every word in the one sub-topic
    assertThat(found("tidsplanen")).containsExactly(osteoporosis); // a sub-topic's text
  }

  @Test
  void subTopicsCountOnlyOnceTheMinutesAreApprovedAndOfAClosedItemOnlyWithAccess() {
    WebappSession member = new WebappSession(http).logIn("lone.berg");
    WebappSession owner = new WebappSession(http).logIn("ida.winther");
    for (WebappSession session : new WebappSession[] {null, member, owner}) {
      assertThat(foundBy(session, DRAFT_SUB_TOPIC)).isEmpty();
    }
    assertThat(found(SECRET_SUB_TOPIC)).isEmpty();
    assertThat(foundBy(member, SECRET_SUB_TOPIC)).containsExactly(closed);
  }

  @Test
  void moreThanAThousandCasesAreCountedAsMoreThanAThousandAndShownTwentyAPage() {
    String page = body(null, "/soeg?q=" + MANY_WORD + YEAR);
    assertThat(page).contains("Mere end 1.000 sager fundet", "side <span>1</span> af <span>50</span>",
        "Der vises højst 1.000 sager. Gør søgningen snævrere", "rel=\"next\"");
    assertThat(ids(anonymous(MANY_WORD, YEAR))).hasSize(PortalSearch.PAGE_SIZE);
    // The last page: cases 981-1,000 of the newest first (the same meeting: the highest item ids first).
    List<Long> all = jdbc.sql("select id from gov_item where meeting_id = ? order by id desc").param(MANY_MEETING)
        .query(Long.class).list();
    assertThat(ids(anonymous(MANY_WORD, YEAR + "&side=50"))).containsExactlyElementsOf(all.subList(980, 1000));
    assertThat(body(anonymous(MANY_WORD, YEAR + "&side=50"))).doesNotContain("rel=\"next\"");
    // Narrowed to one case: counted exactly again.
    assertThat(body(null, "/soeg?q=" + MANY_WORD + "+17" + YEAR)).contains("Én sag fundet")
        .doesNotContain("Mere end");
  }

  @Test
  void textsChangedWithoutANewDocumentAreFoundAtOnce() {
    Clock.set(FFU_CHANGED.minusDays(40));
    String meeting = run.start("ffu", FFU_CHANGED);
    long item = propose("ffu", meeting, "Orientering: Status på sårplejen", null, "Status.", null, null);
    run.toMeeting(meeting);
    assertThat(found("zqxeftersendt")).isEmpty();
    int documents = jdbc.sql("select count(*) from gov_document where meeting_id = ?").param(meeting)
        .query(Integer.class).single();

    // An attachment added to the sent agenda, and a text changed by any writer (here SQL): no new document.
    cases.attach(item, "Notat om zqxeftersendt");
    jdbc.sql("update gov_item set presentation = 'Tilføjet: zqxrettelse i sagsfremstillingen.' where id = ?")
        .param(item).update();

    assertThat(found("zqxeftersendt")).containsExactly(item);
    assertThat(found("zqxrettelse")).containsExactly(item);
    assertThat(jdbc.sql("select count(*) from gov_document where meeting_id = ?").param(meeting)
        .query(Integer.class).single()).isEqualTo(documents);
    Clock.set(FFU_NOT_SENT.minusDays(10));
  }

  @Test
  void everyWordMustBeFoundAndSmallWordsAreNotSearched() {
    assertThat(found("osteoporose netværksgruppen")).containsExactly(forwarded);
    assertThat(found("osteoporose hjertesvigt knoglemålinger")).isEmpty();
    String page = body(null, "/soeg?q=og i til" + YEAR);
    assertThat(page).contains("Skriv et eller flere ord").doesNotContain("id=\"resultater\"");
  }

  // ---------------------------------------------------------------------------------------------- filters

  @Test
  void filtersByForumPeriodKindAndOutcome() {
    assertThat(found("osteoporose", "&forum=ssf")).containsExactly(forwarded);
    assertThat(found("osteoporose", "&forum=ffu")).containsExactlyInAnyOrder(osteoporosis, forwarded);
    assertThat(foundIn("osteoporose", "&fra=01-01-2196&til=01-03-2196")).containsExactly(forwarded);
    assertThat(foundIn("osteoporose", "&fra=01-04-2196&til=31-12-2196")).containsExactly(osteoporosis);
    assertThat(found("osteoporose", "&art=orientering")).isEmpty();
    assertThat(found("osteoporose", "&art=godkendelse")).containsExactlyInAnyOrder(osteoporosis, forwarded);
    assertThat(found("osteoporose", "&udfald=godkendt-med-bemærkninger")).containsExactly(osteoporosis);
    assertThat(found("osteoporose", "&udfald=sendt-videre")).containsExactly(forwarded);
    // A recorded outcome counts only once the minutes are approved.
    assertThat(found("diabetes", "&udfald=drøftet")).isEmpty();
  }

  @Test
  void resultsShowTheCountInWordsAndLinkToTheCasePassportAndTheMeetings() {
    String page = body(null, "/soeg?q=osteoporose" + YEAR);
    assertThat(page).contains("To sager fundet", "href=\"/sager/" + forwarded + "\"",
        "href=\"/sager/" + osteoporosis + "\"", "Møde i Strategisk Sundhedsforum 15. marts 2196",
        "Godkendt med bemærkninger", "Sagsnr. <span>24/1044</span>");
    assertThat(page.indexOf("/sager/" + osteoporosis)).as("newest meeting first")
        .isLessThan(page.indexOf("/sager/" + forwarded));
    assertThat(body(null, "/soeg?q=hjertesvigt" + YEAR)).contains("Én sag fundet");
    assertThat(body(null, "/soeg?q=knogleskørhed" + YEAR)).contains("Ingen resultater");
  }

  @Test
  void theSearchPageIsInTheHeaderOfEveryPortalPage() {
    assertThat(body(null, "/")).contains("<a href=\"/soeg\">Søg</a>");
    assertThat(body(null, "/sager/" + forwarded)).contains("<a href=\"/soeg\">Søg</a>");
  }

  // ------------------------------------------------------------------------------------------ who sees what

  @Test
  void draftsAndAgendasNotSentAreFoundByNobody() {
    WebappSession member = new WebappSession(http).logIn("lone.berg");
    WebappSession owner = new WebappSession(http).logIn("ida.winther");
    for (WebappSession session : new WebappSession[] {null, member, owner}) {
      assertThat(foundBy(session, DRAFT)).isEmpty();
      assertThat(foundBy(session, "tandpleje")).isEmpty();
      assertThat(foundBy(session, "diabetes")).containsExactly(draft); // its agenda is sent
    }
  }

  @Test
  void anInternalForumIsFoundByItsMembersAndProcessOwnersOnly() {
    assertThat(foundBy(null, "rehabilitering")).isEmpty();
    assertThat(foundBy(new WebappSession(http).logIn("lone.berg"), "rehabilitering")).isEmpty();
    assertThat(foundBy(new WebappSession(http).logIn("morten.lykke"), "rehabilitering")).containsExactly(internal);
    assertThat(foundBy(new WebappSession(http).logIn("ida.winther"), "rehabilitering")).containsExactly(internal);
  }

  @Test
  void aClosedItemIsFoundAndShownByItsPublicWordingOnlyWithoutAccess() {
    assertThat(found(SECRET)).isEmpty();
    assertThat(found("24/9999")).isEmpty();
    assertThat(found("akutteam")).containsExactly(closed); // public title
    assertThat(found("afsluttet")).containsExactly(closed); // public decision
    String page = body(null, "/soeg?q=akutteam" + YEAR);
    // The case number is shown, as on the meeting page, the passport and the public PDF; the confidential title not.
    assertThat(page).contains("Personalesag i det fælles akutteam", "Lukket punkt", "24/9999")
        .doesNotContain(SECRET);

    WebappSession member = new WebappSession(http).logIn("lone.berg");
    assertThat(foundBy(member, SECRET)).containsExactly(closed);
    assertThat(member.exchange(HttpMethod.GET, "/soeg?q=" + SECRET + YEAR, null, null).getBody())
        .contains("Sag om " + SECRET);
  }

  // ----------------------------------------------------------------------------------------------- bad input

  @Test
  void hugeAndHostileSearchTextsGiveNoErrorAndNoSlowQuery() {
    String[] hostile = {
        "a".repeat(10_000),
        "osteoporose ".repeat(1_000),
        "osteoporose') or 1=1; drop table gov_item; --",
        "\"osteoporose\\\" \\\\ '' %_ {x} ${x} #{x}",
        "title:osteo* AND (osteoporose~2 OR \"x\"^3) -y +[a TO z] /re.*/",
        "osteoporose & !x | y:* <-> 'z' <2> (",
        "\u0000\u0007 osteoporose \uD83D\uDE00 \u202E",
    };
    for (String q : hostile) {
      long start = System.nanoTime();
      ResponseEntity<String> response = anonymous(q, YEAR);
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(response.getStatusCode().value()).as(q).isEqualTo(200);
      assertThat(response.getBody()).as(q).contains("Søg i sager og beslutninger")
          .doesNotContain("Exception").doesNotContain("SQL");
      assertThat(ms).as(q).isLessThan(3_000);
    }
    assertThat(body(anonymous("a".repeat(10_000), YEAR))).contains("kortet ned til de første 200 tegn");
    assertThat(body(anonymous("osteoporose ".repeat(1_000), YEAR))).contains("de første 8 ord");
    assertThat(ids(anonymous("osteoporose ".repeat(1_000), YEAR))).containsExactlyInAnyOrder(osteoporosis, forwarded);
    assertThat(jdbc.sql("select count(*) from gov_item where id = ?").param(osteoporosis).query(Integer.class)
        .single()).isEqualTo(1);
  }

  @Test
  void wrongFiltersGetDanishMessagesOnTheirFields() {
    String page = body(null, "/soeg?q=osteoporose&fra=31-02-2196&til=2196&art=xyz&forum=fu");
    assertThat(page).contains("Søgningen kan ikke udføres", "Fra dato", "31-02-2196 er ikke en gyldig dato",
        "Skriv fx 08-01-2027", "id=\"fra-fejl\"", "aria-invalid=\"true\"",
        "&quot;Type&quot;: vælg en af de viste muligheder",
        "&quot;Forum&quot;: vælg en af de viste muligheder").doesNotContain("id=\"resultater\"");
    assertThat(body(null, "/soeg?q=osteoporose&fra=01-05-2196&til=01-04-2196"))
        .contains("&quot;Til dato&quot; ligger før &quot;Fra dato&quot;");
  }

  // -------------------------------------------------------------------------------------------------- helpers

  record Decision(Outcome outcome, String text, List<SubTopicInput> subTopics) {

    Decision(Outcome outcome, String text) {
      this(outcome, text, List.of());
    }
  }

  Set<Long> found(String q) {
    return found(q, "");
  }

  Set<Long> found(String q, String filters) {
    return ids(anonymous(q, YEAR + filters));
  }

  Set<Long> foundIn(String q, String period) {
    return ids(anonymous(q, period));
  }

  Set<Long> foundBy(WebappSession session, String q) {
    if (session == null) {
      return found(q);
    }
    return ids(session.exchange(HttpMethod.GET, "/soeg?q=" + q + YEAR, null, null));
  }

  /** The search as an anonymous browser sends it: the text encoded as a form does. */
  ResponseEntity<String> anonymous(String q, String filters) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/soeg").queryParam("q", q);
    for (String pair : filters.substring(filters.isEmpty() ? 0 : 1).split("&")) {
      if (!pair.isEmpty()) {
        uri.queryParam(pair.split("=", 2)[0], pair.split("=", 2)[1]);
      }
    }
    URI address = URI.create(uri.build().encode().toUriString().replace("+", "%2B"));
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return http.exchange(address, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  String body(WebappSession session, String path) {
    if (session != null) {
      return session.exchange(HttpMethod.GET, path, null, null).getBody();
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  static String body(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  /** The items the result list links to, in its order. */
  static Set<Long> ids(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    Set<Long> ids = new LinkedHashSet<>();
    Matcher m = Pattern.compile("<h3><a href=\"/sager/(\\d+)\"").matcher(response.getBody());
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }

  long propose(String forumId, String meetingId, String title, String caseNumber, String summary,
      String presentation, String attachment) {
    return propose(forumId, meetingId, title, caseNumber, summary, presentation, attachment, null, null);
  }

  long propose(String forumId, String meetingId, String title, String caseNumber, String summary,
      String presentation, String attachment, String economy, String furtherProcessing) {
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("forumId", forumId);
    proposal.put("meetingId", meetingId);
    proposal.put("title", title);
    proposal.put("caseNumber", caseNumber);
    proposal.put("summary", summary);
    proposal.put("presentation", presentation);
    proposal.put("economy", economy);
    proposal.put("furtherProcessing", furtherProcessing);
    proposal.put("recommendations", List.of("Tager orienteringen til efterretning."));
    if (attachment != null) {
      proposal.put("attachments", List.of(Map.of("title", attachment, "toFollow", true)));
    }
    return api.body(api.post("/api/items", "karen.lund", proposal)).get("item").get("id").asLong();
  }

  /** The secretariat records the meeting: the given decisions, every other item taken to notice. */
  void record(String meetingId, Map<Long, Decision> decided) throws Exception {
    List<DecisionInput> decisions = items.agenda(meetingId).stream().map(e -> {
      Decision d = decided.get(e.itemId());
      return d == null ? new DecisionInput(e.itemId(), Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null)
          : new DecisionInput(e.itemId(), d.outcome(), d.text(), null, null, null, null, null, null, d.subTopics());
    }).toList();
    complete(meetingId, RECORD_MEETING, Map.of("decisions", json.writeValueAsString(decisions)));
  }

  void approveMinutes(String meetingId) {
    complete(meetingId, DRAFT_MINUTES, Map.of("commentRound", false));
    complete(meetingId, APPROVE_MINUTES, Map.of("minutesApproved", true));
  }

  void complete(String meetingId, String task, Map<String, Object> variables) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(task).singleResult().getId(), variables);
  }
}
