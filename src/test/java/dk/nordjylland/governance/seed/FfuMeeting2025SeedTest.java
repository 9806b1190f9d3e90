package dk.nordjylland.governance.seed;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COMMENT_ON_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.PUBLISH_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.START_FOLLOW_UP;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.START_PRE_MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionKind;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Seed 003, the minutes of Fælles Forretningsudvalg on Friday 22 August 2025 (15 items), replayed through the
 * whole meeting cycle the way the roles would do it: members propose the ten non-standing items through the API
 * before the deadline, the secretariat closes the call, the meeting leader screens them into the seed's numbering
 * and approves the agenda, the timers publish it and open the meeting, the secretariat records attendance, the
 * seed's decisions and its follow-up actions, and the meeting leader approves the minutes. Then every item must be
 * where the seed sent it: the osteoporosis agreement (not approved) back in the pipeline of the next ordinary FFU
 * meeting, the reservation and the three actions followed up by their owners.
 *
 * <p>Users (fictional, master data; password "test"): karen.lund (FFU secretariat), mads.kjaer (FFU meeting
 * leader), lone.berg and jens.bach (FFU members), admin for checks. The calendar meetings of 2025 are used by this
 * class only: the test database is shared by every test class.
 */
@GovernanceTest
class FfuMeeting2025SeedTest {

  static final String MEETING = "ffu-2025-08-22";
  static final String NEXT_MEETING = "ffu-2025-09-23";
  static final String SECRETARIAT = "karen.lund";
  static final String CHAIR = "mads.kjaer";

  /** The seed's ten proposed items, numbered as in the minutes. */
  record SeedItem(int number, String title, String caseNumber, String proposer, String proposerBody, String summary,
      List<String> recommendations, List<String> attachments) {}

  static final List<SeedItem> PROPOSED = List.of(
      new SeedItem(3, "Drøftelse: Dagsorden til Strategisk Sundhedsforum 29. september", "1-01-72-1044-24",
          SECRETARIAT, "Sekretariatet for Fælles Forretningsudvalg",
          "Der er møde i Strategisk Sundhedsforum den 29. september. De dagsordenspunkter, der aktuelt er i pipeline"
              + " til mødet, fremføres til drøftelse.",
          List.of("Drøfter punkterne i pipeline til næste møde i Strategisk Sundhedsforum.",
              "Drøfter, om der er øvrige punkter, som skal på dagsorden til næste møde i Strategisk Sundhedsforum."),
          List.of()),
      new SeedItem(4, "Drøftelse: Dagsorden til Sundhedssamarbejdsudvalget", "1-01-72-1044-24",
          SECRETARIAT, "Sekretariatet for Fælles Forretningsudvalg",
          "Sundhedssamarbejdsudvalgets næstkommende møde er den 29. oktober 2025. Med henblik på at kvalitetssikre"
              + " udarbejdelsen af dagsorden til udvalget, startes processen med dagsordenen i Fælles"
              + " Forretningsudvalg.",
          List.of("Drøfter den foreløbige dagsorden til Sundhedssamarbejdsudvalgets møde den 29. oktober 2025.",
              "Beslutter hvilken sundhedsklynge, der skal holde oplæg om et initiativ.",
              "Beslutter, om der skal planlægges et besøg."),
          List.of()),
      new SeedItem(6, "Orientering: Tværsektoriel arbejdsplan for implementering af sundhedsreformen",
          "1-30-72-217-24", CHAIR, "Region Nordjylland, Patientforløb & Økonomi",
          "Fælles Forretningsudvalg orienteres om de seneste opdateringer i den tværsektorielle arbejdsplan for"
              + " implementering af sundhedsreformen.",
          List.of("Tager orienteringen til efterretning.", "Drøfter behovet for øvrige opdateringer."),
          List.of("Version 1.4 august 2025 Tværsektoriel arbejdsplan for implementering af sundhedsreform")),
      new SeedItem(7, "Godkendelse: Proces for midtvejsstatus for Sundhedsaftalen 2024-2027", "1-30-72-240-24",
          "lone.berg", "Koordineringsgruppen",
          "Der skal udarbejdes midtvejsstatus for Sundhedsaftalen 2024-2027. Hermed fremlægges en proces for"
              + " udarbejdelsen af midtvejsstatus til godkendelse.",
          List.of("Godkender processen for midtvejsstatus for Sundhedsaftalen 2024-2027.",
              "Tager orienteringen om slutstatus til efterretning."),
          List.of("Midtvejsevaluering fra klyngerne (skema)")),
      new SeedItem(8, "Godkendelse: Drejebog og notat om tværsektorielle udbud", "1-01-72-1044-24",
          "lone.berg", "Sundhedsklynge Midt",
          "Fælles Forretningsudvalg har tidligere aftalt, at der udarbejdes en drejebog om tværsektorielle udbud."
              + " På baggrund af notatet fra Sundhedsklynge Midt lægges der op til, at den tidligere aftalte"
              + " udarbejdelse af drejebog om tværsektorielle udbud igangsættes.",
          List.of("Godkender, at arbejdet med at lave en regionsdækkende drejebog for gennemførelsen af"
              + " tværsektorielle udbud, igangsættes."),
          List.of("Fælles notat fordele ulemper og muligheder indenfor fælles udbud")),
      new SeedItem(9, "Godkendelse: Kommissorium for arbejdsgruppen for samarbejdsaftale om fejlsendte"
          + " korrespondancemeddelelser", "1-01-72-1044-24", "jens.bach", "Strategisk Sundhedsforum",
          "Strategisk Sundhedsforum besluttede den 23. maj, at der skal udarbejdes en samarbejdsaftale om"
              + " korrespondancemeddelelser. Kommissoriet for arbejdsgruppen fremlægges her til godkendelse.",
          List.of("Godkender kommissoriet for arbejdsgruppen for samarbejdsaftale om fejlsendte"
              + " korrespondancemeddelelser."),
          List.of("Kommissorium for samarbejdsaftale om korrespondancemeddelelser_udkast",
              "Oversigt over de ti anbefalinger",
              "Aalborg Kommunes udkast til beskrivelse af ansvar og forpligtigelser ved tildeling af lokationsnummer")),
      new SeedItem(10, "Godkendelse: Kommissorium for udarbejdelsen af supplement vedr. psykiatri til"
          + " samarbejdsaftale om tværsektoriel kommunikation ved indlæggelse, udskrivelse og ambulante forløb",
          "1-30-72-146-24", "lone.berg", "Strategisk Sundhedsforum",
          "Strategisk Sundhedsforum har besluttet at nedsætte en arbejdsgruppe, der skal udarbejde et supplement til"
              + " aftalen, hvori behandlings- og socialpsykiatriernes vinkler på den tværsektorielle kommunikation"
              + " skal indarbejdes. Kommissoriet fremlægges hermed til godkendelse.",
          List.of("Godkender kommissorium for udarbejdelsen af et supplement vedr. psykiatriområdet til"
              + " samarbejdsaftalen om tværsektoriel kommunikation ved indlæggelse, udskrivelse og ambulante"
              + " forløb."),
          List.of("Kommissorium")),
      new SeedItem(11, "Godkendelse: Revideret samarbejdsaftale om osteoporose", "1-22-72-4227-24",
          "lone.berg", "Arbejdsgruppen for samarbejdsaftale om osteoporose",
          "Der fremlægges et udkast til en revideret samarbejdsaftale om osteoporose til godkendelse. Der tages"
              + " forbehold for godkendelse fra PLO-Nordjylland, som først behandler aftalen på et møde i deres"
              + " formandskab ultimo august.",
          List.of("Godkender, at den reviderede samarbejdsaftale om osteoporose indstilles til godkendelse i"
              + " Strategisk Sundhedsforum."),
          List.of("Samarbejdsaftale osteoporose juni 2025")),
      new SeedItem(12, "Godkendelse: Revideret samarbejdsaftale om hjælpemidler og behandlingsredskaber",
          "1-01-72-220-24", "jens.bach", "Netværksgruppen for hjælpemidler og behandlingsredskaber",
          "Samarbejdsaftalen om hjælpemidler og behandlingsredskaber er blevet revideret og fremlægges til fornyet"
              + " behandling og godkendelse.",
          List.of("Godkender, at den reviderede samarbejdsaftale om hjælpemidler og behandlingsredskaber indstilles"
              + " til godkendelse i Strategisk Sundhedsforum."),
          List.of("Revideret Samarbejdsaftale vedr. Hjælpemidler og Behandlingsredskaber juni 2025")),
      new SeedItem(13, "Orientering: Udarbejdelse af sundhedsberedskabsplanlægning for patienter i"
          + " hjemmerespirator, hjemmeiltbehandling, hjemmedialyse og andre sårbare patientgrupper", "1-31-72-12-25",
          CHAIR, "Region Nordjylland",
          "Sundhedsstyrelsen har bedt regionerne om en redegørelse for beredskabsplanlægningen for patienter i"
              + " hjemmerespirator, hjemmeiltbehandling, hjemmedialyse og andre sårbare patientgrupper.",
          List.of("Tager orienteringen til efterretning.", "Udpeger en kontaktperson i hver kommune til det videre"
              + " arbejde."),
          List.of()));

  /** The standing items of FFU (application.yaml) and their numbers in the seed. */
  static final Map<String, Integer> STANDING = Map.of(
      "Mødedeltagere", 1,
      "Godkendelse af dagsorden", 2,
      "(Fast punkt) Orientering: Sundhedsreformen - gensidig orientering", 5,
      "Orientering", 14,
      "Eventuelt", 15);

  static final String RESERVATION = "Koordineringsgruppen afklarer evt. usikkerheder om 10-årsplanen for psykiatrien,"
      + " integrationen af psykiatri og somatik og reformen på beskæftigelsesområdet, inden arbejdsgruppen"
      + " igangsættes, og giver Fælles Forretningsudvalg en skriftlig orientering med vurderingen.";
  static final String ACTION_DIALOGUE = "Sekretariatet for Strategisk Sundhedsforum udsender en orientering om"
      + " dialogmøder med de kommunale sundhedsdirektører.";
  static final String ACTION_PLO = "PLO-Nordjylland sender bemærkninger til samarbejdsaftalen om osteoporose til"
      + " Region Nordjylland, så arbejdsgruppen kan se nærmere på aftalen.";
  static final String ACTION_CONTACTS = "Det Fælleskommunale Sundhedssekretariat udsender anmodning om kommunale"
      + " kontaktpersoner via Sundheds- og ældrechefkredsen.";

  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired Meetings meetings;
  @Autowired Items items;
  @Autowired FollowUps followUps;
  @Autowired NotificationOutbox notifications;
  @Autowired WorkingDays workingDays;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  // ------------------------------------------------------------------------------------------------ the seed

  @Test
  void theFfuMeetingOf22August2025RunsThroughTheWholeCycleAndEveryItemEndsWhereTheSeedSentIt() throws Exception {
    assertThat(meetings.nextAfter(meetings.get(MEETING)).map(Meeting::id))
        .as("another test created an FFU meeting between %s and %s", MEETING, NEXT_MEETING)
        .contains(NEXT_MEETING);

    // Sunday 20 July 2025: the cycle starts, the call for items is open with FFU's standing items.
    Clock.set(LocalDateTime.of(2025, 7, 20, 9, 0));
    assertThat(starter.start(MEETING)).contains(MEETING);
    ProcessInstance cycle = cycle(MEETING);
    assertThat(cycle).isWaitingAt(COLLECT_ITEMS);
    assertThat(api.body(api.get("/api/meetings/" + MEETING, "lone.berg")).get("status").asText()).isEqualTo("CALL_FOR_ITEMS");

    // Members propose the ten items of the seed before the deadline (Wednesday 6 August 2025, 12:00).
    Map<Integer, Long> itemIds = new LinkedHashMap<>();
    LocalDateTime proposedAt = LocalDateTime.of(2025, 7, 28, 10, 0);
    for (SeedItem seed : PROPOSED) {
      Clock.set(proposedAt = proposedAt.plusHours(3));
      ResponseEntity<String> created = api.exchange(HttpMethod.POST, "/api/items", seed.proposer(), proposal(seed));
      assertThat(created.getStatusCode()).as("punkt %d: %s", seed.number(), created.getBody())
          .isEqualTo(HttpStatus.CREATED);
      JsonNode item = api.body(created).get("item");
      assertThat(created.getHeaders().getLocation()).hasToString("/api/items/" + item.get("id").asLong());
      assertThat(item.get("meetingId").asText()).isEqualTo(MEETING);
      assertThat(item.get("status").asText()).isEqualTo("PROPOSED");
      assertThat(item.get("proposedBy").asText()).isEqualTo(seed.proposer());
      itemIds.put(seed.number(), item.get("id").asLong());
    }

    // The secretariat closes the call at the deadline.
    Clock.set(LocalDateTime.of(2025, 8, 6, 12, 30));
    new ScreenClient(http, SECRETARIAT).submitOk("collect-items", api.taskId(MEETING, COLLECT_ITEMS, SECRETARIAT),
        Map.of("action", "luk", CALL_CLOSED.getName(), "true"));
    assertThat(cycle).isWaitingAt(SCREEN_ITEMS);

    // The meeting leader screens the pipeline into the seed's numbering 1-15: the standing items come by themselves.
    Clock.set(LocalDateTime.of(2025, 8, 8, 10, 0));
    JsonNode pipeline = api.body(api.get("/api/meetings/" + MEETING + "/pipeline", CHAIR));
    List<Map<String, Object>> screening = new ArrayList<>();
    for (JsonNode item : pipeline) {
      long id = item.get("id").asLong();
      Integer position = null;
      if (item.get("standing").asBoolean()) {
        position = STANDING.get(item.get("title").asText());
        if (position != null) {
          itemIds.put(position, id);
        }
      } else {
        position = itemIds.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
            .orElse(null);
      }
      Map<String, Object> row = new HashMap<>();
      row.put("itemId", id);
      if (position != null) {
        row.put("decision", "ACCEPT");
        row.put("position", position);
      } else {
        // Nothing of the seed: left in FFU's pipeline by another test class sharing the database.
        row.put("decision", "REJECT");
        row.put("reason", "Hører ikke til mødet den 22. august 2025.");
      }
      screening.add(row);
    }
    assertThat(itemIds).as("the 5 standing and 10 proposed items in the pipeline").hasSize(15);
    ResponseEntity<String> screened = api.exchange(HttpMethod.POST, "/api/meetings/" + MEETING + "/screening", CHAIR,
        screening);
    assertThat(api.body(screened)).hasSize(15);
    assertThat(cycle).hasNotPassed(START_PRE_MEETING).isWaitingAt(APPROVE_AGENDA);

    // The meeting leader approves the agenda; it goes out 5 working days before (Friday 15 August 12:00).
    Clock.set(LocalDateTime.of(2025, 8, 12, 9, 0));
    assertThat(new ScreenClient(http, CHAIR).submit("approve-agenda",
        api.taskId(MEETING, APPROVE_AGENDA, CHAIR), Map.of("decision", "godkend")).getStatusCode().value()).isEqualTo(303);
    assertThat(cycle).isWaitingAt(AGENDA_PUBLICATION);
    assertThat(Clock.of(job(AGENDA_PUBLICATION, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2025, 8, 15, 12, 0));
    Clock.set(LocalDateTime.of(2025, 8, 15, 12, 0));
    execute(job(AGENDA_PUBLICATION, cycle));
    assertThat(meetings.get(MEETING).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    assertThat(Clock.of(job(MEETING_START, cycle).getDuedate())).isEqualTo(LocalDateTime.of(2025, 8, 22, 12, 0));
    Clock.set(LocalDateTime.of(2025, 8, 22, 12, 0));
    execute(job(MEETING_START, cycle));
    assertThat(cycle).isWaitingAt(RECORD_MEETING);

    // After the meeting the secretariat records attendance (one member sent apologies), the decisions and actions.
    Clock.set(LocalDateTime.of(2025, 8, 22, 15, 0));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("absentees", List.of("rasmus.holt"));
    record.put("guests", null);
    record.put("decisions", decisions(itemIds));
    record.put("actions", List.of(
        action(itemIds.get(5), ACTION_DIALOGUE, "ssf-secretariat", "2025-08-29"),
        action(itemIds.get(11), ACTION_PLO, "plo-chairmanship", "2025-09-12"),
        action(itemIds.get(13), ACTION_CONTACTS, "fu-secretariat", "2025-09-05")));
    ResponseEntity<String> recorded = api.exchange(HttpMethod.POST, "/api/meetings/" + MEETING + "/decisions",
        SECRETARIAT, record);
    assertThat(api.body(recorded)).hasSize(15);
    assertThat(meetings.get(MEETING).status()).isEqualTo(MeetingStatus.HELD);
    assertThat(items.absences(MEETING)).containsExactly("rasmus.holt");

    // Minutes drafted without a comment round, approved by the meeting leader: publication and follow-up.
    Clock.set(LocalDateTime.of(2025, 8, 25, 10, 0));
    assertThat(new ScreenClient(http, SECRETARIAT).submit("draft-minutes", api.taskId(MEETING, DRAFT_MINUTES,
        SECRETARIAT), Map.of()).getStatusCode().value()).isEqualTo(303);
    assertThat(cycle).hasNotPassed(COMMENT_ON_MINUTES).isWaitingAt(APPROVE_MINUTES);
    LocalDateTime approvedAt = LocalDateTime.of(2025, 8, 26, 9, 0);
    Clock.set(approvedAt);
    assertThat(new ScreenClient(http, CHAIR).submit("approve-minutes", api.taskId(MEETING, APPROVE_MINUTES, CHAIR),
        Map.of("decision", "godkend")).getStatusCode().value()).isEqualTo(303);
    assertThat(cycle).hasPassed(PUBLISH_MINUTES, START_FOLLOW_UP).isEnded();

    // ---- where everything ended

    JsonNode meeting = api.body(api.get("/api/meetings/" + MEETING, "admin"));
    assertThat(meeting.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(notifications.ofMeeting(MEETING)).extracting(Notification::kind)
        .containsExactly(NotificationKind.CALL_FOR_ITEMS, NotificationKind.AGENDA, NotificationKind.MINUTES);

    // The agenda: 15 entries in the seed's order with the recorded outcomes.
    JsonNode agenda = api.body(api.get("/api/meetings/" + MEETING + "/agenda", "lone.berg"));
    assertThat(agenda).hasSize(15);
    Map<Integer, String> expectedOutcomes = new LinkedHashMap<>();
    for (Map<String, Object> d : decisions(itemIds)) {
      expectedOutcomes.put(numberOf(itemIds, (Long) d.get("itemId")), (String) d.get("outcome"));
    }
    for (int position = 1; position <= 15; position++) {
      JsonNode entry = agenda.get(position - 1);
      assertThat(entry.get("position").asInt()).isEqualTo(position);
      assertThat(entry.get("itemId").asLong()).as("punkt %d", position).isEqualTo(itemIds.get(position));
      assertThat(entry.get("outcome").asText()).as("punkt %d", position).isEqualTo(expectedOutcomes.get(position));
      assertThat(entry.get("decidedAt").isNull()).isFalse();
    }
    assertThat(agenda.get(2).get("decisionText").asText()).contains("osteoporose", "29. november");
    assertThat(agenda.get(9).get("reservation").asText()).isEqualTo(RESERVATION);
    assertThat(agenda.get(9).get("reservationOwner").asText()).isEqualTo("koordineringsgruppen-members");
    assertThat(agenda.get(11).get("decisionText").asText()).contains("fjernes");
    assertThat(agenda.get(13).get("decisionText").asText()).isEqualTo("Intet at bemærke.");

    // Titles, kinds, case numbers, recommendations and attachments as proposed.
    for (SeedItem seed : PROPOSED) {
      JsonNode details = api.body(api.get("/api/items/" + itemIds.get(seed.number()), "admin"));
      JsonNode item = details.get("item");
      assertThat(item.get("title").asText()).isEqualTo(seed.title());
      assertThat(item.get("kind").asText()).as(seed.title()).isEqualTo(expectedKind(seed.title()));
      assertThat(item.get("caseNumber").asText()).isEqualTo(seed.caseNumber());
      assertThat(item.get("summary").asText()).isEqualTo(seed.summary());
      assertThat(item.get("proposerBody").asText()).isEqualTo(seed.proposerBody());
      assertThat(details.get("recommendations")).extracting(r -> r.get("text").asText())
          .containsExactlyElementsOf(seed.recommendations());
      assertThat(details.get("recommendations")).extracting(r -> r.get("number").asInt())
          .containsExactlyElementsOf(IntStream.rangeClosed(1, seed.recommendations().size())
              .boxed().toList());
      assertThat(details.get("attachments")).extracting(a -> a.get("title").asText())
          .containsExactlyElementsOf(seed.attachments());
      assertThat(details.get("agendas")).hasSize(1);
      assertThat(details.get("agendas").get(0).get("meetingId").asText()).isEqualTo(MEETING);
    }
    assertThat(kindOf(itemIds.get(5))).isEqualTo("INFORMATION");

    // Every item but the osteoporosis agreement is decided and stays with the meeting.
    for (Map.Entry<Integer, Long> e : itemIds.entrySet()) {
      JsonNode details = api.body(api.get("/api/items/" + e.getValue(), "admin"));
      if (e.getKey() == 11) {
        continue;
      }
      assertThat(details.get("item").get("status").asText()).as("punkt %d", e.getKey()).isEqualTo("DECIDED");
      assertThat(details.get("item").get("meetingId").asText()).isEqualTo(MEETING);
      assertThat(details.get("history")).extracting(h -> h.get("kind").asText()).as("punkt %d", e.getKey())
          .endsWith("ACCEPTED", "DECIDED").doesNotContain("RETURNED_TO_PIPELINE");
    }

    // Item 11 (osteoporose, not approved) is back in the pipeline of the next ordinary FFU meeting.
    long osteoporosis = itemIds.get(11);
    JsonNode nextPipeline = api.body(api.get("/api/meetings/" + NEXT_MEETING + "/pipeline", "jens.bach"));
    assertThat(nextPipeline).extracting(i -> i.get("id").asLong()).contains(osteoporosis);
    JsonNode osteo = api.body(api.get("/api/items/" + osteoporosis, "jens.bach"));
    assertThat(osteo.get("item").get("status").asText()).isEqualTo("PROPOSED");
    assertThat(osteo.get("item").get("meetingId").asText()).isEqualTo(NEXT_MEETING);
    assertThat(osteo.get("history")).extracting(h -> h.get("kind").asText())
        .containsExactly("PROPOSED", "ACCEPTED", "DECIDED", "RETURNED_TO_PIPELINE");
    JsonNode returned = osteo.get("history").get(3);
    assertThat(returned.get("meetingId").asText()).isEqualTo(NEXT_MEETING);
    assertThat(returned.get("text").asText()).contains("Ikke godkendt", MEETING);
    assertThat(osteo.get("agendas")).hasSize(1);
    assertThat(osteo.get("agendas").get(0).get("outcome").asText()).isEqualTo("NOT_APPROVED");
    assertThat(osteo.get("actions")).extracting(a -> a.get("ownerGroup").asText()).containsExactly("plo-chairmanship");

    // The three actions and the reservation, each with its owner and a running followUpAction process.
    List<Action> followUp = followUps.ofMeeting(MEETING);
    assertThat(followUp).hasSize(4);
    assertThat(followUp).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
      assertThat(a.forumId()).isEqualTo("ffu");
      assertThat(a.processInstanceId()).isNotNull();
      ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(a.processInstanceId()).singleResult();
      assertThat(process).as(a.description()).isNotNull();
      assertThat(process.isEnded()).isFalse();
      assertThat(process.getBusinessKey()).isEqualTo(FollowUpActionProcess.businessKey(a.id()));
      assertThat(engine.getRepositoryService().getProcessDefinition(process.getProcessDefinitionId()).getKey())
          .isEqualTo(FollowUpActionProcess.KEY);
    });
    assertThat(followUp.stream().filter(a -> a.kind() == ActionKind.ACTION))
        .extracting(Action::itemId, Action::description, Action::ownerUser, Action::ownerGroup, Action::dueDate)
        .containsExactlyInAnyOrder(
            Tuple.tuple(itemIds.get(5), ACTION_DIALOGUE, null, "ssf-secretariat",
                LocalDate.of(2025, 8, 29)),
            Tuple.tuple(itemIds.get(11), ACTION_PLO, null, "plo-chairmanship",
                LocalDate.of(2025, 9, 12)),
            Tuple.tuple(itemIds.get(13), ACTION_CONTACTS, null, "fu-secretariat",
                LocalDate.of(2025, 9, 5)));
    Action reservation = followUp.stream().filter(a -> a.kind() == ActionKind.RESERVATION).findFirst().orElseThrow();
    assertThat(reservation.itemId()).isEqualTo(itemIds.get(10));
    assertThat(reservation.description()).isEqualTo(RESERVATION);
    assertThat(reservation.ownerGroup()).isEqualTo("koordineringsgruppen-members");
    assertThat(reservation.ownerUser()).isNull();
    assertThat(reservation.dueDate()).isAfter(LocalDate.of(2025, 8, 22))
        .isEqualTo(workingDays.plusWorkingDays(approvedAt.toLocalDate(), 10));
    JsonNode viaApi = api.body(api.get("/api/actions?meeting=" + MEETING, "karen.lund"));
    assertThat(viaApi).hasSize(4);

    // ---- the next ordinary FFU meeting: its call opens and the osteoporosis item is already there.

    // Wednesday 27 August 2025, before the item deadline of the 23 September meeting (Friday 5 September).
    Clock.set(LocalDateTime.of(2025, 8, 27, 9, 0));
    assertThat(starter.start(NEXT_MEETING)).contains(NEXT_MEETING);
    ProcessInstance next = cycle(NEXT_MEETING);
    assertThat(next).isWaitingAt(COLLECT_ITEMS);
    JsonNode nextCall = api.body(api.get("/api/meetings/" + NEXT_MEETING + "/pipeline", "karen.lund"));
    assertThat(nextCall).extracting(i -> i.get("id").asLong()).contains(osteoporosis);
    assertThat(nextCall).filteredOn(i -> i.get("standing").asBoolean()).extracting(i -> i.get("title").asText())
        .containsAll(STANDING.keySet());
    // The call to the next meeting did not move or re-log it: it came back by itself, once.
    assertThat(api.body(api.get("/api/items/" + osteoporosis, "admin")).get("history")).extracting(h -> h.get("kind").asText())
        .containsExactly("PROPOSED", "ACCEPTED", "DECIDED", "RETURNED_TO_PIPELINE");

    // And it is on the chair's screening list once the call closes.
    new ScreenClient(http, SECRETARIAT).submitOk("collect-items",
        api.taskId(NEXT_MEETING, COLLECT_ITEMS, SECRETARIAT), Map.of("action", "luk", CALL_CLOSED.getName(), "true"));
    String screeningTask = api.taskId(NEXT_MEETING, SCREEN_ITEMS, CHAIR);
    // One row on the chair's screening screen, its decision named by the item.
    String page = new ScreenClient(http, CHAIR).open("screen-items", screeningTask).getBody();
    List<String> titles = new ArrayList<>();
    Matcher rows = Pattern.compile("<span>Punkt \\d+: ([^<]*)</span>").matcher(page);
    while (rows.find()) {
      titles.add(rows.group(1));
    }
    assertThat(titles).filteredOn(t -> t.contains("osteoporose")).containsExactly(
        "Godkendelse: Revideret samarbejdsaftale om osteoporose");
    assertThat(page).contains("name=\"decision-" + osteoporosis + "\"");
  }

  // ------------------------------------------------------------------------------------------------ the record

  /** The seed's decisions, items 1-15. */
  static List<Map<String, Object>> decisions(Map<Integer, Long> ids) {
    List<Map<String, Object>> d = new ArrayList<>();
    d.add(decision(ids.get(1), "TAKEN_TO_NOTICE", "Der var afbud fra Rasmus Holt."));
    d.add(decision(ids.get(2), "APPROVED", "Fælles Forretningsudvalg godkendte dagsordenen uden bemærkninger."));
    d.add(decision(ids.get(3), "DISCUSSED", "Fælles Forretningsudvalg drøftede dagsordenen til Strategisk"
        + " Sundhedsforum med bemærkning om, at samarbejdsaftalen vedr. osteoporose afventer næstkommende"
        + " formandskabsmøde i PLO-Nordjylland, hvorfor den først dagsordensættes på Strategisk Sundhedsforum den"
        + " 29. november, og at der tilføjes et orienteringspunkt om indhold målrettet almen praksis i lovpakke 1"
        + " og 2b."));
    d.add(decision(ids.get(4), "DISCUSSED", "Fælles Forretningsudvalg drøftede dagsordenen til"
        + " Sundhedssamarbejdsudvalget med bemærkning om, at godkendelse af samarbejdsaftalen om osteoporose"
        + " udskydes til næstkommende møde, og at der ikke skal holdes et klyngeoplæg."));
    d.add(decision(ids.get(5), "TAKEN_TO_NOTICE", "Regionen forbereder en ny runde dialogmøder med kommunerne om"
        + " opgaveflyt. Det blev aftalt, at samme orientering gives til Strategisk Sundhedsforum på næstkommende"
        + " møde."));
    d.add(decision(ids.get(6), "APPROVED_WITH_REMARKS", "Fælles Forretningsudvalg tog orienteringen til"
        + " efterretning med bemærkning om, at et fælles datagrundlag og onboarding af nye politikere skrives ind,"
        + " at Det Nordjyske eSundhedsvæsen tænkes ind som et separat spor, og at arbejdsplanen udvides med 2027."));
    d.add(decision(ids.get(7), "APPROVED", "Fælles Forretningsudvalg godkendte proces for midtvejsstatus for"
        + " Sundhedsaftalen, og tog orientering om slutstatus til efterretning."));
    d.add(decision(ids.get(8), "APPROVED", "Fælles Forretningsudvalg godkendte igangsættelsen af udarbejdelsen af en"
        + " regionsdækkende drejebog."));
    d.add(decision(ids.get(9), "APPROVED_WITH_REMARKS", "Fælles Forretningsudvalg godkendte kommissoriet med"
        + " bemærkning om, at det tilføjes til kommissoriet, at den tværsektorielle MedCom gruppe involveres i den"
        + " kommende arbejdsgruppes arbejde."));
    Map<String, Object> reserved = decision(ids.get(10), "APPROVED_WITH_RESERVATION", "Kommissoriet blev godkendt"
        + " med forbehold for, at koordineringsgruppen afklarer evt. usikkerheder inden arbejdsgruppen igangsættes."
        + " Der gives en skriftlig orientering med vurderingen til Fælles Forretningsudvalg.");
    reserved.put("reservation", RESERVATION);
    reserved.put("reservationOwner", "koordineringsgruppen-members");
    d.add(reserved);
    d.add(decision(ids.get(11), "NOT_APPROVED", "Fælles Forretningsudvalg godkendte ikke samarbejdsaftalen om"
        + " osteoporose, og den indstilles derfor ikke til godkendelse i Strategisk Sundhedsforum. PLO-Nordjylland"
        + " har behov for at vende den i deres formandskab, inden den kan godkendes. Samarbejdsaftalen"
        + " dagsordenssættes på næstkommende ordinære møde i Fælles Forretningsudvalg."));
    d.add(decision(ids.get(12), "APPROVED_WITH_REMARKS", "Fælles Forretningsudvalg godkendte den reviderede"
        + " samarbejdsaftale med bemærkning om, at en formulering om almen praksis' rolle som koordinerende"
        + " funktion, fjernes i aftalen."));
    d.add(decision(ids.get(13), "TAKEN_TO_NOTICE", "Fælles Forretningsudvalg tog orienteringen til efterretning med"
        + " bemærkning om, at der udpeges kommunale kontaktpersoner fra hver kommune til det videre arbejde."));
    d.add(decision(ids.get(14), "TAKEN_TO_NOTICE", "Intet at bemærke."));
    d.add(decision(ids.get(15), "TAKEN_TO_NOTICE", "Intet at bemærke."));
    return d;
  }

  static Map<String, Object> decision(long itemId, String outcome, String text) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("itemId", itemId);
    d.put("outcome", outcome);
    d.put("decisionText", text);
    return d;
  }

  static Map<String, Object> action(long itemId, String description, String owner, String dueDate) {
    return Map.of("itemId", itemId, "description", description, "owner", owner, "dueDate", dueDate);
  }

  static Map<String, Object> proposal(SeedItem seed) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("forumId", "ffu");
    p.put("meetingId", MEETING);
    p.put("title", seed.title());
    p.put("caseNumber", seed.caseNumber());
    p.put("summary", seed.summary());
    p.put("proposerBody", seed.proposerBody());
    p.put("recommendations", seed.recommendations());
    p.put("attachments", seed.attachments().stream().map(t -> Map.of("title", t, "toFollow", false)).toList());
    return p;
  }

  static String expectedKind(String title) {
    if (title.startsWith("Drøftelse:")) {
      return "DISCUSSION";
    }
    if (title.startsWith("Godkendelse:")) {
      return "APPROVAL";
    }
    if (title.startsWith("Orientering:")) {
      return "INFORMATION";
    }
    throw new IllegalArgumentException(title);
  }

  static int numberOf(Map<Integer, Long> ids, long itemId) {
    return ids.entrySet().stream().filter(e -> e.getValue() == itemId).map(Map.Entry::getKey).findFirst()
        .orElseThrow();
  }

  String kindOf(long itemId) throws Exception {
    return api.body(api.get("/api/items/" + itemId, "admin")).get("item").get("kind").asText();
  }

  // ------------------------------------------------------------------------------------------------ plumbing

  ProcessInstance cycle(String meetingId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .processDefinitionKey("meetingCycle").singleResult();
  }





}
