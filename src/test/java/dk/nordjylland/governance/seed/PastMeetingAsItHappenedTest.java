package dk.nordjylland.governance.seed;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15 end to end: the secretariat registers a past FU meeting as it happened, through our API alone (no master
 * data file, no clock): the meeting for the archive, its attendance as recorded (afbud, a substitute, a guest for the
 * first hour of one item), a standing item with its content (a nested bullet list and an indstilling), an item
 * discussed and sent on to SSF's municipal pre-meeting, an item whose sub-topic is postponed, an Eventuelt without a
 * decision and an action owned by a body outside the collaboration. The approved minutes print all of it by name, and
 * the pre-meeting's agenda has the item sent to it, which says where it came from. The shape of seed 001 (FU, a
 * Teams meeting, mostly standing items, matters for "formødet til Strategisk Sundhedsforum").
 */
@GovernanceTest
class PastMeetingAsItHappenedTest {

  /** Wednesday 20 February 2041: the day the secretariat registers the meeting of 12 February. */
  static final LocalDateTime TODAY = LocalDateTime.of(2041, 2, 20, 10, 0);
  static final String SECRETARY = "karen.lund";
  static final String PRE_MEETING_SECRETARY = "erik.moerch";

  @Autowired ApiClient api;
  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired Meetings meetings;
  @Autowired Items items;
  @Autowired Attendances attendances;
  @Autowired Documents documents;
  @Autowired FollowUps followUps;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aPastMeetingIsRegisteredAsItHappenedAndItsMinutesAndThePreMeetingsAgendaSaySo() throws Exception {
    Clock.set(TODAY);
    // SSF's next meeting has screened its items and called its pre-meeting, which collects items now.
    String ssf = run.start("ssf", LocalDateTime.of(2041, 3, 14, 9, 0));
    complete(ssf, COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
    complete(ssf, SCREEN_ITEMS, Map.of());
    Meeting pre = meetings.preMeetingOf(ssf).orElseThrow();
    assertThat(pre.status()).isEqualTo(MeetingStatus.CALL_FOR_ITEMS);
    // FU's next meeting, where what FU postpones comes back.
    String nextFu = testMeetings.create("fu", LocalDateTime.of(2041, 3, 19, 12, 0));

    // The meeting of 12 February, registered for the archive at its record.
    JsonNode created = api.body(api.post("/api/meetings", SECRETARY, Map.of("forumId", "fu",
        "startsAt", "2041-02-12T12:00:00", "endsAt", "2041-02-12T13:30:00", "place", "Teams-møde",
        "startAt", "recordMeeting")));
    String fu = created.get("id").asText();
    assertThat(fu).isEqualTo("fu-2041-02-12-archive");

    long followUp = propose(fu, Map.of("title", "Opfølgning på møder", "standing", true, "kind", "Orientering",
        "summary", "Sundhedsdirektørernes Forretningsudvalg drøfter relevante møder siden sidst, herunder:\n"
            + "• Formandskabsmøde Strategisk Sundhedsforum 28. januar\n"
            + "  o Forberedelse af temadrøftelsen\n"
            + "• Sundhedsprofil-konferencen 31. januar",
        "recommendations", List.of("Orienteringen tages til efterretning.")));
    long model = propose(fu, Map.of("title", "Drøftelse: Model for det nære sundhedsvæsen",
        "summary", "Den samlede model inkl. rent kommunale fora drøftes.",
        "guests", "Ole Sand, KKR-sekretariatet (den første time)"));
    long profile = propose(fu, Map.of("title", "Orientering: Sundhedsprofilen 2041",
        "summary", "Sundhedsprofilens resultater for Nordjylland."));
    long eventuelt = propose(fu, Map.of("title", "Eventuelt", "standing", true));

    // Attendance as it was: one member sent apologies and a substitute came; a guest for the first hour of one item.
    List<String> members = attendances.membersOn(fu).stream().map(Membership::personId).distinct().toList();
    assertThat(members).contains("morten.lykke", "tove.brandt");
    List<String> present = members.stream().filter(m -> !m.equals("tove.brandt")).toList();
    ResponseEntity<String> attendance = api.exchange(HttpMethod.PUT, "/api/meetings/" + fu + "/attendance", SECRETARY, Map.of(
        "present", present, "absent", List.of("tove.brandt"),
        "substitutes", List.of(Map.of("name", "Eva Nielsen, Aalborg Kommune", "standsInFor", "tove.brandt")),
        "guests", List.of(Map.of("name", "Ole Sand, KKR-sekretariatet", "itemId", model,
            "note", "den første time"))));
    assertThat(attendance.getStatusCode().value()).as("%s", attendance.getBody()).isEqualTo(200);

    // The meeting's decisions as they were taken.
    Map<String, Object> decisions = Map.of("absentees", List.of("tove.brandt"), "decisions", List.of(
        decision(followUp, "TAKEN_TO_NOTICE", "Orienteringen blev taget til efterretning.", Map.of()),
        decision(model, "DISCUSSED", "Modellen blev drøftet og drøftes videre på formødet til SSF.",
            Map.of("targetForumId", pre.forumId())),
        decision(profile, "TAKEN_TO_NOTICE", "Orienteringen blev taget til efterretning.", Map.of("subTopics",
            List.of(Map.of("title", "Resultater for klyngerne", "text", "Klyngernes tal.", "outcome", "APPROVED"),
                Map.of("title", "Fælles indsats for rygning", "text", "Forslag fra Klynge Vest.",
                    "outcome", "POSTPONED")))),
        decision(eventuelt, "NO_DECISION", null, Map.of())),
        "actions", List.of(Map.of("itemId", model, "description", "KKR orienteres om modellen.",
            "owner", "kkr-nordjylland", "dueDate", "2041-03-07")));
    ResponseEntity<String> recorded = api.post("/api/meetings/" + fu + "/decisions", SECRETARY, decisions);
    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(200);
    complete(fu, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    complete(fu, APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));

    String minutes = text(documents.latest(fu, DocumentKind.MINUTES).orElseThrow().content());
    int p = position(fu, profile);
    assertThat(minutes)
        .contains("Teams-møde", "Afbud: Tove Brandt")
        .contains("Stedfortrædere: Eva Nielsen, Aalborg Kommune for Tove Brandt")
        .contains("Ole Sand, KKR-sekretariatet (den første time)")
        .contains("Formandskabsmøde Strategisk Sundhedsforum 28. januar", "Forberedelse af temadrøftelsen",
            "Orienteringen tages til efterretning.")
        .contains("Sendt videre til Strategisk Sundhedsforum – kommunalt formøde " + DanishDates.numeric(pre.startsAt()))
        .contains(p + ".a Resultater for klyngerne", p + ".b Fælles indsats for rygning", "Beslutning: Udskudt")
        .contains("KKR orienteres om modellen. (ansvarlig: KKR Nordjyllands sekretariat")
        .doesNotContain("kkr-nordjylland", "fu-secretariat");
    // The nested point stands between its parent and the next point, as typed.
    assertThat(minutes.indexOf("Forberedelse af temadrøftelsen"))
        .isBetween(minutes.indexOf("28. januar"), minutes.indexOf("Sundhedsprofil-konferencen"));
    int eventueltAt = minutes.indexOf("Eventuelt", minutes.indexOf("Punkt " + position(fu, eventuelt)));
    assertThat(minutes.substring(eventueltAt)).contains("Ingen beslutning");
    // The minutes print who was there as recorded: the absent member is not among the participants.
    String participants = minutes.substring(minutes.indexOf("Deltagere:"), minutes.indexOf("Afbud:"));
    assertThat(participants).contains("Morten Lykke").doesNotContain("Tove Brandt");

    // The body outside the collaboration owns its action: no login, the secretariat registers what it reports back.
    Action kkr = followUps.ofMeeting(fu).stream().filter(a -> a.description().equals("KKR orienteres om modellen."))
        .findFirst().orElseThrow();
    assertThat(kkr.ownerUser()).isNull();
    assertThat(kkr.ownerGroup()).isEqualTo("fu-secretariat");

    // The postponed sub-topic is an item of its own on FU's next meeting.
    assertThat(items.pipeline(nextFu)).extracting(Item::title).contains("Fælles indsats for rygning");

    // The item sent to the pre-meeting is on its agenda once it is screened, and says where it came from.
    assertThat(items.find(model).orElseThrow().meetingId()).isEqualTo(pre.id());
    JsonNode pipeline = api.body(api.get("/api/meetings/" + pre.id() + "/pipeline", PRE_MEETING_SECRETARY));
    assertThat(pipeline.findValuesAsText("title")).contains("Drøftelse: Model for det nære sundhedsvæsen");
    complete(pre.id(), COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
    complete(pre.id(), SCREEN_ITEMS, Map.of());
    assertThat(items.agenda(pre.id())).extracting(AgendaEntry::itemId).contains(model);
    JsonNode details = api.body(api.get("/api/items/" + model, SECRETARY));
    assertThat(details.get("cameFrom").get(0).get("text").asText())
        .isEqualTo("Fra: FU " + DanishDates.numeric(LocalDateTime.of(2041, 2, 12, 12, 0)) + ", punkt "
            + position(fu, model));
  }

  private long propose(String meetingId, Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("forumId", "fu");
    body.put("meetingId", meetingId);
    ResponseEntity<String> answer = api.post("/api/items", SECRETARY, body);
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
    return api.json(answer).get("item").get("id").asLong();
  }

  private static Map<String, Object> decision(long itemId, String outcome, String text, Map<String, Object> more) {
    Map<String, Object> d = new HashMap<>(more);
    d.put("itemId", itemId);
    d.put("outcome", outcome);
    if (text != null) {
      d.put("decisionText", text);
    }
    return d;
  }

  private int position(String meetingId, long itemId) {
    return items.agenda(meetingId).stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow().position();
  }

  private void complete(String meetingId, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("%s waits at %s", meetingId, taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
