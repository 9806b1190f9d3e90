package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The record-meeting screen (ADR 0037, issue 14 points 1-3): attendance by name, one decision per agenda item however
 * many, actions with owners chosen by name and due dates typed day first (ADR 0028: 08-01-2027 is 8 January 2027, an
 * impossible date is refused on its field), more action rows without JavaScript, and everything refused leaves the
 * task open with nothing saved. An FFU meeting of its own on Thursday 10 December 2026, recorded that afternoon.
 */
@GovernanceTest
class RecordMeetingScreenTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2026, 12, 10, 13, 0);
  static final String SECRETARY = "karen.lund";
  static final String SCREEN = "record-meeting";
  static final int PROPOSED = 10;

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired Meetings meetings;
  @Autowired MeetingDocuments documents;
  @Autowired Attendances attendances;
  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;

  static final String ANNOUNCED_GUEST = "Anne Holm, Region Nordjylland";

  String meetingId;
  long itemWithGuest;
  String laterFfuMeeting;
  String ssfMeeting;
  ProcessInstance cycle;
  String task;
  List<AgendaEntry> agendaEntries;
  ScreenClient secretary;

  @BeforeEach
  void aHeldMeetingWithMoreThanTenItems() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    // Meetings an item can be sent or postponed to: the next of each forum.
    laterFfuMeeting = testMeetings.create("ffu", MEETING.plusDays(1));
    ssfMeeting = testMeetings.create("ssf", MEETING.plusDays(1));
    for (int i = 1; i <= PROPOSED; i++) {
      // The first proposal announces a guest (ADR 0043): the screen shows her for confirmation.
      long id = itemProposals.propose(new ItemProposal("ffu", meetingId, "Orientering: Emne nummer " + i, null,
          "Resumé af emne " + i + ".", null, null, null, null, List.of("Tager orienteringen til efterretning."),
          List.of()), new ItemProposal.Announced(null, i == 1 ? ANNOUNCED_GUEST : null, false), "lone.berg");
      if (i == 1) {
        itemWithGuest = id;
      }
    }
    run.toAgendaApproval(meetingId);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
    engine.getTaskService().complete(taskOf(APPROVE_AGENDA), Map.of(AGENDA_APPROVED.getName(), true));
    for (int round = 0; round < 2; round++) { // the agenda's publication, then the meeting's start
      engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).timers().list()
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
    Clock.set(MEETING.plusHours(3));
    task = taskOf(RECORD_MEETING);
    agendaEntries = items.agenda(meetingId);
    assertThat(agendaEntries).hasSizeGreaterThan(PROPOSED);
    secretary = new ScreenClient(http, SECRETARY);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theSecretaryRecordsTheWholeAgendaChoosingPeopleForumsAndMeetingsByName() {
    ResponseEntity<String> page = secretary.open(SCREEN, task);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"da\"")
        .contains("Registrér fremmøde og beslutninger – FFU 10.12.2026")
        // Attendance by name, the chair with his title; owners by name, groups included.
        .contains("Lone Berg, Region Nordjylland").contains("Mads Kjær, Region Nordjylland (mødeleder)")
        .contains(">PLO-Nordjyllands formandskab</option>").contains(">Godkendt med forbehold</option>")
        .contains("Strategisk Sundhedsforum (SSF)")
        .contains("SSF " + DanishDates.longDate(MEETING.plusDays(1)))
        .contains("Punkt " + agendaEntries.size() + ": ").contains("Resumé af emne 10.")
        .contains("name=\"a3-dueDate\"").doesNotContain("name=\"a4-dueDate\"")
        .doesNotContain(">lone.berg<", ">plo-chairmanship<", ">" + ssfMeeting + "<");

    Map<String, Object> form = allTakenToNotice();
    form.put("attendance-lone.berg", "ABSENT");
    form.put("attendance-jens.bach", "ABSENT");
    form.put("g1-name", "Eva Nielsen, Region Nordjylland");
    form.put("g1-item", String.valueOf(entry(3).itemId()));
    form.put("p2-outcome", "APPROVED_WITH_REMARKS");
    form.put("p2-decisionText", "Godkendt med bemærkning om, at klyngerne inddrages. Æøå.");
    form.put("p3-outcome", "FORWARDED");
    form.put("p3-targetForum", "ssf");
    form.put("p3-targetMeeting", ssfMeeting);
    form.put("p4-outcome", "POSTPONED");
    form.put("p4-targetMeeting", laterFfuMeeting);
    form.put("p5-outcome", "APPROVED_WITH_RESERVATION");
    form.put("p5-decisionText", "Godkendt med forbehold for økonomien.");
    form.put("p5-reservation", "Økonomien afklares med regionen.");
    form.put("p5-reservationOwner", "ffu-secretariat");
    form.put("p4-targetForum", "ssf"); // postponed: it comes back here, so a forum is not used (ADR 0044)
    form.put("a1-item", String.valueOf(entry(6).itemId()));
    form.put("a1-description", "Formandskabet orienterer de praktiserende læger.");
    form.put("a1-owner", "plo-chairmanship");
    form.put("a1-dueDate", "08-01-2027");

    ResponseEntity<String> done = secretary.submit(SCREEN, task, form);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(done.getHeaders().getLocation().getPath()).isEqualTo("/screens/done");
    assertThat(cycle).isWaitingAt(DRAFT_MINUTES);

    assertThat(items.absences(meetingId)).containsExactly("jens.bach", "lone.berg");
    // Attendance as recorded (ADR 0043): the guest row of item 3 is that item's guests.
    assertThat(attendances.recorded(meetingId)).hasValueSatisfying(a -> {
      assertThat(a.absent()).containsExactlyInAnyOrder("lone.berg", "jens.bach");
      assertThat(a.present()).contains("mads.kjaer").doesNotContain("lone.berg", "jens.bach");
    });
    assertThat(items.agenda(meetingId).get(2).guests()).isEqualTo("Eva Nielsen, Region Nordjylland");
    List<AgendaEntry> decided = items.agenda(meetingId);
    assertThat(decided).hasSize(agendaEntries.size()).allSatisfy(e -> assertThat(e.outcome()).isNotNull());
    assertThat(decided.get(1).decisionText()).isEqualTo("Godkendt med bemærkning om, at klyngerne inddrages. Æøå.");
    assertThat(decided.get(2)).satisfies(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.FORWARDED);
      assertThat(e.targetForumId()).isEqualTo("ssf");
      assertThat(e.targetMeetingId()).isEqualTo(ssfMeeting);
    });
    assertThat(decided.get(3).targetMeetingId()).isEqualTo(laterFfuMeeting);
    assertThat(decided.get(4).reservationOwner()).isEqualTo("ffu-secretariat");
    assertThat(decided.get(3).targetForumId()).isNull();
    assertThat(items.decidedActions(meetingId)).singleElement().satisfies(a -> {
      assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 1, 8));
      assertThat(a.owner()).isEqualTo("plo-chairmanship");
      assertThat(a.itemId()).isEqualTo(entry(6).itemId());
    });
    // The minutes name the owner and the date in Danish.
    assertThat(documents.html(meetingId, DocumentKind.MINUTES))
        .contains("ansvarlig: PLO-Nordjyllands formandskab, frist: 8. januar 2027");
    // The process keeps ids only: the lists the screen sent do not stay.
    assertThat(engine.getRuntimeService().getVariables(cycle.getId()).keySet())
        .doesNotContain("decisions", "actions", "absentees", "guests");
  }

  /** ADR 0028 kept: an impossible or US-style date is refused on its field, never read as another day. */
  @Test
  void anImpossibleDueDateIsRefusedOnItsFieldWithEverythingTypedKeptAndNothingSaved() {
    Map<String, Object> form = oneAction("31-02-2027");
    form.put("p2-outcome", "DISCUSSED");
    form.put("p2-decisionText", "Drøftet; sekretariatet vender tilbage.");

    ResponseEntity<String> refused = secretary.submit(SCREEN, task, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"a1-dueDate-fejl\"")
        .contains("Frist for handling 1: 31-02-2027 er ikke en gyldig dato (dd-mm-åååå).")
        .containsPattern("name=\"a1-dueDate\"[^>]*value=\"31-02-2027\"")
        .contains("Drøftet; sekretariatet vender tilbage.")
        .containsPattern("name=\"attendance-lone.berg\" value=\"ABSENT\"\\s+checked=\"checked\"")
        .contains("Intet er gemt");
    nothingSaved();

    ResponseEntity<String> usStyle = secretary.submit(SCREEN, task, oneAction("01/08/2027"));
    assertThat(usStyle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(usStyle.getBody()).contains("Frist for handling 1: 01/08/2027 er ikke en gyldig dato (dd-mm-åååå).");
    nothingSaved();

    // The engine's REST API cannot skip the screen's checks.
    assertThat(api.submitForm(task, SECRETARY, Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    nothingSaved();
  }

  @Test
  void anOwnerOrAnAbsenteeTheScreenDidNotOfferIsRefused() {
    // Henrik Dam exists (SSU), but is neither one of FFU's people nor a group: the screen did not offer him.
    Map<String, Object> form = oneAction("08-01-2027");
    form.put("a1-owner", "henrik.dam");
    form.put("attendance-lone.berg", "ABSENT");
    form.put("attendance-henrik.dam", "ABSENT");
    form.put("s1-name", "Eva Nielsen, Aalborg Kommune");
    form.put("s1-for", "henrik.dam");
    ResponseEntity<String> refused = secretary.submit(SCREEN, task, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"a1-owner-fejl\"").contains("id=\"s1-for-fejl\"")
        .contains("&quot;Ansvarlig for handling 1&quot;: vælg en af de viste muligheder.");
    nothingSaved();
  }

  @Test
  void aTargetMeetingOfAnotherForumIsRefusedAtItsItem() {
    Map<String, Object> form = allTakenToNotice();
    form.put("p3-outcome", "FORWARDED");
    form.put("p3-targetForum", "ssf");
    form.put("p3-targetMeeting", laterFfuMeeting);
    form.put("p4-outcome", "POSTPONED");
    form.put("p4-targetMeeting", ssfMeeting);
    ResponseEntity<String> refused = secretary.submit(SCREEN, task, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"p3-targetMeeting-fejl\"").contains("id=\"p4-targetMeeting-fejl\"")
        .contains("Møde for punkt 3: FFU " + DanishDates.longDate(MEETING.plusDays(1))
            + " er ikke et møde i Strategisk Sundhedsforum (SSF).")
        .doesNotContain(laterFfuMeeting + " er", "'" + ssfMeeting + "'");
    nothingSaved();
  }

  /**
   * The agenda's own rules (here: a decision text longer than the agenda keeps, a due date in the past) come back at
   * the item's row and the action's date; a rule the screen asks itself (a text for remarks) stands at its field, all
   * in one round.
   */
  @Test
  void theAgendasRefusalsAreShownAtTheRowsTheyConcern() {
    Map<String, Object> form = oneAction("01-12-2026");
    form.put("p2-outcome", "APPROVED_WITH_REMARKS");
    ResponseEntity<String> missingText = secretary.submit(SCREEN, task, form);
    assertThat(missingText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missingText.getBody())
        .contains("id=\"p2-decisionText-fejl\">Punkt 2: skriv beslutningen (godkendt med bemærkninger).<");
    nothingSaved();
    // Several at once: the summary lists them in the page's order, each linking to its field.
    form.put("p5-outcome", "");
    form.put("p7-outcome", "");
    form.put("a1-dueDate", "31-02-2027");
    String summary = secretary.submit(SCREEN, task, form).getBody();
    assertThat(summary).containsSubsequence("href=\"#p2-decisionText\"", "href=\"#p5-outcome\"",
        "href=\"#p7-outcome\"", "href=\"#a1-dueDate\"", "Intet er gemt");
    form.put("p5-outcome", Outcome.TAKEN_TO_NOTICE.name());
    form.put("p7-outcome", Outcome.TAKEN_TO_NOTICE.name());
    form.put("a1-dueDate", "01-12-2026");

    form.put("p2-decisionText", "Lang tekst. ".repeat(700));
    ResponseEntity<String> refused = secretary.submit(SCREEN, task, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody())
        .contains("id=\"p2-fejl\">Feltet &#39;Punkt 2, beslutning&#39; må højst have 8000 tegn.<")
        .containsPattern("id=\"a1-dueDate-fejl\">Handling &#39;[^&]*&#39;: fristen ligger i fortiden.<");
    nothingSaved();
  }

  @Test
  void moreActionRowsKeepWhatWasTypedAndAreRecorded() {
    Map<String, Object> form = oneAction("08-01-2027");
    form.put("p2-outcome", "DISCUSSED");
    form.put("p2-decisionText", "Drøftet.");
    form.put("more", "true");
    ResponseEntity<String> more = secretary.submit(SCREEN, task, form);
    assertThat(more.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(more.getBody()).contains("name=\"a6-dueDate\"").doesNotContain("name=\"a7-dueDate\"")
        .contains("name=\"actionRows\" value=\"6\"").containsPattern("name=\"a1-dueDate\"[^>]*value=\"08-01-2027\"")
        .contains("Drøftet.").doesNotContain("Intet er gemt");
    nothingSaved();

    form.remove("more");
    form.put("actionRows", "6");
    form.put("a6-item", String.valueOf(entry(2).itemId()));
    form.put("a6-description", "Sekretariatet udsender notatet.");
    form.put("a6-owner", "lone.berg");
    form.put("a6-dueDate", "15-01-2027");
    ResponseEntity<String> done = secretary.submit(SCREEN, task, form);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(items.decidedActions(meetingId)).extracting(a -> a.owner() + " " + a.dueDate())
        .containsExactly("ffu-secretariat 2027-01-08", "lone.berg 2027-01-15");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /**
   * ADR 0043: present or afbud per member of the meeting's date, a substitute for an absent member, guests for the
   * whole meeting and for one item (the one announced on the agenda, confirmed with a note), more rows without
   * JavaScript; a substitute for a member who came is refused at the row with nothing saved; the minutes print it all.
   */
  @Test
  void attendanceWithSubstitutesAndGuestsIsRecordedByNameAndPrintedAsRecorded() {
    String page = secretary.open(SCREEN, task).getBody();
    assertThat(page).contains("<legend>Jens Bach, PLO-Nordjylland</legend>")
        .containsPattern("name=\"attendance-jens.bach\" value=\"PRESENT\"\\s+checked=\"checked\"")
        .containsPattern("name=\"g1-name\" value=\"" + ANNOUNCED_GUEST + "\"")
        .containsPattern("<option value=\"" + itemWithGuest + "\"\\s+selected=\"selected\"")
        .contains("name=\"s2-name\"").doesNotContain("name=\"s3-name\"");

    Map<String, Object> form = allTakenToNotice();
    form.put("substituteRows", "2");
    form.put("guestRows", "3");
    form.put("s1-name", "Eva Nielsen, Aalborg Kommune");
    form.put("moreAttendance", "true");
    ResponseEntity<String> more = secretary.submit(SCREEN, task, form);
    assertThat(more.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(more.getBody()).contains("name=\"s4-name\"", "name=\"g5-name\"", "value=\"Eva Nielsen, Aalborg Kommune\"");
    nothingSaved();

    form.remove("moreAttendance");
    form.put("s1-for", "jens.bach"); // Jens Bach is still marked present
    ResponseEntity<String> refused = secretary.submit(SCREEN, task, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"s1-for-fejl\"")
        .contains("Stedfortræder 1: Jens Bach, PLO-Nordjylland har ikke meldt afbud.");
    nothingSaved();

    form.put("attendance-jens.bach", "ABSENT");
    form.put("g1-name", ANNOUNCED_GUEST);
    form.put("g1-item", String.valueOf(itemWithGuest));
    form.put("g1-note", "den første time");
    form.put("g2-name", "Ole Sand, KKR-sekretariatet");
    ResponseEntity<String> done = secretary.submit(SCREEN, task, form);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(cycle).isWaitingAt(DRAFT_MINUTES);

    assertThat(attendances.recorded(meetingId)).hasValueSatisfying(a -> {
      assertThat(a.absent()).containsExactly("jens.bach");
      assertThat(a.substitutes()).extracting(s -> s.name() + "/" + s.standsInFor())
          .containsExactly("Eva Nielsen, Aalborg Kommune/jens.bach");
      assertThat(a.guests()).extracting(g -> g.name() + "/" + g.itemId() + "/" + g.note()).containsExactly(
          ANNOUNCED_GUEST + "/" + itemWithGuest + "/den første time", "Ole Sand, KKR-sekretariatet/null/null");
    });
    String minutes = documents.html(meetingId, DocumentKind.MINUTES);
    assertThat(minutes).contains("Stedfortrædere:", "Eva Nielsen, Aalborg Kommune for Jens Bach, PLO-Nordjylland",
        "Ole Sand, KKR-sekretariatet", "Gæster til punktet: </b><span>" + ANNOUNCED_GUEST + " (den første time)");
    assertThat(minutes.substring(minutes.indexOf("Deltagere:"), minutes.indexOf("Afbud:")))
        .contains("Mads Kjær").doesNotContain("Jens Bach");
  }

  /** Every member present, every item taken to notice, three action rows, all empty. */
  Map<String, Object> allTakenToNotice() {
    Map<String, Object> form = new LinkedHashMap<>();
    attendances.membersOn(meetingId).forEach(m -> form.put("attendance-" + m.personId(), "PRESENT"));
    for (AgendaEntry e : agendaEntries) {
      form.put("p" + e.position() + "-outcome", Outcome.TAKEN_TO_NOTICE.name());
    }
    form.put("actionRows", "3");
    return form;
  }

  /** Lone Berg sent apologies; every item taken to notice; one action on item 1 due as typed. */
  Map<String, Object> oneAction(String dueDate) {
    Map<String, Object> form = allTakenToNotice();
    form.put("attendance-lone.berg", "ABSENT");
    form.put("a1-item", String.valueOf(entry(1).itemId()));
    form.put("a1-description", "Sekretariatet sender status til klyngerne.");
    form.put("a1-owner", "ffu-secretariat");
    form.put("a1-dueDate", dueDate);
    return form;
  }

  void nothingSaved() {
    assertThat(cycle).isWaitingAt(RECORD_MEETING);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(items.agenda(meetingId)).allSatisfy(e -> assertThat(e.outcome()).isNull());
    assertThat(items.absences(meetingId)).isEmpty();
    assertThat(attendances.recorded(meetingId)).isEmpty();
    assertThat(items.decidedActions(meetingId)).isEmpty();
    assertThat(meetings.get(meetingId).status()).isNotEqualTo(MeetingStatus.HELD);
  }

  AgendaEntry entry(int position) {
    return agendaEntries.get(position - 1);
  }

  String taskOf(String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(definitionKey).singleResult().getId();
  }
}
