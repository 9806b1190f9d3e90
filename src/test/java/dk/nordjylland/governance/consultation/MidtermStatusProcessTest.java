package dk.nordjylland.governance.consultation;

import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_ANSWER;
import static dk.nordjylland.governance.consultation.ConsultationProcess.RESPONDENT;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.DECISION_TEXT;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.Elements.*;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.ITEM_ID;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.REVISION_NOTE;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.SENT_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.item.DecisionInput;
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
import org.assertj.core.api.Assertions;
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

/**
 * Every path of processes/midterm-status.bpmn (seed 003, item 7): the clusters and the coordination group reply
 * by a date, Klynge Vest late; FFU, SSF and SSU approve in their meeting cycles; the secretariat sends it to
 * Sundhedsstyrelsen. And FFU not approving: revised, and before FFU again. In 2029, where no calendar meetings are.
 */
@ProcessCoverageTest
class MidtermStatusProcessTest {

  /** Monday 3 September 2029. */
  static final LocalDateTime STARTED_AT = LocalDateTime.of(2029, 9, 3, 9, 0);
  /** "Svarfrist primo oktober": Tuesday 2 October 2029. */
  static final LocalDate REPLY_BY = LocalDate.of(2029, 10, 2);
  static final Set<String> STARTED = new HashSet<>();
  static ProcessEngine usedEngine;

  @Autowired ProcessEngine engine;
  @Autowired MidtermStatus midtermStatus;
  @Autowired Consultations consultations;
  @Autowired MeetingRun meetingRun;
  @Autowired Items items;

  @BeforeEach
  void setUp() {
    init(engine);
    usedEngine = engine;
    Clock.set(STARTED_AT);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @AfterAll
  static void everyFlowNodeIsCovered() {
    assertThat(FlowNodeCoverage.missed(usedEngine, MidtermStatusProcess.KEY, STARTED))
        .as("flow nodes of the mid-term status that no test passed").isEmpty();
  }

  ProcessInstance start(LocalDate replyBy) {
    long id = midtermStatus.start(replyBy, "karen.lund");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(MidtermStatusProcess.businessKey(id)).singleResult();
    STARTED.add(instance.getId());
    return instance;
  }

  long consultationId(ProcessInstance midterm) {
    return (Long) engine.getRuntimeService().getVariable(midterm.getId(), CONSULTATION_ID.getName());
  }

  void reply(long id, String respondent, String answer) {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(ConsultationProcess.businessKey(id))
        .taskDefinitionKey(ConsultationProcess.Elements.REPLY).list().stream()
        .filter(t -> respondent.equals(engine.getTaskService().getVariable(t.getId(), RESPONDENT.getName())))
        .findFirst().orElseThrow(() -> new AssertionError("no reply task for " + respondent));
    engine.getTaskService().complete(task.getId(), Map.of(REPLY_ANSWER.getName(), answer));
  }

  Task task(ProcessInstance midterm, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(midterm.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  @Test
  void clustersReplyKlyngeVestLateThenFfuSsfAndSsuApproveAndItIsSentToSundhedsstyrelsen() {
    String ffu = meetingRun.start("ffu", LocalDateTime.of(2029, 10, 23, 12, 0));
    String ssf = meetingRun.start("ssf", LocalDateTime.of(2029, 11, 27, 10, 0));
    String ssu = meetingRun.start("ssu", LocalDateTime.of(2029, 12, 18, 14, 0));
    ProcessInstance midterm = start(REPLY_BY);
    long id = consultationId(midterm);
    assertThat(midterm).isWaitingAt(CONSULTATION);
    assertThat(consultations.respondents(id)).extracting(Respondent::respondent).containsExactly(
        "cluster-nord-secretaries", "cluster-midt-secretaries", "cluster-syd-secretaries",
        "cluster-vest-secretaries", "koordineringsgruppen-members");

    reply(id, "cluster-nord-secretaries", "Klynge Nord: indsatserne understøtter pejlemærke 1 og 3.");
    reply(id, "cluster-midt-secretaries", "Klynge Midt: alle projekter er i gang.");
    reply(id, "cluster-syd-secretaries", "Klynge Syd: skemaet er udfyldt.");
    reply(id, "koordineringsgruppen-members", "Samarbejdsaftalerne dækker alle pejlemærker.");
    // The deadline passes: Klynge Vest is reminded, then the secretariat is told; Klynge Vest replies late.
    ProcessInstance consultation = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(ConsultationProcess.businessKey(id)).singleResult();
    for (String timer : List.of(ConsultationProcess.Elements.REPLY_REMINDER, ConsultationProcess.Elements.REPLY_DEADLINE)) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(consultation.getId())
          .activityId(timer).singleResult();
      Clock.set(Clock.of(job.getDuedate()).plusMinutes(1));
      engine.getManagementService().executeJob(job.getId());
    }
    assertThat(consultation).isWaitingAt(ConsultationProcess.Elements.REPLY,
        ConsultationProcess.Elements.CLOSE_CONSULTATION);
    reply(id, "cluster-vest-secretaries", "Klynge Vest: skemaet kommer for sent, men her er det.");

    assertThat(consultation).hasPassed(ConsultationProcess.Elements.ALL_REPLIED)
        .isWaitingAt(ConsultationProcess.Elements.FORUM_DECISION);
    assertThat(consultations.replies(id)).extracting(ConsultationReply::respondent, ConsultationReply::late)
        .contains(Tuple.tuple("cluster-vest-secretaries", true),
            Tuple.tuple("cluster-nord-secretaries", false));
    long ffuItem = consultations.get(id).itemId();
    assertThat(items.get(ffuItem).meetingId()).isEqualTo(ffu);
    assertThat(items.get(ffuItem).title()).isEqualTo("Godkendelse: Midtvejsstatus for Sundhedsaftalen 2024-2027");
    assertThat(items.get(ffuItem).presentation()).contains("Klynge Vest: skemaet kommer for sent",
        "efter svarfristen");

    meetingRun.hold(ffu, Map.of(ffuItem, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(midterm).hasPassed(FFU_APPROVED, PROPOSE_TO_SSF).isWaitingAt(SSF_DECISION);
    long ssfItem = (Long) engine.getRuntimeService().getVariable(midterm.getId(), ITEM_ID.getName());
    assertThat(items.get(ssfItem).meetingId()).isEqualTo(ssf);

    meetingRun.hold(ssf, Map.of(ssfItem, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(midterm).hasPassed(SSF_APPROVED, PROPOSE_TO_SSU).isWaitingAt(SSU_DECISION);
    long ssuItem = (Long) engine.getRuntimeService().getVariable(midterm.getId(), ITEM_ID.getName());
    assertThat(items.get(ssuItem).meetingId()).isEqualTo(ssu);

    meetingRun.hold(ssu, Map.of(ssuItem, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(midterm).hasPassed(SSU_APPROVED).isWaitingAt(SEND_TO_HEALTH_AUTHORITY);
    Task send = task(midterm, SEND_TO_HEALTH_AUTHORITY);
    assertThat(send).hasCandidateGroup("ffu-secretariat");
    // Named with the consultation's subject (issue 14).
    assertThat(send.getName()).isEqualTo("Send midtvejsstatus til Sundhedsstyrelsen – " + consultations.get(id).subject());
    assertThat(send.getName()).hasSizeGreaterThan("Send midtvejsstatus til Sundhedsstyrelsen – ".length());
    assertThat((String) engine.getTaskService().getVariable(send.getId(), DECISION_TEXT.getName())).contains("Godkendt",
        "Sundhedssamarbejdsudvalget");
    assertThat(consultations.items(id)).extracting(ConsultationItem::forumId).containsExactly("ffu", "ssf", "ssu");

    engine.getTaskService().complete(send.getId(), Map.of(SENT_NOTE.getName(),
        "Sendt med e-mail til Sundhedsstyrelsen."));
    assertThat(midterm).hasPassed(SENT).isEnded();
    assertThat(midtermStatus.find(id)).get().extracting(MidtermStatusRecord::sentNote)
        .isEqualTo("Sendt med e-mail til Sundhedsstyrelsen.");
  }

  @Test
  void notApprovedTheSecretariatRevisesItAndItGoesBeforeFfuAgain() {
    // A year later than the other test, so that its meetings never take these items.
    Clock.set(STARTED_AT.plusYears(1));
    String first = meetingRun.start("ffu", LocalDateTime.of(2030, 10, 24, 12, 0));
    String second = meetingRun.start("ffu", LocalDateTime.of(2030, 11, 21, 12, 0));
    ProcessInstance midterm = start(LocalDate.of(2030, 10, 1));
    long id = consultationId(midterm);
    for (Respondent r : consultations.respondents(id)) {
      reply(id, r.respondent(), "Svar fra " + r.name() + ".");
    }
    long firstItem = consultations.get(id).itemId();
    meetingRun.hold(first, itemId -> itemId == firstItem
        ? new DecisionInput(itemId, Outcome.NOT_APPROVED, "Skemaet fra Klynge Syd skal uddybes.", null, null, null,
            null, null)
        : new DecisionInput(itemId, Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(midterm).hasPassed(FFU_APPROVED).isWaitingAt(REVISE);

    Task revise = task(midterm, REVISE);
    assertThat(revise).hasCandidateGroup("ffu-secretariat");
    Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(revise.getId(),
        Map.of(REVISION_NOTE.getName(), " "))).hasMessageContaining("Skriv, hvad der er ændret i midtvejsstatus.");
    engine.getTaskService().complete(revise.getId(), Map.of(REVISION_NOTE.getName(), "Klynge Syds skema er uddybet."));

    assertThat(midterm).hasPassed(PROPOSE_TO_FFU).isWaitingAt(FFU_DECISION);
    long secondItem = (Long) engine.getRuntimeService().getVariable(midterm.getId(), ITEM_ID.getName());
    assertThat(items.get(secondItem).presentation()).startsWith(
        "Revideret efter forummets bemærkninger: Klynge Syds skema er uddybet.");
    meetingRun.hold(second, Map.of(secondItem, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(midterm).hasPassed(FFU_DECISION, PROPOSE_TO_SSF).isWaitingAt(SSF_DECISION);
  }

  /**
   * One outcome vocabulary (ADR 0052): a forum that only discussed the status has not approved it, exactly as for an
   * agreement (CollaborationAgreementProcessTest#ffuThatOnlyDiscussesTheAgreementSendsItBackToTheWorkingGroup). The
   * mid-term status used to read every outcome but "Ikke godkendt" as approval and went on to SSF.
   */
  @Test
  void ffuThatOnlyDiscussesTheStatusHasNotApprovedItTheSecretariatRevisesIt() {
    Clock.set(STARTED_AT.plusYears(2));
    String ffu = meetingRun.start("ffu", LocalDateTime.of(2031, 10, 23, 12, 0));
    ProcessInstance midterm = start(LocalDate.of(2031, 10, 1));
    long id = consultationId(midterm);
    for (Respondent r : consultations.respondents(id)) {
      reply(id, r.respondent(), "Svar fra " + r.name() + ".");
    }
    long item = consultations.get(id).itemId();
    meetingRun.hold(ffu, itemId -> itemId == item
        ? new DecisionInput(itemId, Outcome.DISCUSSED, "FFU drøftede status og ønsker klyngernes svar uddybet.", null,
            null, null, null, null)
        : new DecisionInput(itemId, Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    assertThat(midterm).hasPassed(FFU_APPROVED).hasNotPassed(PROPOSE_TO_SSF).isWaitingAt(REVISE);
    assertThat(engine.getRuntimeService().getVariable(midterm.getId(), "forumDecision"))
        .isEqualTo(Outcome.DISCUSSED.forumDecision().name()).isEqualTo("NOT_APPROVED");
  }
}
