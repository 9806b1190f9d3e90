package dk.nordjylland.governance.consultation;

import static dk.nordjylland.governance.consultation.ConsultationProcess.CLOSE_CONFIRMED;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_ITEM_ID;
import static dk.nordjylland.governance.consultation.ConsultationProcess.Elements.*;
import static dk.nordjylland.governance.consultation.ConsultationProcess.ITEM_OUTCOME;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_ANSWER;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_STATUS;
import static dk.nordjylland.governance.consultation.ConsultationProcess.RESPONDENT;
import static dk.nordjylland.governance.consultation.ConsultationProcess.RESPONDENT_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.item.ForumDecisionProcess;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.FlowNodeCoverage;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ProcessCoverageTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of processes/consultation.bpmn: replies in time without a forum; reminder, escalation, a late reply
 * and the secretariat closing it, then the replies before FFU until its decision; every reply arriving after the
 * escalation (the close task is withdrawn). In 2028, where no calendar meetings are.
 */
@ProcessCoverageTest
class ConsultationProcessTest {

  /** Monday 2 October 2028, 09:00. */
  static final LocalDateTime OPENED = LocalDateTime.of(2028, 10, 2, 9, 0);
  /** Friday 13 October 2028 (a working day). */
  static final LocalDate REPLY_BY = LocalDate.of(2028, 10, 13);
  static final Set<String> STARTED = new HashSet<>();
  static ProcessEngine usedEngine;

  @Autowired ProcessEngine engine;
  @Autowired Consultations consultations;
  @Autowired ConsultationOpening opening;
  @Autowired MeetingRun meetingRun;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
    usedEngine = engine;
    Clock.set(OPENED);
  }

  @AfterEach
  void resetClock() {
    engine.getIdentityService().clearAuthentication();
    Clock.reset();
  }

  @AfterAll
  static void everyFlowNodeIsCovered() {
    assertThat(FlowNodeCoverage.missed(usedEngine, ConsultationProcess.KEY, STARTED))
        .as("flow nodes of the consultation that no test passed").isEmpty();
  }

  long open(String subject, List<String> respondents, String forumId) {
    long id = opening.open(new ConsultationRequest(subject, "Hvad er jeres status?", "ffu-secretariat",
        respondents, REPLY_BY, forumId), "karen.lund");
    STARTED.add(instance(id).getId());
    return id;
  }

  ProcessInstance instance(long id) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(ConsultationProcess.businessKey(id)).singleResult();
  }

  Task replyTask(long id, String respondent) {
    return engine.getTaskService().createTaskQuery().processInstanceId(consultations.get(id).processInstanceId())
        .taskDefinitionKey(REPLY).list().stream()
        .filter(t -> respondent.equals(engine.getTaskService().getVariable(t.getId(), RESPONDENT.getName())))
        .findFirst().orElseThrow(() -> new AssertionError("no reply task for " + respondent + " in "
            + consultations.get(id) + ": " + engine.getTaskService().createTaskQuery().list().stream()
            .map(t -> t.getTaskDefinitionKey() + "/" + t.getProcessInstanceId() + "/"
                + engine.getTaskService().getVariables(t.getId())).toList() + " tree "
            + engine.getRuntimeService().getActivityInstance(consultations.get(id).processInstanceId())
            + " respondents " + consultations.respondents(id)));
  }

  /**
   * Completes the respondent's task as the engine (the coverage plugin reads definitions inside engine commands,
   * which fails with a logged-in user; who may reply is tested through the API in ConsultationApiTest).
   */
  void reply(long id, String respondent, String answer) {
    engine.getTaskService().complete(replyTask(id, respondent).getId(), Map.of(REPLY_ANSWER.getName(), answer));
  }

  void runTimer(long id, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(consultations.get(id)
        .processInstanceId()).activityId(activityId).singleResult();
    assertThat(job).as("timer %s", activityId).isNotNull();
    Clock.set(Clock.of(job.getDuedate()).plusMinutes(1));
    engine.getManagementService().executeJob(job.getId());
  }

  int notifications(String kind, String recipientGroup) {
    return jdbc.sql("select count(*) from gov_notification where kind = ? and recipient_group = ?")
        .params(kind, recipientGroup).query(Integer.class).single();
  }

  @Test
  void everyRespondentRepliesInTimeAndWithoutAForumTheConsultationEndsClosed() {
    long id = open("Status på sundhedsrådenes første år", List.of("cluster-nord-secretaries", "peter.krogh"), null);
    ProcessInstance process = instance(id);

    assertThat(process).hasPassed(OPEN).isWaitingAt(REPLY);
    Task groupTask = replyTask(id, "cluster-nord-secretaries");
    Task personTask = replyTask(id, "peter.krogh");
    assertThat(groupTask).hasCandidateGroup("cluster-nord-secretaries").isNotAssigned();
    assertThat(personTask).isAssignedTo("peter.krogh");
    assertThat(Clock.of(groupTask.getDueDate())).isEqualTo(REPLY_BY.atTime(12, 0));
    assertThat(engine.getTaskService().getVariable(groupTask.getId(),
        RESPONDENT_NAME.getName())).isEqualTo("Klyngesekretariat Klynge Nord");
    assertThat(consultations.get(id).status()).isEqualTo(ConsultationStatus.OPEN);
    assertThat(notifications("CONSULTATION", "cluster-nord-secretaries")).isPositive();

    reply(id, "cluster-nord-secretaries", "Klynge Nord er i gang med alle indsatser.");
    assertThat(process).isWaitingAt(REPLY);
    reply(id, "peter.krogh", "Koordineringsgruppen har intet at tilføje.");

    assertThat(process).hasPassed(ALL_REPLIED, RECORD_CLOSED, FORUM_NAMED, REPLIES_COLLECTED).isEnded()
        .hasNotPassed(REMIND_RESPONDENTS, ESCALATE);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
        .variableName("consultationItemId").singleResult().getValue()).isNull();
    Consultation closed = consultations.get(id);
    assertThat(closed.status()).isEqualTo(ConsultationStatus.CLOSED);
    assertThat(closed.closedBy()).isEqualTo("system");
    assertThat(consultations.replies(id)).extracting(ConsultationReply::respondent, ConsultationReply::answer,
        ConsultationReply::late).containsExactly(
            Tuple.tuple("cluster-nord-secretaries", "Klynge Nord er i gang med alle indsatser.",
                false),
            Tuple.tuple("peter.krogh", "Koordineringsgruppen har intet at tilføje.", false));
    // The form's values left the process with the task.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
        .variableName("replyAnswer").list()).allMatch(v -> v.getState().equals("DELETED") || v.getValue() == null);
  }

  @Test
  void remindedEscalatedALateReplyAndClosedBySecretariatThenTheForumDecides() {
    String meeting = meetingRun.start("ffu", LocalDateTime.of(2028, 11, 24, 12, 0));
    long id = open("Godkendelse: Status på forløbsprogrammer",
        List.of("cluster-nord-secretaries", "cluster-vest-secretaries", "cluster-syd-secretaries"), "ffu");
    ProcessInstance process = instance(id);
    reply(id, "cluster-nord-secretaries", "Klynge Nord: forløbsprogrammerne er implementeret.");

    runTimer(id, REPLY_REMINDER); // 2 working days before: Wednesday 11 October
    assertThat(process).hasPassed(REMIND_RESPONDENTS, REMINDER_SENT).isWaitingAt(REPLY);
    assertThat(notifications("REMINDER", "cluster-vest-secretaries")).isEqualTo(1);
    assertThat(notifications("REMINDER", "cluster-nord-secretaries")).as("replied: no reminder").isZero();

    runTimer(id, REPLY_DEADLINE);
    assertThat(process).hasPassed(ESCALATE).isWaitingAt(REPLY, CLOSE_CONSULTATION);
    assertThat(notifications("ESCALATION", "ffu-secretariat")).isPositive();
    Task close = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
        .taskDefinitionKey(CLOSE_CONSULTATION).singleResult();
    assertThat(close).hasCandidateGroup("ffu-secretariat");
    assertThat((String) engine.getTaskService().getVariable(close.getId(), REPLY_STATUS.getName()))
        .contains("Klyngesekretariat Klynge Vest: intet svar");

    reply(id, "cluster-vest-secretaries", "Klynge Vest svarer for sent, men svarer.");
    assertThat(consultations.replies(id)).filteredOn(r -> r.respondent().equals("cluster-vest-secretaries"))
        .singleElement().extracting(ConsultationReply::late).isEqualTo(true);

    engine.getTaskService().complete(close.getId(), Map.of(CLOSE_CONFIRMED.getName(), true));

    assertThat(process).hasPassed(CLOSED_BY_SECRETARIAT, RECORD_CLOSED, PUT_BEFORE_FORUM).isWaitingAt(FORUM_DECISION);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
        .taskDefinitionKey(REPLY).count()).as("Klynge Syd can no longer reply").isZero();
    Consultation closed = consultations.get(id);
    assertThat(closed.status()).isEqualTo(ConsultationStatus.CLOSED);
    assertThat(closed.closedBy()).isEqualTo("system");
    assertThat(closed.closedAt()).isAfter(REPLY_BY.atTime(12, 0));
    long itemId = closed.itemId();
    assertThat(items.get(itemId).meetingId()).isEqualTo(meeting);
    assertThat(items.get(itemId).presentation()).contains("Klynge Vest svarer for sent", "efter svarfristen",
        "Klyngesekretariat Klynge Syd: intet svar.");

    meetingRun.hold(meeting, Map.of(itemId, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(process).hasPassed(FORUM_DECISION, FORUM_DECIDED).isEnded()
        .variables().containsEntry(CONSULTATION_ITEM_ID.getName(), itemId).containsEntry(ITEM_OUTCOME.getName(),
        "APPROVED");
  }

  @Test
  void whenTheLastReplyArrivesAfterTheEscalationTheCloseTaskIsWithdrawn() {
    long id = open("Høring om mødekalender", List.of("cluster-midt-secretaries"), null);
    ProcessInstance process = instance(id);
    runTimer(id, REPLY_REMINDER);
    runTimer(id, REPLY_DEADLINE);
    assertThat(process).isWaitingAt(REPLY, CLOSE_CONSULTATION);

    reply(id, "cluster-midt-secretaries", "Klynge Midt godkender mødekalenderen.");

    assertThat(process).hasPassed(ALL_REPLIED, REPLIES_COLLECTED).isEnded();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
    assertThat(consultations.replies(id)).singleElement().extracting(ConsultationReply::late).isEqualTo(true);
  }
}
