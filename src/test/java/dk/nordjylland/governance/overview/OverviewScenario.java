package dk.nordjylland.governance.overview;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_VERSION;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements.ASSESS_HEARING;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements.DRAFT;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements.PARTY_APPROVAL;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.Elements.PREPARE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_CHANGES;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_SUMMARY;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_ANSWER;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_REMARKS;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PREPARED_FOR_FFU;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_REFERENCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_TITLE;

import dk.nordjylland.governance.agreement.AgreementHearings;
import dk.nordjylland.governance.agreement.AgreementStart;
import dk.nordjylland.governance.agreement.AgreementStarts;
import dk.nordjylland.governance.agreement.Agreements;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess;
import dk.nordjylland.governance.consultation.ConsultationOpening;
import dk.nordjylland.governance.consultation.ConsultationReplies;
import dk.nordjylland.governance.consultation.ConsultationRequest;
import dk.nordjylland.governance.consultation.ReplyInput;
import dk.nordjylland.governance.support.MeetingRun;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the process owner watches, made through the engine as the people would: a finished and a running meeting, an
 * agreement whose party answered with a reservation, a consultation with missing replies. The caller sets the clock.
 */
@Component
public class OverviewScenario {

  private final MeetingRun meetingRun;
  private final Agreements agreements;
  private final AgreementStarts starts;
  private final AgreementHearings hearingsOf;
  private final ConsultationOpening opening;
  private final ConsultationReplies replies;
  private final TaskService taskService;

  OverviewScenario(MeetingRun meetingRun, Agreements agreements, AgreementStarts starts, AgreementHearings hearingsOf,
      ConsultationOpening opening, ConsultationReplies replies, TaskService taskService) {
    this.meetingRun = meetingRun;
    this.agreements = agreements;
    this.starts = starts;
    this.hearingsOf = hearingsOf;
    this.opening = opening;
    this.replies = replies;
    this.taskService = taskService;
  }

  /** A meeting of the forum whose cycle has run to its end. */
  public String finishedMeeting(String forumId, LocalDateTime startsAt) {
    String id = meetingRun.start(forumId, startsAt);
    meetingRun.hold(id);
    return id;
  }

  /** A meeting whose cycle waits in the call for items. */
  public String runningMeeting(String forumId, LocalDateTime startsAt) {
    return meetingRun.start(forumId, startsAt);
  }

  /** An agreement drafted, heard, prepared, and answered by PLO's chairmanship with a reservation. */
  public long agreementWithReservation(String title, String reservation) {
    long id = starts.start(new AgreementStart(title, "1-01-72-220-24", null, false, null, null, null, null,
        null, null), "nanna.kirk");
    complete(id, DRAFT, Map.of(VERSION_TITLE.getName(), "Udkast", VERSION_REFERENCE.getName(),
        "https://example.dk/aftaler/" + id));
    List<AgreementHearings.Hearing> hearings = hearingsOf.hearings(id);
    replies.reply(hearings.get(hearings.size() - 1).consultationId(),
        new ReplyInput(null, "Ingen bemærkninger.", null, null), "nanna.kirk");
    complete(id, ASSESS_HEARING, Map.of(HEARING_SUMMARY.getName(), "Ingen bemærkninger.", HEARING_CHANGES.getName(),
        false));
    complete(id, PREPARE, Map.of(PREPARED_FOR_FFU.getName(), true));
    Map<String, Object> answer = new HashMap<>();
    answer.put(APPROVAL_VERSION.getName(), agreements.currentVersion(id).orElseThrow().number());
    answer.put(PARTY_ANSWER.getName(), "APPROVED_WITH_RESERVATION");
    answer.put(PARTY_REMARKS.getName(), reservation);
    complete(id, PARTY_APPROVAL, answer);
    return id;
  }

  /** A consultation of the four clusters that only Klynge Nord has answered. */
  public long consultationWithMissingReplies(String subject, LocalDate replyBy) {
    long id = opening.open(new ConsultationRequest(subject, "Hvad er jeres status?", "ffu-secretariat",
        List.of("cluster-nord-secretaries", "cluster-midt-secretaries", "cluster-syd-secretaries",
            "cluster-vest-secretaries"), replyBy, null), "karen.lund");
    replies.reply(id, new ReplyInput(null, "Klynge Nord er i gang.", null, null), "trine.overgaard");
    return id;
  }

  private void complete(long agreementId, String taskKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey(CollaborationAgreementProcess.businessKey(agreementId))
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("agreement " + agreementId + " does not wait at " + taskKey);
    }
    taskService.complete(task.getId(), variables);
  }
}
