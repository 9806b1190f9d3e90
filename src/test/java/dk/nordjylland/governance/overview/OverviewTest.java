package dk.nordjylland.governance.overview;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.overview.OverviewRows.MeetingRow;
import dk.nordjylland.governance.overview.OverviewRows.StepStatistics;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.WebappSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 18: who sees the overview (both doors: our API and the Cockpit plugin's resource), where a meeting waits in
 * working days, what is overdue (also as the Prometheus gauge), and the waiting-time statistics on generated history.
 * Each test works in years of its own (2060s-2070s), far from other tests' data, as the overview reads everything.
 */
@GovernanceTest
class OverviewTest {

  static final String OWNER = "ida.winther";
  static final String MEMBER = "lone.berg";
  static final String PLUGIN = "/camunda/api/cockpit/plugin/governance-overview/default/overview";

  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;
  @Autowired MeetingRun meetingRun;
  @Autowired TaskService taskService;
  @Autowired WorkingDays workingDays;
  @Autowired GovernanceOverview overview;
  @Autowired OverdueStepsMetrics metrics;
  @Autowired MeterRegistry registry;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aForumMemberIsRefusedOnBothDoorsInDanish() {
    ResponseEntity<String> viaApi = api.get("/api/overview", MEMBER);
    assertThat(viaApi.getStatusCode().value()).isEqualTo(403);
    assertThat(api.json(viaApi).path("detail").asText()).isEqualTo(OverviewAccess.REFUSED);

    ResponseEntity<String> viaCockpit = new WebappSession(http).logIn(MEMBER)
        .exchange(HttpMethod.GET, PLUGIN, null, null);
    assertThat(viaCockpit.getStatusCode().value()).isEqualTo(403);
    assertThat(viaCockpit.getBody()).contains(OverviewAccess.REFUSED).doesNotContain("Exception:", "at dk.");
  }

  @Test
  void theProcessOwnerReadsTheSameOverviewOnBothDoors() {
    Clock.set(LocalDateTime.of(2061, 3, 1, 9, 0));
    String meeting = meetingRun.start("ffu", LocalDateTime.of(2061, 5, 2, 9, 0));

    ResponseEntity<String> viaApi = api.get("/api/overview?forum=ffu&status=running", OWNER);
    assertThat(viaApi.getStatusCode().value()).as(viaApi.getBody()).isEqualTo(200);
    JsonNode row = meetingRow(api.json(viaApi), meeting);
    assertThat(row.path("forum").asText()).isEqualTo("FFU");
    assertThat(row.path("waiting").path("step").asText()).isEqualTo("Indsaml dagsordenspunkter");
    assertThat(row.path("instanceLink").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/");
    assertThat(row.path("documentsLink").asText()).isEqualTo("/api/meetings/" + meeting + "/documents");

    ResponseEntity<String> viaCockpit = new WebappSession(http).logIn(OWNER)
        .exchange(HttpMethod.GET, PLUGIN + "?forum=ffu&status=running", null, null);
    assertThat(viaCockpit.getStatusCode().value()).as(viaCockpit.getBody()).isEqualTo(200);
    assertThat(meetingRow(api.json(viaCockpit), meeting)).isEqualTo(row);
  }

  @Test
  void anUnknownForumOrStatusIsADanish400() {
    ResponseEntity<String> forum = api.get("/api/overview?forum=xyz", OWNER);
    assertThat(forum.getStatusCode().value()).isEqualTo(400);
    assertThat(api.json(forum).path("detail").asText()).startsWith("Forummet \"xyz\" findes ikke.");
    ResponseEntity<String> status = api.get("/api/overview?status=open", OWNER);
    assertThat(status.getStatusCode().value()).isEqualTo(400);
    assertThat(api.json(status).path("detail").asText()).contains("Status skal være running");
  }

  @Test
  void waitingIsCountedInWorkingDaysAndAPassedDueDateIsOverdueAlsoInTheGauge() {
    // Friday 21 December 2063 to Wednesday 2 January 2064: 12 calendar days, 3 working days (27 and 28 December,
    // 2 January); weekends, 24-26 and 31 December and 1 January do not count.
    LocalDateTime started = LocalDateTime.of(2063, 12, 21, 10, 0);
    Clock.set(started);
    String meeting = meetingRun.start("ffu", LocalDateTime.of(2064, 3, 5, 9, 0));
    LocalDateTime later = LocalDateTime.of(2064, 1, 2, 10, 0);
    Clock.set(later);

    MeetingRow row = row(meeting);
    int expected = workingDays.workingDaysBetween(started.toLocalDate(), later.toLocalDate());
    assertThat(row.waiting().workingDays()).isEqualTo(expected).isEqualTo(3)
        .isLessThan((int) ChronoUnit.DAYS.between(started, later));
    assertThat(row.running()).isTrue();

    Task collect = taskService.createTaskQuery().processInstanceBusinessKey(meeting)
        .taskDefinitionKey(COLLECT_ITEMS).singleResult();
    LocalDateTime due = Clock.of(collect.getDueDate());
    Clock.set(due.minusMinutes(1));
    assertThat(row(meeting).waiting().overdue()).isFalse();
    metrics.refresh();
    double before = registry.get("governance.overdue.steps").tag("forum", "ffu").gauge().value();

    Clock.set(due.plusMinutes(1));
    assertThat(row(meeting).waiting().overdue()).isTrue();
    assertThat(overview.overview("ffu", "overdue").meetings()).extracting(MeetingRow::id).contains(meeting);
    metrics.refresh();
    assertThat(registry.get("governance.overdue.steps").tag("forum", "ffu").gauge().value()).isEqualTo(before + 1);
  }

  @Test
  void aFinishedMeetingStaysInTheOverview() {
    Clock.set(LocalDateTime.of(2065, 2, 1, 9, 0));
    String meeting = meetingRun.start("ffu", LocalDateTime.of(2065, 3, 1, 9, 0));
    meetingRun.hold(meeting);
    MeetingRow row = overview.overview("ffu", "finished").meetings().stream().filter(m -> m.id().equals(meeting))
        .findFirst().orElseThrow();
    assertThat(row.running()).isFalse();
    assertThat(row.waiting().step()).isEqualTo("Afsluttet");
    assertThat(row.instanceLink()).isNull();
    assertThat(row.documentsLink()).isEqualTo("/api/meetings/" + meeting + "/documents/minutes.pdf");
    assertThat(row.portalLink()).isEqualTo("/moeder/" + meeting);
    assertThat(overview.overview("ffu", "running").meetings()).extracting(MeetingRow::id).doesNotContain(meeting);
  }

  /**
   * Four calls for items closed after 1, 2, 4 and 10 working days within the last 12 months, one after 3 working days
   * 13 months ago: median 3, 90th percentile 10 (calendar days would give 14), 4 steps counted.
   */
  @Test
  void medianAndNinetiethPercentileOfTheWaitingTimeComeFromTheLastTwelveMonthsOfHistory() {
    LocalDate old = workingDays.plusWorkingDays(LocalDate.of(2070, 1, 8), 0);
    Clock.set(old.atTime(9, 0));
    String oldMeeting = meetingRun.start("ffu", LocalDateTime.of(2070, 3, 3, 9, 0));
    Clock.set(workingDays.plusWorkingDays(old, 3).atTime(11, 0));
    closeCall(oldMeeting);

    LocalDate start = workingDays.plusWorkingDays(LocalDate.of(2071, 1, 12), 0);
    Clock.set(start.atTime(9, 0));
    List<Integer> waits = List.of(1, 2, 4, 10);
    List<String> meetings = waits.stream()
        .map(n -> meetingRun.start("ffu", LocalDateTime.of(2071, 4, 1 + n, 9, 0))).toList();
    for (int i = 0; i < waits.size(); i++) {
      Clock.set(workingDays.plusWorkingDays(start, waits.get(i)).atTime(14, 0));
      closeCall(meetings.get(i));
    }
    Clock.set(workingDays.plusWorkingDays(start, 20).atTime(9, 0));
    assertThat(ChronoUnit.DAYS.between(start, workingDays.plusWorkingDays(start, 10))).isEqualTo(14);

    StepStatistics collect = overview.overview(null, null).waitingTimes().stream()
        .filter(s -> s.process().equals("Mødecyklus") && s.step().equals("Indsaml dagsordenspunkter"))
        .findFirst().orElseThrow();
    assertThat(collect.count()).isEqualTo(4);
    assertThat(collect.medianWorkingDays()).isEqualTo(3.0);
    assertThat(collect.p90WorkingDays()).isEqualTo(10.0);
  }

  @Test
  void statisticsOfAnEvenAndAnOddNumberOfSteps() {
    assertThat(WaitingTimes.statistics("p", "s", List.of(5, 1, 3))).extracting(StepStatistics::medianWorkingDays,
        StepStatistics::p90WorkingDays).containsExactly(3.0, 5.0);
    StepStatistics ten = WaitingTimes.statistics("p", "s", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    assertThat(ten.medianWorkingDays()).isEqualTo(5.5);
    assertThat(ten.p90WorkingDays()).isEqualTo(9.0);
  }

  private void closeCall(String meetingId) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(COLLECT_ITEMS)
        .singleResult();
    taskService.complete(task.getId(), Map.of(CALL_CLOSED.getName(), true));
  }

  private MeetingRow row(String meetingId) {
    return overview.overview("ffu", null).meetings().stream().filter(m -> m.id().equals(meetingId)).findFirst()
        .orElseThrow();
  }

  private static JsonNode meetingRow(JsonNode overview, String meetingId) {
    for (JsonNode m : overview.path("meetings")) {
      if (m.path("id").asText().equals(meetingId)) {
        return m;
      }
    }
    throw new AssertionError("meeting " + meetingId + " not in " + overview);
  }
}
