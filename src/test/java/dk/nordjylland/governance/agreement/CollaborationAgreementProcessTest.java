package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_VERSION;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements.*;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_REPLIES_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_SUMMARY;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.INDICATOR_REPORT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_ANSWER;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_REMARKS;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PREPARED_FOR_FFU;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.REMARKS_TEXT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.RESERVATION_CLEARANCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.REVISION_CONFIRMED;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_REFERENCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_TITLE;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CLOSE_CONFIRMED;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.agreement.CollaborationAgreementProcess.StepElements;
import dk.nordjylland.governance.consultation.Consultation;
import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.consultation.ConsultationReplies;
import dk.nordjylland.governance.consultation.ConsultationStatus;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.consultation.ReplyInput;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.ForumDecisionProcess;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.FlowNodeCoverage;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ProcessCoverageTest;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/collaboration-agreement.bpmn and processes/agreement-forum-step.bpmn, through real
 * FFU, SSF and SSU meeting cycles (MeetingRun): the four agreements of seed 003 items 9-12 and the paths around
 * them (terms of reference sent back, a party's open reservation blocking SSF, SSU sending back, the yearly
 * indicator follow-up and the revision).
 */
@ProcessCoverageTest
class CollaborationAgreementProcessTest {

  static final Set<String> BUSINESS_KEYS = new HashSet<>();
  static ProcessEngine usedEngine;

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun meetingRun;
  @Autowired Agreements agreements;
  @Autowired AgreementStarts starts;
  @Autowired AgreementPlanning planning;
  @Autowired AgreementHearings hearingsOf;
  @Autowired AgreementStatusView statusView;
  @Autowired Items items;
  @Autowired FollowUps followUps;
  @Autowired Consultations consultations;
  @Autowired ConsultationReplies replies;

  @BeforeEach
  void setUp() {
    init(engine);
    usedEngine = engine;
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @AfterAll
  static void everyFlowNodeIsCovered() {
    Set<String> agreementsStarted = new HashSet<>();
    Set<String> steps = new HashSet<>();
    for (HistoricProcessInstance p : usedEngine.getHistoryService().createHistoricProcessInstanceQuery().list()) {
      if (p.getBusinessKey() != null && BUSINESS_KEYS.contains(p.getBusinessKey())) {
        (p.getProcessDefinitionKey().equals(CollaborationAgreementProcess.KEY) ? agreementsStarted : steps).add(p.getId());
      }
    }
    assertThat(FlowNodeCoverage.missed(usedEngine, CollaborationAgreementProcess.KEY, agreementsStarted))
        .as("flow nodes of the agreement that no test passed").isEmpty();
    assertThat(FlowNodeCoverage.missed(usedEngine, CollaborationAgreementProcess.FORUM_STEP_KEY, steps))
        .as("flow nodes of the forum step that no test passed").isEmpty();
  }

  // ---------------------------------------------------------------- seed 003 item 9

  @Test
  void termsOfReferenceApprovedWithARemarkRecordTheRemarkInANewVersionAndTheWorkingGroupGoesOn() {
    Clock.set(LocalDateTime.of(2025, 7, 1, 9, 0));
    String ffu = meetingRun.start("ffu", LocalDateTime.of(2025, 8, 22, 9, 0));
    long id = start("Samarbejdsaftale om fejlsendte korrespondancemeddelelser", true, List.of(),
        new VersionInput("Kommissorium for samarbejdsaftale om korrespondancemeddelelser_udkast", null, "DOK-1", null, null),
        ffu);
    ProcessInstance instance = instance(id);
    assertThat(instance).isWaitingAt(TERMS_DECISION);
    AgreementStep step = agreements.steps(id).get(0);
    assertThat(step.kind()).isEqualTo(StepKind.TERMS_OF_REFERENCE);
    assertThat(step.meetingId()).isEqualTo(ffu);
    assertThat(step.versionNumber()).isEqualTo(1);
    assertThat(items.get(step.itemId()).title())
        .isEqualTo("Godkendelse: Kommissorium for arbejdsgruppen for samarbejdsaftale om fejlsendte korrespondancemeddelelser");

    Clock.set(LocalDateTime.of(2025, 8, 22, 14, 0));
    meetingRun.hold(ffu, itemId -> itemId == step.itemId()
        ? decision(itemId, Outcome.APPROVED_WITH_REMARKS, "Godkendt med bemærkning om, at den tværsektorielle MedCom"
            + " gruppe involveres i arbejdsgruppens arbejde.")
        : decision(itemId, Outcome.TAKEN_TO_NOTICE, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    Task check = task(id, StepElements.CHECK_VERSION);
    // The task list line names the agreement (issue 14); the status keeps the model's name.
    assertThat(check.getName())
        .isEqualTo("Indarbejd bemærkninger i ny version – Samarbejdsaftale om fejlsendte korrespondancemeddelelser");
    assertThat(engine.getTaskService().getVariableLocal(check.getId(),
        REMARKS_TEXT.getName()).toString()).contains("MedCom");
    assertThat(statusView.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow().currentStep())
        .isEqualTo("Indarbejd bemærkninger i ny version (koordineringsgruppen-secretariat)");
    // Without a new version the task stays open.
    assertThatThrownBy(() -> engine.getTaskService().complete(check.getId(), Map.of()))
        .satisfies(CollaborationAgreementProcessTest::isUserInput).hasMessageContaining("Registrér den nye version");
    engine.getTaskService().complete(check.getId(), Map.of(VERSION_TITLE.getName(), "Kommissorium med MedCom-gruppen",
        VERSION_REFERENCE.getName(), "DOK-2"));

    assertThat(instance).hasPassed(TERMS_APPROVED).isWaitingAt(DRAFT);
    assertThat(agreements.steps(id).get(0).outcome()).isEqualTo(Outcome.APPROVED_WITH_REMARKS);
    assertThat(agreements.steps(id).get(0).decisionText()).contains("MedCom");
    assertThat(agreements.versions(id)).extracting(AgreementVersion::number).containsExactly(1, 2);
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  // ---------------------------------------------------------------- seed 003 item 10

  @Test
  void termsOfReferenceApprovedWithAReservationStartTheWorkingGroupOnlyAfterTheCoordinationGroupReported() {
    Clock.set(LocalDateTime.of(2025, 7, 1, 9, 0));
    String ffu = meetingRun.start("ffu", LocalDateTime.of(2025, 8, 22, 9, 30));
    long id = start("Supplement vedr. psykiatri til samarbejdsaftale om tværsektoriel kommunikation", true, List.of(),
        new VersionInput("Kommissorium", null, "DOK-10", null, null), ffu);
    long itemId = agreements.steps(id).get(0).itemId();

    Clock.set(LocalDateTime.of(2025, 8, 22, 14, 0));
    meetingRun.hold(ffu, i -> i == itemId
        ? new DecisionInput(i, Outcome.APPROVED_WITH_RESERVATION, "Kommissoriet blev godkendt med forbehold.", null, null,
            "at koordineringsgruppen afklarer evt. usikkerheder om 10-årsplanen for psykiatrien, inden arbejdsgruppen"
                + " igangsættes", "koordineringsgruppen-members", null)
        : decision(i, Outcome.TAKEN_TO_NOTICE, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    ProcessInstance instance = instance(id);
    assertThat(instance).isWaitingAt(TERMS_DECISION);
    assertThat(tasks(id, DRAFT)).as("the working group waits for the reservation").isEmpty();
    // The reservation is the meeting's follow-up: the coordination group clears it and reports in writing.
    var reservation = followUps.ofItem(itemId).get(0);
    String followUp = reservation.processInstanceId();
    Task clear = engine.getTaskService().createTaskQuery().processInstanceId(followUp).singleResult();
    assertThat(clear.getTaskDefinitionKey()).isEqualTo(FollowUpActionProcess.Elements.CLEAR_RESERVATION);
    engine.getTaskService().complete(clear.getId(), Map.of(RESERVATION_RESOLUTION.getName(),
        "Ingen forstyrrelser af betydning."));
    Task report = engine.getTaskService().createTaskQuery().processInstanceId(followUp).singleResult();
    engine.getTaskService().complete(report.getId(), Map.of(RESERVATION_REPORT.getName(),
        "Skriftlig orientering til FFU."));

    assertThat(instance).hasPassed(TERMS_APPROVED).isWaitingAt(DRAFT);
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  @Test
  void termsOfReferenceNotApprovedAreRevisedAndComeBackAsTheSameItem() {
    Clock.set(LocalDateTime.of(2026, 1, 5, 9, 0));
    String first = meetingRun.start("ffu", LocalDateTime.of(2026, 2, 20, 9, 0));
    String second = meetingRun.start("ffu", LocalDateTime.of(2026, 3, 20, 9, 0));
    long id = start("Samarbejdsaftale om genoptræning", true, List.of(), new VersionInput("Kommissorium", null, "DOK-20",
        null, null), first);
    long itemId = agreements.steps(id).get(0).itemId();
    meetingRun.hold(first, i -> i == itemId
        ? new DecisionInput(i, Outcome.NOT_APPROVED, "Kommissoriet skal beskrive kommunernes rolle.", null, second, null,
            null, null)
        : decision(i, Outcome.TAKEN_TO_NOTICE, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    Task revise = task(id, REVISE_TERMS);
    assertThat(engine.getTaskService().getVariableLocal(revise.getId(), REMARKS_TEXT.getName()).toString())
        .contains("kommunernes rolle");
    engine.getTaskService().complete(revise.getId(), Map.of(VERSION_TITLE.getName(), "Kommissorium, revideret",
        VERSION_REFERENCE.getName(), "DOK-21"));
    List<AgreementStep> steps = agreements.steps(id);
    assertThat(steps).hasSize(2);
    assertThat(steps.get(1).itemId()).as("the same item, back on the next meeting").isEqualTo(itemId);
    assertThat(steps.get(1).meetingId()).isEqualTo(second);
    assertThat(steps.get(1).versionNumber()).isEqualTo(2);

    meetingRun.hold(second, Map.of(itemId, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(instance(id)).isWaitingAt(DRAFT);
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  // ---------------------------------------------------------------- seed 003 item 11

  @Test
  void osteoporosisIsNotRecommendedBecauseOfPlosReservationAndComesBackOnTheNextFfuMeeting() {
    Clock.set(LocalDateTime.of(2025, 5, 1, 9, 0));
    String august = meetingRun.start("ffu", LocalDateTime.of(2025, 8, 22, 10, 0));
    String september = meetingRun.start("ffu", LocalDateTime.of(2025, 9, 23, 10, 0));
    String ssf = meetingRun.start("ssf", LocalDateTime.of(2025, 11, 25, 10, 0));
    long id = start("Revideret samarbejdsaftale om osteoporose", false, null, null);
    draft(id, "Samarbejdsaftale osteoporose maj 2025");
    // The network group's hearing asks for changes first: back to the working group.
    hearing(id, true);
    draft(id, "Samarbejdsaftale osteoporose juni 2025");
    hearing(id, false);
    planning.planMeeting(id, "ffu", august, "karen.lund");
    prepare(id);

    Task plo = task(id, PARTY_APPROVAL);
    assertThat(engine.getTaskService().getIdentityLinksForTask(plo.getId())).anySatisfy(l ->
        assertThat(l.getGroupId()).isEqualTo("plo-chairmanship"));
    assertThat(Clock.of(plo.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 22));
    engine.getTaskService().complete(plo.getId(), Map.of(APPROVAL_VERSION.getName(), 2, PARTY_ANSWER.getName(),
        "APPROVED_WITH_RESERVATION",
        PARTY_REMARKS.getName(), "PLO-Nordjylland behandler aftalen på et møde i formandskabet ultimo august."));

    long itemId = agreements.steps(id).get(0).itemId();
    Clock.set(LocalDateTime.of(2025, 8, 22, 14, 0));
    meetingRun.hold(august, i -> i == itemId
        ? new DecisionInput(i, Outcome.NOT_APPROVED, "FFU godkendte ikke samarbejdsaftalen om osteoporose. PLO-Nordjylland"
            + " har behov for at vende den i formandskabet.", null, september, null, null, null)
        : decision(i, Outcome.TAKEN_TO_NOTICE, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    ProcessInstance instance = instance(id);
    assertThat(instance).hasPassed(ASSESS_ROUND).isWaitingAt(DRAFT);
    assertThat(items.get(itemId).meetingId()).as("on the next ordinary FFU meeting").isEqualTo(september);
    Task draft = task(id, DRAFT);
    assertThat(engine.getTaskService().getVariableLocal(draft.getId(), REMARKS_TEXT.getName()).toString())
        .contains("formandskabet", "Ikke godkendt");

    Clock.set(LocalDateTime.of(2025, 9, 1, 9, 0));
    draft(id, "Samarbejdsaftale osteoporose september 2025");
    hearing(id, false);
    planning.planMeeting(id, "ssf", ssf, "karen.lund");
    prepare(id);
    answer(id, "APPROVED", null);
    List<AgreementStep> steps = agreements.steps(id);
    assertThat(steps).hasSize(2);
    assertThat(steps.get(1).itemId()).isEqualTo(itemId);
    assertThat(steps.get(1).meetingId()).isEqualTo(september);

    meetingRun.hold(september, Map.of(itemId, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(instance).isWaitingAt(SSF_DECISION);
    assertThat(agreements.steps(id)).extracting(AgreementStep::kind, AgreementStep::outcome, AgreementStep::versionNumber)
        .containsExactly(Tuple.tuple(StepKind.FFU_RECOMMENDATION, Outcome.NOT_APPROVED, 2),
            Tuple.tuple(StepKind.FFU_RECOMMENDATION, Outcome.APPROVED, 3),
            Tuple.tuple(StepKind.SSF_APPROVAL, null, 3));
    assertThat(agreements.approvals(id)).extracting(PartyApproval::round, PartyApproval::answer)
        .containsExactly(Tuple.tuple(1, PartyAnswer.APPROVED_WITH_RESERVATION),
            Tuple.tuple(2, PartyAnswer.APPROVED));
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  // ---------------------------------------------------------------- seed 003 item 12

  @Test
  void hjaelpemidlerSentBackBySsfThenApprovedByFfuWithOneSentenceRemovedAndOnToSsfAndSsu() {
    Clock.set(LocalDateTime.of(2024, 9, 2, 9, 0));
    String ffu2024 = meetingRun.start("ffu", LocalDateTime.of(2024, 10, 24, 10, 0));
    String ssf2024 = meetingRun.start("ssf", LocalDateTime.of(2024, 11, 21, 10, 0));
    String ffu2025 = meetingRun.start("ffu", LocalDateTime.of(2025, 8, 22, 11, 0));
    String ssf2025 = meetingRun.start("ssf", LocalDateTime.of(2025, 9, 29, 10, 0));
    String ssu2025 = meetingRun.start("ssu", LocalDateTime.of(2025, 10, 29, 10, 0));
    long id = start("Samarbejdsaftale om hjælpemidler og behandlingsredskaber", false, null, null);
    draft(id, "Revideret samarbejdsaftale vedr. hjælpemidler og behandlingsredskaber, foråret 2024");
    hearing(id, false);
    planning.planMeeting(id, "ffu", ffu2024, "karen.lund");
    planning.planMeeting(id, "ssf", ssf2024, "karen.lund");
    prepare(id);
    answer(id, "APPROVED", null);
    long ffuItem = agreements.steps(id).get(0).itemId();
    meetingRun.hold(ffu2024, Map.of(ffuItem, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    ProcessInstance instance = instance(id);
    assertThat(instance).isWaitingAt(SSF_DECISION);

    long ssfItem = agreements.steps(id).get(1).itemId();
    Clock.set(LocalDateTime.of(2024, 11, 21, 14, 0));
    meetingRun.hold(ssf2024, i -> i == ssfItem
        ? new DecisionInput(i, Outcome.NOT_APPROVED, "Sendes tilbage til netværksgruppen mhp. at sikre enighed om"
            + " formuleringerne i casekatalogets case 17 vedr. kompression.", null, ssf2025, null, null, null)
        : decision(i, Outcome.TAKEN_TO_NOTICE, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(instance).hasPassed(SSF_APPROVED).isWaitingAt(DRAFT);
    assertThat(engine.getTaskService().getVariableLocal(task(id, DRAFT).getId(), REMARKS_TEXT.getName()).toString())
        .contains("case 17");

    Clock.set(LocalDateTime.of(2025, 6, 2, 9, 0));
    draft(id, "Revideret samarbejdsaftale vedr. hjælpemidler og behandlingsredskaber juni 2025");
    hearing(id, false);
    planning.planMeeting(id, "ffu", ffu2025, "karen.lund");
    planning.planMeeting(id, "ssu", ssu2025, "karen.lund");
    prepare(id);
    answer(id, "APPROVED", null);
    long ffuItem2025 = agreements.steps(id).get(2).itemId();
    Clock.set(LocalDateTime.of(2025, 8, 22, 14, 0));
    meetingRun.hold(ffu2025, i -> i == ffuItem2025
        ? decision(i, Outcome.APPROVED_WITH_REMARKS, "FFU godkendte aftalen med bemærkning om, at en formulering om"
            + " almen praksis' rolle som koordinerende funktion fjernes.")
        : decision(i, Outcome.TAKEN_TO_NOTICE, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    engine.getTaskService().complete(task(id, StepElements.CHECK_VERSION).getId(), Map.of(VERSION_TITLE.getName(),
        "Revideret samarbejdsaftale juni 2025, uden formuleringen om almen praksis' koordinerende rolle",
        VERSION_REFERENCE.getName(), "DOK-117"));
    assertThat(instance).isWaitingAt(SSF_DECISION);
    assertThat(agreements.steps(id).get(3).itemId()).as("the item SSF sent back").isEqualTo(ssfItem);

    meetingRun.hold(ssf2025, Map.of(ssfItem, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(instance).isWaitingAt(SSU_DECISION);
    long ssuItem = agreements.steps(id).get(4).itemId();
    assertThat(agreements.steps(id).get(4).meetingId()).isEqualTo(ssu2025);
    Clock.set(LocalDateTime.of(2025, 10, 29, 14, 0));
    meetingRun.hold(ssu2025, Map.of(ssuItem, Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    assertThat(instance).hasPassed(PUBLISH).isWaitingAt(REVISION_DUE);
    Agreement published = agreements.get(id);
    assertThat(published.status()).isEqualTo(AgreementStatus.PUBLISHED);
    assertThat(published.revisionDue()).isEqualTo(LocalDate.of(2029, 10, 29));
    assertThat(agreements.steps(id)).extracting(AgreementStep::kind, AgreementStep::outcome, AgreementStep::versionNumber)
        .containsExactly(Tuple.tuple(StepKind.FFU_RECOMMENDATION, Outcome.APPROVED, 1),
            Tuple.tuple(StepKind.SSF_APPROVAL, Outcome.NOT_APPROVED, 1),
            Tuple.tuple(StepKind.FFU_RECOMMENDATION, Outcome.APPROVED_WITH_REMARKS, 2),
            Tuple.tuple(StepKind.SSF_APPROVAL, Outcome.APPROVED, 3),
            Tuple.tuple(StepKind.SSU_APPROVAL, Outcome.APPROVED, 3));
    assertThat(statusView.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow().currentStep())
        .startsWith("I kraft; revision senest 29. oktober 2029");

    // A year on: the indicators are followed up, by the responsible group.
    Clock.set(LocalDateTime.of(2026, 10, 30, 9, 0));
    executeTimer(instance, INDICATOR_FOLLOW_UP_DUE);
    engine.getTaskService().complete(task(id, FOLLOW_UP_INDICATORS).getId(), Map.of(INDICATOR_REPORT.getName(),
        "Ventetiden på hjælpemidler ved udskrivelse er faldet."));
    assertThat(agreements.events(id)).anySatisfy(e -> assertThat(e.kind()).isEqualTo("INDICATORS"));
    // The revision falls due: the coordination group starts it as a new agreement.
    Clock.set(LocalDateTime.of(2029, 10, 30, 9, 0));
    executeTimer(instance, REVISION_DUE);
    engine.getTaskService().complete(task(id, DECIDE_REVISION).getId(), Map.of(REVISION_CONFIRMED.getName(), true));
    assertThat(instance).hasPassed(START_REVISION).isEnded();
    Agreement revision = agreements.all().stream().filter(a -> Long.valueOf(id).equals(a.revisesId())).findFirst()
        .orElseThrow();
    assertThat(revision.kind()).isEqualTo(AgreementKind.REVISION);
    assertThat(instance(revision.id())).isWaitingAt(DRAFT);
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  // ---------------------------------------------------------------- around the seeds

  @Test
  void anOpenReservationOfAPartyBlocksSsfUntilItIsClearedAndSsuMaySendItBack() {
    Clock.set(LocalDateTime.of(2026, 4, 1, 9, 0));
    String ffu = meetingRun.start("ffu", LocalDateTime.of(2026, 5, 20, 9, 0));
    String ssf = meetingRun.start("ssf", LocalDateTime.of(2026, 6, 10, 9, 0));
    String ssu = meetingRun.start("ssu", LocalDateTime.of(2026, 6, 24, 9, 0));
    long id = start("Samarbejdsaftale om sårbare gravide", false, null, null);
    draft(id, "Udkast");
    hearing(id, false);
    planning.planMeeting(id, "ffu", ffu, "karen.lund");
    planning.planMeeting(id, "ssf", ssf, "karen.lund");
    planning.planMeeting(id, "ssu", ssu, "karen.lund");
    prepare(id);
    answer(id, "APPROVED_WITH_RESERVATION", "Formandskabet skal se økonomien for almen praksis.");
    meetingRun.hold(ffu, Map.of(agreements.steps(id).get(0).itemId(), Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    ProcessInstance instance = instance(id);
    assertThat(instance).isWaitingAt(CLEAR_PARTY_RESERVATION);
    assertThat(agreements.steps(id)).as("nothing proposed to SSF while the reservation is open").hasSize(1);
    assertThat(statusView.details(id).reservations()).singleElement()
        .satisfies(r -> assertThat(r.open()).isTrue())
        .satisfies(r -> assertThat(r.party()).isEqualTo("PLO-Nordjyllands formandskab"));
    Task clear = task(id, CLEAR_PARTY_RESERVATION);
    assertThatThrownBy(() -> engine.getTaskService().complete(clear.getId(), Map.of()))
        .satisfies(CollaborationAgreementProcessTest::isUserInput).hasMessageContaining("Beskriv, hvordan forbeholdet er afklaret");
    engine.getTaskService().complete(clear.getId(), Map.of(RESERVATION_CLEARANCE.getName(),
        "Formandskabet godkendte den 28. maj."));

    assertThat(instance).isWaitingAt(SSF_DECISION);
    meetingRun.hold(ssf, Map.of(agreements.steps(id).get(1).itemId(), Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    meetingRun.hold(ssu, Map.of(agreements.steps(id).get(2).itemId(), Outcome.NOT_APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(instance).hasPassed(SSU_APPROVED).isWaitingAt(DRAFT);
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  @Test
  void aPartyThatDeclinesSendsItBackEvenWhenFfuRecommendsIt() {
    Clock.set(LocalDateTime.of(2026, 8, 3, 9, 0));
    String ffu = meetingRun.start("ffu", LocalDateTime.of(2026, 9, 18, 9, 0));
    long id = start("Samarbejdsaftale om medicinhåndtering", false, null, null);
    draft(id, "Udkast");
    hearing(id, false);
    planning.planMeeting(id, "ffu", ffu, "karen.lund");
    prepare(id);
    Task plo = task(id, PARTY_APPROVAL);
    // A decline needs remarks; an unknown answer is refused; nothing is recorded.
    assertThatThrownBy(() -> engine.getTaskService().complete(plo.getId(), Map.of(APPROVAL_VERSION.getName(), 1,
        PARTY_ANSWER.getName(), "DECLINED")))
        .satisfies(CollaborationAgreementProcessTest::isUserInput).hasMessageContaining("Skriv bemærkningerne");
    assertThatThrownBy(() -> engine.getTaskService().complete(plo.getId(), Map.of(APPROVAL_VERSION.getName(), 1,
        PARTY_ANSWER.getName(), "MAYBE")))
        .satisfies(CollaborationAgreementProcessTest::isUserInput).hasMessageContaining("Vælg et svar");
    assertThat(agreements.approvals(id).get(0).answer()).isNull();
    answer(id, "DECLINED", "Kapaciteten i almen praksis er ikke beskrevet.");
    meetingRun.hold(ffu, Map.of(agreements.steps(id).get(0).itemId(), Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(instance(id)).hasPassed(ASSESS_ROUND).isWaitingAt(DRAFT);
    assertThat(engine.getTaskService().getVariableLocal(task(id, DRAFT).getId(), REMARKS_TEXT.getName()).toString())
        .contains("Kapaciteten i almen praksis");
    assertThat(items.get(agreements.steps(id).get(0).itemId()).status()).isEqualTo(ItemStatus.DECIDED);
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  /**
   * One outcome vocabulary (ADR 0052): "Drøftet" is no approval, for an agreement as for the mid-term status
   * (MidtermStatusProcessTest#ffuThatOnlyDiscussesTheStatusHasNotApprovedItTheSecretariatRevisesIt): SSF discussed
   * the agreement, so it goes back to the working group and is not proposed to SSU.
   */
  @Test
  void ssfThatOnlyDiscussesTheAgreementSendsItBackToTheWorkingGroup() {
    Clock.set(LocalDateTime.of(2027, 8, 2, 9, 0));
    String ffu = meetingRun.start("ffu", LocalDateTime.of(2027, 9, 17, 9, 0));
    String ssf = meetingRun.start("ssf", LocalDateTime.of(2027, 10, 8, 9, 0));
    long id = start("Samarbejdsaftale om genoptræning", false, null, null);
    draft(id, "Udkast");
    hearing(id, false);
    planning.planMeeting(id, "ffu", ffu, "karen.lund");
    planning.planMeeting(id, "ssf", ssf, "karen.lund");
    prepare(id);
    answer(id, "APPROVED", null);
    meetingRun.hold(ffu, Map.of(agreements.steps(id).get(0).itemId(), Outcome.APPROVED));
    meetingRun.runJobs(ForumDecisionProcess.KEY);
    assertThat(instance(id)).isWaitingAt(SSF_DECISION);

    meetingRun.hold(ssf, itemId -> itemId == agreements.steps(id).get(1).itemId()
        ? decision(itemId, Outcome.DISCUSSED, "SSF drøftede aftalen og ønsker kommunernes rolle beskrevet.")
        : decision(itemId, Outcome.TAKEN_TO_NOTICE, null));
    meetingRun.runJobs(ForumDecisionProcess.KEY);

    assertThat(instance(id)).hasPassed(SSF_APPROVED).hasNotPassed(SSU_DECISION).isWaitingAt(DRAFT);
    assertThat(agreements.steps(id)).extracting(AgreementStep::kind, AgreementStep::outcome).containsExactly(
        Tuple.tuple(StepKind.FFU_RECOMMENDATION, Outcome.APPROVED),
        Tuple.tuple(StepKind.SSF_APPROVAL, Outcome.DISCUSSED));
    assertThat(engine.getTaskService().getVariableLocal(task(id, DRAFT).getId(), "remarksText").toString())
        .contains("Drøftet", "kommunernes rolle");
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  // ---------------------------------------------------------------- the hearing in the network group

  @Test
  void theHearingIsAConsultationOfTheNetworkGroupWhoseRepliesTheWorkingGroupAssesses() {
    // Monday 15 March 2027: 15 working days, Easter (25, 26 and 29 March) not counted, is Thursday 8 April.
    Clock.set(LocalDateTime.of(2027, 3, 15, 9, 0));
    long id = start("Samarbejdsaftale om rehabilitering", false, null, null);
    draft(id, "Udkast marts 2027");

    ProcessInstance instance = instance(id);
    assertThat(instance).hasPassed(OPEN_HEARING).isWaitingAt(HEARING);
    long first = currentHearing(id);
    Consultation consultation = consultations.get(first);
    assertThat(consultation.ownerGroup()).isEqualTo("koordineringsgruppen-secretariat");
    assertThat(consultation.replyBy()).isEqualTo(LocalDate.of(2027, 4, 8));
    assertThat(consultation.forumId()).as("no forum: the working group assesses the replies").isNull();
    assertThat(consultation.subject()).isEqualTo("Samarbejdsaftale om rehabilitering, version 1");
    assertThat(consultation.question()).contains("version 1: Udkast marts 2027");
    assertThat(consultations.respondents(first)).extracting(r -> r.respondent())
        .containsExactly("koordineringsgruppen-secretariat");
    Task reply = task(id, ConsultationProcess.Elements.REPLY);
    assertThat(reply).hasCandidateGroup("koordineringsgruppen-secretariat");
    assertThat(Clock.of(reply.getDueDate())).isEqualTo(LocalDateTime.of(2027, 4, 8, 12, 0));
    assertThat(statusView.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow().currentStep())
        .isEqualTo("Besvar høring (koordineringsgruppen-secretariat)");
    // Only the network group replies.
    assertThatThrownBy(() -> replies.reply(first, new ReplyInput(null, "Jeg svarer også.", null, null),
        "lone.berg")).isInstanceOf(NotAllowedException.class);

    // Nobody replies: after the deadline the owning secretariat closes the hearing, and the working group sees
    // that no reply came.
    String consultationInstance = consultation.processInstanceId();
    runTimer(consultationInstance, ConsultationProcess.Elements.REPLY_REMINDER);
    runTimer(consultationInstance, ConsultationProcess.Elements.REPLY_DEADLINE);
    Task close = task(id, ConsultationProcess.Elements.CLOSE_CONSULTATION);
    assertThat(close).hasCandidateGroup("koordineringsgruppen-secretariat");
    engine.getTaskService().complete(close.getId(), Map.of(CLOSE_CONFIRMED.getName(), true));
    assertThat(instance).hasPassed(HEARING).isWaitingAt(ASSESS_HEARING);
    Task assess = task(id, ASSESS_HEARING);
    assertThat(Clock.of(assess.getDueDate()).toLocalDate()).as("10 working days").isEqualTo(LocalDate.of(2027, 4, 23));
    assertThat((String) engine.getTaskService().getVariableLocal(assess.getId(), HEARING_REPLIES_TEXT.getName()))
        .startsWith("Svarfrist 8. april 2027. 0 af 1 har svaret.").contains(": intet svar.");
    // The assessment needs a summary; nothing is recorded without it.
    assertThatThrownBy(() -> engine.getTaskService().complete(assess.getId(),
        Map.of(CollaborationAgreementProcess.HEARING_CHANGES.getName(), true)))
        .satisfies(CollaborationAgreementProcessTest::isUserInput).hasMessageContaining("Skriv et resumé");
    assertThat(agreements.events(id)).noneSatisfy(e -> assertThat(e.kind()).isEqualTo("HEARING"));
    engine.getTaskService().complete(assess.getId(), Map.of(HEARING_SUMMARY.getName(),
        "Netværksgruppen svarede ikke; udkastet sendes i høring igen med et rykkerbrev.",
            CollaborationAgreementProcess.HEARING_CHANGES.getName(), true));
    assertThat(instance).hasPassed(HEARING_CHANGES).isWaitingAt(DRAFT);

    // The second draft goes into a new hearing, answered in time: on to the coordination group.
    Clock.set(LocalDateTime.of(2027, 4, 26, 9, 0));
    draft(id, "Udkast april 2027");
    long second = currentHearing(id);
    assertThat(second).isNotEqualTo(first);
    replies.reply(second, new ReplyInput(null, "Netværksgruppen kan tilslutte sig udkastet.", null, null),
        "nanna.kirk");
    Task secondAssess = task(id, ASSESS_HEARING);
    assertThat((String) engine.getTaskService().getVariableLocal(secondAssess.getId(), HEARING_REPLIES_TEXT.getName()))
        .contains("1 af 1 har svaret", "(svar 26. april 2027):\nNetværksgruppen kan tilslutte sig udkastet.");
    engine.getTaskService().complete(secondAssess.getId(), Map.of(HEARING_SUMMARY.getName(), "Ingen ændringer.",
        CollaborationAgreementProcess.HEARING_CHANGES.getName(), false));
    assertThat(instance).isWaitingAt(PREPARE);
    assertThat(engine.getRuntimeService().getVariables(instance.getId()))
        .as("the form's fields left the process").doesNotContainKeys("hearingSummary", "hearingRepliesText");

    assertThat(hearingsOf.hearings(id)).extracting(AgreementHearings.Hearing::consultationId, AgreementHearings.Hearing::status,
            AgreementHearings.Hearing::replies)
        .containsExactly(Tuple.tuple(first, ConsultationStatus.CLOSED.name(), 0),
            Tuple.tuple(second, ConsultationStatus.CLOSED.name(), 1));
    assertThat(statusView.details(id).hearings()).hasSize(2);
    assertThat(agreements.events(id)).filteredOn(e -> e.kind().equals("HEARING")).extracting(AgreementEvent::text)
        .containsExactly("Netværksgruppen svarede ikke; udkastet sendes i høring igen med et rykkerbrev."
            + " (tilbage til arbejdsgruppen)", "Ingen ændringer.");
    BUSINESS_KEYS.add(CollaborationAgreementProcess.businessKey(id));
  }

  void runTimer(String processInstanceId, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).singleResult();
    assertThat(job).as("timer %s", activityId).isNotNull();
    Clock.set(Clock.of(job.getDuedate()).plusMinutes(1));
    engine.getManagementService().executeJob(job.getId());
  }

  // ---------------------------------------------------------------- helpers

  long start(String title, boolean termsOfReference, List<AgreementProperties.PartyApprovalSetting> parties,
      VersionInput first) {
    return start(title, termsOfReference, parties, first, null);
  }

  long start(String title, boolean termsOfReference, List<AgreementProperties.PartyApprovalSetting> parties,
      VersionInput first, String ffuMeetingId) {
    return starts.start(new AgreementStart(title, "1-01-72-220-24", null, termsOfReference, null, null, null, parties,
        first, ffuMeetingId), "nanna.kirk");
  }

  ProcessInstance instance(long id) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(CollaborationAgreementProcess.businessKey(id))
        .processDefinitionKey(CollaborationAgreementProcess.KEY).singleResult();
  }

  List<Task> tasks(long id, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CollaborationAgreementProcess.businessKey(id))
        .taskDefinitionKey(key).list();
  }

  Task task(long id, String key) {
    List<Task> tasks = tasks(id, key);
    assertThat(tasks).as("open tasks %s of agreement %s", key, id).hasSize(1);
    return tasks.get(0);
  }

  void draft(long id, String versionTitle) {
    engine.getTaskService().complete(task(id, DRAFT).getId(), Map.of(VERSION_TITLE.getName(), versionTitle,
        VERSION_REFERENCE.getName(), "https://example.dk/aftaler/" + id));
  }

  /**
   * The hearing: the network group (the default koordineringsgruppen-secretariat) replies to the consultation's
   * reply task through the use case the API calls, as its member nanna.kirk; the working group then assesses the
   * replies, which its form shows.
   */
  void hearing(long id, boolean changes) {
    assertThat(instance(id)).hasPassed(OPEN_HEARING).isWaitingAt(HEARING);
    long consultationId = currentHearing(id);
    Task reply = task(id, ConsultationProcess.Elements.REPLY);
    assertThat(reply).hasCandidateGroup("koordineringsgruppen-secretariat");
    String answer = changes ? "Netværksgruppen ønsker flowcharts for begge forløb." : "Ingen bemærkninger.";
    replies.reply(consultationId, new ReplyInput(null, answer, null, null), "nanna.kirk");
    assess(id, changes ? "Flowcharts tilføjes." : "Ingen bemærkninger.", changes, answer);
  }

  /** The consultation of the agreement's latest hearing. */
  long currentHearing(long id) {
    List<AgreementHearings.Hearing> hearings = hearingsOf.hearings(id);
    assertThat(hearings).as("hearings of agreement %s", id).isNotEmpty();
    return hearings.get(hearings.size() - 1).consultationId();
  }

  void assess(long id, String summary, boolean changes, String shownReply) {
    Task assess = task(id, ASSESS_HEARING);
    assertThat(assess).hasCandidateGroup("koordineringsgruppen-secretariat");
    assertThat((String) engine.getTaskService().getVariableLocal(assess.getId(), HEARING_REPLIES_TEXT.getName()))
        .contains(shownReply);
    engine.getTaskService().complete(assess.getId(), Map.of(HEARING_SUMMARY.getName(), summary,
        CollaborationAgreementProcess.HEARING_CHANGES.getName(), changes));
  }

  void prepare(long id) {
    engine.getTaskService().complete(task(id, PREPARE).getId(), Map.of(PREPARED_FOR_FFU.getName(), true));
  }

  void answer(long id, String answer, String remarks) {
    Map<String, Object> form = new HashMap<>();
    form.put(APPROVAL_VERSION.getName(), agreements.currentVersion(id).orElseThrow().number());
    form.put(PARTY_ANSWER.getName(), answer);
    form.put(PARTY_REMARKS.getName(), remarks);
    engine.getTaskService().complete(task(id, PARTY_APPROVAL).getId(), form);
  }

  void executeTimer(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("timer %s", activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  static void isUserInput(Throwable e) {
    assertThat(UserInputException.in(e)).as("a Danish input error, not %s", e).isPresent();
  }

  static DecisionInput decision(long itemId, Outcome outcome, String text) {
    return new DecisionInput(itemId, outcome, text, null, null, null, null, null);
  }
}
