package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.agreement.Agreement;
import dk.nordjylland.governance.agreement.AgreementStatus;
import dk.nordjylland.governance.agreement.AgreementStatusView;
import dk.nordjylland.governance.agreement.AgreementStep;
import dk.nordjylland.governance.agreement.Agreements;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess;
import dk.nordjylland.governance.agreement.PartyApproval;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.consultation.Consultation;
import dk.nordjylland.governance.consultation.ConsultationReply;
import dk.nordjylland.governance.consultation.ConsultationStatus;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.consultation.Respondent;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentLinks;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionKind;
import dk.nordjylland.governance.followup.ActionOwnerNames;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.overview.OverviewRows.ActionRow;
import dk.nordjylland.governance.overview.OverviewRows.AgreementRow;
import dk.nordjylland.governance.overview.OverviewRows.ConsultationRow;
import dk.nordjylland.governance.overview.OverviewRows.MeetingRow;
import dk.nordjylland.governance.overview.OverviewRows.Overview;
import dk.nordjylland.governance.overview.OverviewRows.PartyRow;
import dk.nordjylland.governance.overview.OverviewRows.Waiting;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owner's overview (issue 18): every meeting cycle (running and finished), agreement, consultation and
 * follow-up action, where each waits, for how many working days, and what is overdue; and the waiting time per step
 * over the last 12 months. Read as the system: callers check who may see it ({@link OverviewAccess}).
 */
@Service
public class GovernanceOverview {

  /** The status filter's values. */
  static final Set<String> STATUSES = Set.of("running", "finished", "overdue");

  private static final Map<MeetingStatus, String> MEETING_STATUS = Map.of(
      MeetingStatus.PLANNED, "Planlagt", MeetingStatus.CALL_FOR_ITEMS, "Indkaldelse af punkter",
      MeetingStatus.AGENDA_PUBLISHED, "Dagsorden udsendt", MeetingStatus.HELD, "Mødet er holdt",
      MeetingStatus.MINUTES_PUBLISHED, "Referat udsendt", MeetingStatus.COMPLETED, "Afsluttet",
      MeetingStatus.CANCELLED, "Aflyst");

  private final JdbcClient jdbc;
  private final CurrentSteps currentSteps;
  private final WaitingTimes waitingTimes;
  private final AgreementStatusView agreementStatus;
  private final Agreements agreements;
  private final Consultations consultations;
  private final TaskService taskService;
  private final MasterData masterData;
  private final Directory directory;
  private final AsSystem asSystem;
  private final ActionOwnerNames ownerNames;

  GovernanceOverview(JdbcClient jdbc, CurrentSteps currentSteps, WaitingTimes waitingTimes,
      AgreementStatusView agreementStatus, Agreements agreements, Consultations consultations,
      TaskService taskService, MasterData masterData, Directory directory, AsSystem asSystem,
      ActionOwnerNames ownerNames) {
    this.ownerNames = ownerNames;
    this.jdbc = jdbc;
    this.currentSteps = currentSteps;
    this.waitingTimes = waitingTimes;
    this.agreementStatus = agreementStatus;
    this.agreements = agreements;
    this.consultations = consultations;
    this.taskService = taskService;
    this.masterData = masterData;
    this.directory = directory;
    this.asSystem = asSystem;
  }

  /**
   * The overview, filtered.
   *
   * @param forum a forum id ("ffu"), or null for all
   * @param status "running", "finished", "overdue", or null for all
   * @throws UserInputException (Danish) for an unknown forum or status
   */
  @Transactional(readOnly = true)
  public Overview overview(String forum, String status) {
    String forumId = blankToNull(forum);
    String state = blankToNull(status);
    if (forumId != null && masterData.forum(forumId).isEmpty()) {
      throw new UserInputException("Forummet \"" + forumId + "\" findes ikke. Vælg et af: "
          + masterData.forums().stream().map(Forum::id).collect(Collectors.joining(", ")) + ".");
    }
    if (state != null && !STATUSES.contains(state)) {
      throw new UserInputException("Status skal være running (i gang), finished (afsluttet) eller overdue "
          + "(overskredet), ikke \"" + state + "\".");
    }
    return asSystem.call(() -> {
      Predicate<String> inForum = id -> forumId == null || forumId.equals(id);
      List<MeetingRow> meetings = meetings().stream().filter(m -> inForum.test(m.forumId()))
          .filter(m -> matches(state, m.running(), m.waiting() != null && m.waiting().overdue())).toList();
      List<AgreementRow> agreementRows = agreementRows().stream().filter(a -> inForum.test(a.forumId()))
          .filter(a -> matches(state, a.running(), a.waiting() != null && a.waiting().overdue())).toList();
      List<ConsultationRow> consultationRows = consultationRows().stream().filter(c -> inForum.test(c.forumId()))
          .filter(c -> matches(state, c.running(), c.waiting() != null && c.waiting().overdue())).toList();
      List<ActionRow> actions = actionRows().stream().filter(a -> inForum.test(a.forumId()))
          .filter(a -> matches(state, a.running(), a.overdue())).toList();
      List<OverviewRows.ForumOption> forums = masterData.forums().stream()
          .map(f -> new OverviewRows.ForumOption(f.id(), f.shortName())).toList();
      return new Overview(EngineClock.now(), forumId, state, forums, meetings, agreementRows, consultationRows, actions,
          waitingTimes.lastTwelveMonths());
    });
  }

  /** Overdue steps per forum id (meetings, agreements, consultations, actions); "ingen" for those of no forum. */
  @Transactional(readOnly = true)
  public Map<String, Long> overdueByForum() {
    return asSystem.call(() -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      masterData.forums().forEach(f -> counts.put(f.id(), 0L));
      counts.put(NO_FORUM, 0L);
      meetings().stream().filter(m -> m.waiting() != null && m.waiting().overdue())
          .forEach(m -> counts.merge(forumKey(m.forumId()), 1L, Long::sum));
      agreementRows().stream().filter(a -> a.waiting() != null && a.waiting().overdue())
          .forEach(a -> counts.merge(forumKey(a.forumId()), 1L, Long::sum));
      consultationRows().stream().filter(c -> c.waiting() != null && c.waiting().overdue())
          .forEach(c -> counts.merge(forumKey(c.forumId()), 1L, Long::sum));
      actionRows().stream().filter(ActionRow::overdue).forEach(a -> counts.merge(forumKey(a.forumId()), 1L, Long::sum));
      return counts;
    });
  }

  static final String NO_FORUM = "ingen";

  /** The forum ids of the master data, and "ingen". */
  List<String> forumKeys() {
    List<String> keys = new ArrayList<>(masterData.forums().stream().map(Forum::id).toList());
    keys.add(NO_FORUM);
    return keys;
  }

  private static String forumKey(String forumId) {
    return forumId == null ? NO_FORUM : forumId;
  }

  private static boolean matches(String state, boolean running, boolean overdue) {
    return state == null || switch (state) {
      case "running" -> running;
      case "finished" -> !running;
      default -> overdue;
    };
  }

  /** Meetings whose cycle has started (planned ones have nothing to watch yet), newest first. */
  List<MeetingRow> meetings() {
    List<Meeting> all = jdbc.sql("select id, forum_id, planned_date, starts_at, ends_at, place, status,"
        + " process_instance_id from gov_meeting where process_instance_id is not null order by starts_at desc")
        .query(Meeting.class).list();
    List<MeetingRow> rows = new ArrayList<>();
    for (Meeting m : all) {
      Waiting waiting = currentSteps.of(m.processInstanceId());
      boolean running = waiting != null && !"Afsluttet".equals(waiting.step())
          && m.status() != MeetingStatus.CANCELLED;
      rows.add(new MeetingRow(m.id(), m.forumId(), forumName(m.forumId()), m.startsAt(),
          MEETING_STATUS.get(m.status()), running, waiting, m.processInstanceId(),
          running ? cockpitLink(m.processInstanceId()) : null, documentsLink(m), "/moeder/" + m.id()));
    }
    return rows;
  }

  List<AgreementRow> agreementRows() {
    List<AgreementRow> rows = new ArrayList<>();
    for (AgreementStatusView.Summary s : agreementStatus.list()) {
      Agreement a = agreements.get(s.id());
      List<AgreementStep> steps = agreements.steps(a.id());
      AgreementStep step = steps.stream().filter(x -> x.decidedAt() == null).findFirst()
          .orElse(steps.isEmpty() ? null : steps.get(steps.size() - 1));
      String forumStep = step == null ? null : step.kind().danish();
      boolean running = a.status() == AgreementStatus.IN_PROGRESS;
      Waiting waiting = currentSteps.waiting(s.currentStep(), s.since(), taskService.createTaskQuery()
          .processInstanceBusinessKey(CollaborationAgreementProcess.businessKey(a.id())).active());
      List<PartyRow> parties = latestRound(agreements.approvals(a.id()));
      List<String> reservations = parties.stream().filter(PartyRow::openReservation)
          .map(p -> p.party() + ": " + p.remarks()).toList();
      rows.add(new AgreementRow(a.id(), a.title(), step == null ? null : step.forumId(), forumStep,
          a.status().danish(), running, waiting, parties, reservations, a.processInstanceId(),
          running ? cockpitLink(a.processInstanceId()) : null));
    }
    rows.sort(Comparator.comparing(AgreementRow::id).reversed());
    return rows;
  }

  private static List<PartyRow> latestRound(List<PartyApproval> approvals) {
    int round = approvals.stream().mapToInt(PartyApproval::round).max().orElse(0);
    return approvals.stream().filter(p -> p.round() == round).map(p -> new PartyRow(p.partyName(),
        p.answer() == null ? "Afventer svar" : p.answer().danish(), p.remarks(), p.dueDate(),
        p.openReservation())).toList();
  }

  List<ConsultationRow> consultationRows() {
    List<ConsultationRow> rows = new ArrayList<>();
    for (Consultation c : consultations.all()) {
      Set<String> replied = consultations.replies(c.id()).stream().map(ConsultationReply::respondent)
          .collect(Collectors.toSet());
      List<String> answered = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Respondent r : consultations.respondents(c.id())) {
        (replied.contains(r.respondent()) ? answered : missing).add(r.name());
      }
      boolean running = c.status() != ConsultationStatus.CLOSED;
      LocalDateTime due = c.replyBy() == null ? null : c.replyBy().atTime(23, 59);
      Waiting waiting = running
          ? currentSteps.waiting(missing.isEmpty() ? "Alle har svaret; høringen skal lukkes"
              : "Venter på svar fra " + missing.size() + " af " + (answered.size() + missing.size()),
              c.createdAt(), missing.isEmpty() ? null : due)
          : new Waiting("Lukket", c.closedAt(), null, null, false);
      rows.add(new ConsultationRow(c.id(), c.subject(), c.forumId(), running ? "Åben" : "Lukket", running,
          c.replyBy(), answered, missing, waiting, c.processInstanceId(),
          running && c.processInstanceId() != null ? cockpitLink(c.processInstanceId()) : null));
    }
    rows.sort(Comparator.comparing(ConsultationRow::id).reversed());
    return rows;
  }

  List<ActionRow> actionRows() {
    List<Action> all = jdbc.sql("select * from gov_action order by id desc").query(Action.class).list();
    List<ActionRow> rows = new ArrayList<>();
    for (Action a : all) {
      boolean running = a.status() == ActionStatus.OPEN;
      boolean overdue = running && a.dueDate() != null && a.dueDate().isBefore(EngineClock.today());
      rows.add(new ActionRow(a.id(), a.description(),
          a.kind() == ActionKind.RESERVATION ? "Forbehold" : "Handling", a.forumId(), a.meetingId(), owner(a),
          a.dueDate(), switch (a.status()) {
            case OPEN -> "Åben";
            case DONE -> "Udført";
            case CANCELLED -> "Annulleret";
          }, running, overdue, a.processInstanceId(),
          running && a.processInstanceId() != null ? cockpitLink(a.processInstanceId()) : null));
    }
    return rows;
  }

  /** The owner by name: a person, a group, a body outside the collaboration or a guest (ADR 0045). */
  private String owner(Action a) {
    return ownerNames.of(a);
  }

  private String forumName(String forumId) {
    return masterData.forum(forumId).map(Forum::shortName).orElse(forumId);
  }

  /**
   * The meeting's documents as a reader wants them: the minutes once published, the agenda once sent, before that the
   * list of what has been generated (our API; the web apps' login opens it, ADR 0029).
   */
  static String documentsLink(Meeting m) {
    return switch (m.status()) {
      case MINUTES_PUBLISHED, COMPLETED -> DocumentLinks.path(m.id(), DocumentKind.MINUTES);
      case AGENDA_PUBLISHED, HELD -> DocumentLinks.path(m.id(), DocumentKind.AGENDA);
      default -> "/api/meetings/" + m.id() + "/documents";
    };
  }

  /** The instance's page in Cockpit (running instances only: the community Cockpit shows no finished ones). */
  static String cockpitLink(String processInstanceId) {
    return processInstanceId == null ? null
        : "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
