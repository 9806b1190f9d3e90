package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.AGREEMENT_ID;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.WITH_TERMS_OF_REFERENCE;

import dk.nordjylland.governance.agreement.AgreementProperties.PartyApprovalSetting;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.consultation.Consultation;
import dk.nordjylland.governance.consultation.ConsultationReply;
import dk.nordjylland.governance.consultation.ConsultationRequest;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.consultation.Respondent;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.UserInputException;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of collaboration agreements: start, versions, the forum steps, the parties' approvals,
 * publication and revision. Each validates everything first (Danish {@link UserInputException}) and then writes,
 * in the caller's transaction, so a rejected input leaves nothing behind.
 */
@Service
public class Agreements {

  static final int MAX_TEXT = 4000;
  static final int MAX_CONTENT_BYTES = 20 * 1024 * 1024;
  /** The forums whose people see the agreement's instances in Cockpit. */
  static final List<String> FORUMS = List.of("ffu", "ssf", "ssu", "koordineringsgruppen");

  private final AgreementStore store;
  private final AgreementProperties properties;
  private final Agenda agenda;
  private final Items items;
  private final Meetings meetings;
  private final Directory directory;
  private final ForumAccess forumAccess;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final WorkingDays workingDays;
  private final Notifications notifications;
  private final Consultations consultations;

  Agreements(AgreementStore store, AgreementProperties properties, Agenda agenda, Items items, Meetings meetings,
      Directory directory, ForumAccess forumAccess, RuntimeService runtimeService, AsSystem asSystem,
      WorkingDays workingDays, Notifications notifications, Consultations consultations) {
    this.store = store;
    this.properties = properties;
    this.agenda = agenda;
    this.items = items;
    this.meetings = meetings;
    this.directory = directory;
    this.forumAccess = forumAccess;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.workingDays = workingDays;
    this.notifications = notifications;
    this.consultations = consultations;
  }

  // ---------------------------------------------------------------- start

  /**
   * Starts an agreement and its process (business key {@code agreement-<id>}).
   *
   * @throws AuthorizationException if the actor is in none of {@code governance.agreement.starter-groups}
   * @throws UserInputException (Danish) for a missing title, an unknown agreement to revise, unknown groups,
   *     invalid parties or an invalid first version
   */
  @Transactional
  public long start(AgreementStart s, String actor) {
    requireStarter(actor);
    return startChecked(s, actor);
  }

  private long startChecked(AgreementStart s, String actor) {
    Problems problems = new Problems();
    problems.requireText(s.title(), "Aftalen skal have en titel.");
    problems.maxLength(s.title(), 300, "Titel");
    problems.maxLength(s.caseNumber(), 40, "Sagsnr.");
    Optional<Agreement> revises = Optional.empty();
    if (s.revisesId() != null) {
      revises = store.find(s.revisesId());
      problems.require(revises.isPresent(), "Samarbejdsaftale " + s.revisesId() + ", der skal revideres, findes ikke.");
    }
    String workingGroup = group(s.workingGroup(), revises.map(Agreement::workingGroup).orElse(properties.defaultWorkingGroup()),
        "Arbejdsgruppen", problems);
    String networkGroup = group(s.networkGroup(), revises.map(Agreement::networkGroup).orElse(properties.defaultNetworkGroup()),
        "Netværksgruppen", problems);
    String responsibleGroup = group(s.responsibleGroup(), revises.map(Agreement::responsibleGroup).orElse(workingGroup),
        "Den ansvarlige gruppe", problems);
    List<PartyApprovalSetting> parties = s.partyApprovals() == null ? properties.partyApprovals() : s.partyApprovals();
    for (PartyApprovalSetting p : parties) {
      String name = p.name() == null || p.name().isBlank() ? p.group() : p.name();
      problems.require(p.group() != null && directory.isGroup(p.group()),
          "Parten '" + name + "' skal være en gruppe, der findes (f.eks. plo-chairmanship).");
      problems.require(p.name() != null && !p.name().isBlank() && p.name().length() <= 200,
          "Parten '" + p.group() + "' skal have et navn på højst 200 tegn.");
      problems.require(p.workingDays() >= 1 && p.workingDays() <= 60,
          "Fristen for " + name + " skal være mellem 1 og 60 arbejdsdage.");
    }
    byte[] content = s.firstVersion() == null ? null : validVersion(s.firstVersion(), problems);
    if (s.ffuMeetingId() != null && !s.ffuMeetingId().isBlank()) {
      Optional<Meeting> meeting = meetings.find(s.ffuMeetingId());
      problems.require(meeting.isPresent() && meeting.get().forumId().equals("ffu"),
          "Mødet '" + s.ffuMeetingId() + "' er ikke et møde i Fælles Forretningsudvalg.");
    }
    problems.throwIfAny("Samarbejdsaftalen kan ikke startes");

    boolean withTerms = s.withTermsOfReference() != null ? s.withTermsOfReference() : s.revisesId() == null;
    LocalDateTime now = EngineClock.now();
    long id = store.insert(s, s.revisesId() == null ? "NEW" : "REVISION", withTerms, workingGroup, networkGroup,
        responsibleGroup, actor, now);
    for (PartyApprovalSetting p : parties) {
      store.insertParty(id, p.group(), p.name().strip(), p.workingDays());
    }
    if (s.ffuMeetingId() != null && !s.ffuMeetingId().isBlank()) {
      store.plan(id, "ffu", s.ffuMeetingId().strip());
    }
    if (s.firstVersion() != null) {
      store.insertVersion(id, 1, s.firstVersion(), content, actor, now);
    }
    store.event(id, "STARTED", s.revisesId() == null ? "Ny samarbejdsaftale" : "Revision af samarbejdsaftale " + s.revisesId(),
        actor, now);
    ProcessInstance instance = asSystem.call(() -> runtimeService.startProcessInstanceByKey(CollaborationAgreementProcess.KEY,
        CollaborationAgreementProcess.businessKey(id),
        CamundaBpmData.builder().set(AGREEMENT_ID, id).set(WITH_TERMS_OF_REFERENCE, withTerms).build()));
    store.attachProcess(id, instance.getId());
    asSystem.call(() -> {
      FORUMS.forEach(forum -> forumAccess.grantInstanceRead(instance.getId(), forum));
      return null;
    });
    return id;
  }

  private String group(String given, String fallback, String what, Problems problems) {
    String id = given == null || given.isBlank() ? fallback : given.strip();
    problems.require(directory.isGroup(id), what + " '" + id + "' findes ikke som gruppe.");
    return id;
  }

  private void requireStarter(String actor) {
    Set<String> groups = directory.groupsOf(actor);
    if (groups.stream().noneMatch(properties.starterGroups()::contains) && !groups.contains(GroupIds.CAMUNDA_ADMIN)) {
      throw new AuthorizationException(actor + " may not start collaboration agreements");
    }
  }

  // ---------------------------------------------------------------- versions

  /**
   * Registers a new version of the document (number = last + 1) through the API.
   *
   * @throws NotFoundException for an unknown agreement
   * @throws UserInputException for a published agreement or an invalid version
   */
  @Transactional
  public AgreementVersion addVersion(long agreementId, VersionInput v, String actor) {
    Agreement agreement = get(agreementId);
    requireStarterOrGroup(agreement, actor);
    return addVersionChecked(agreement, v, actor);
  }

  /** The same from a task of the agreement's process (the task's candidate group is the permission). */
  @Transactional
  public AgreementVersion addVersionFromTask(long agreementId, VersionInput v, String actor) {
    return addVersionChecked(get(agreementId), v, actor);
  }

  private AgreementVersion addVersionChecked(Agreement agreement, VersionInput v, String actor) {
    Problems problems = new Problems();
    problems.require(!"PUBLISHED".equals(agreement.status()) && !"REVISED".equals(agreement.status()),
        "Aftalen er offentliggjort; en ny version registreres i en revision af aftalen.");
    byte[] content = validVersion(v, problems);
    problems.throwIfAny("Versionen kan ikke registreres");
    int number = store.currentVersion(agreement.id()).map(AgreementVersion::number).orElse(0) + 1;
    store.insertVersion(agreement.id(), number, v, content, actor, EngineClock.now());
    return store.currentVersion(agreement.id()).orElseThrow();
  }

  private byte[] validVersion(VersionInput v, Problems problems) {
    problems.requireText(v.title(), "Versionen skal have en titel.");
    problems.maxLength(v.title(), 300, "Titel");
    problems.maxLength(v.fileName(), 300, "Filnavn");
    problems.maxLength(v.reference(), 1000, "Reference");
    problems.maxLength(v.note(), MAX_TEXT, "Note");
    boolean hasReference = v.reference() != null && !v.reference().isBlank();
    boolean hasFile = v.contentBase64() != null && !v.contentBase64().isBlank();
    problems.require(hasReference || hasFile,
        "Angiv en reference (link eller dokumentnummer) eller en fil (filnavn og indhold) for versionen.");
    if (!hasFile) {
      return null;
    }
    problems.requireText(v.fileName(), "En fil skal have et filnavn.");
    try {
      byte[] bytes = Base64.getDecoder().decode(v.contentBase64().strip());
      problems.require(bytes.length <= MAX_CONTENT_BYTES, "Filen er større end 20 MB.");
      return bytes;
    } catch (IllegalArgumentException e) {
      problems.add("Filens indhold er ikke gyldigt base64.");
      return null;
    }
  }

  private void requireStarterOrGroup(Agreement a, String actor) {
    if (!worksOn(a, actor)) {
      throw new AuthorizationException(actor + " may not register versions of agreement " + a.id());
    }
  }

  /**
   * The agreement's own groups (working, network, coordination group), its starters and administrators: they
   * register versions, plan its meetings and read every party's answer.
   */
  boolean worksOn(Agreement a, String actor) {
    Set<String> groups = directory.groupsOf(actor);
    return groups.contains(GroupIds.CAMUNDA_ADMIN) || groups.contains(a.workingGroup())
        || groups.contains(a.networkGroup()) || groups.contains(properties.coordinationGroup())
        || groups.stream().anyMatch(properties.starterGroups()::contains);
  }

  /** The document of a version, if it was registered with content. */
  @Transactional(readOnly = true)
  public Optional<byte[]> content(long agreementId, int number) {
    get(agreementId);
    return store.content(agreementId, number);
  }

  // ---------------------------------------------------------------- planning

  /**
   * Plans the meeting the agreement's next step in that forum goes to (else the forum's next open meeting).
   *
   * @throws UserInputException for an unknown meeting or one of another forum
   */
  @Transactional
  public void planMeeting(long agreementId, String forumId, String meetingId, String actor) {
    Agreement agreement = get(agreementId);
    requireStarterOrGroup(agreement, actor);
    Problems problems = new Problems();
    Optional<Meeting> meeting = meetingId == null ? Optional.empty() : meetings.find(meetingId);
    problems.require(meeting.isPresent(), "Mødet '" + meetingId + "' findes ikke.");
    problems.require(meeting.isEmpty() || meeting.get().forumId().equals(forumId),
        "Mødet '" + meetingId + "' er ikke et møde i " + forumId + ".");
    problems.throwIfAny("Mødet kan ikke planlægges");
    store.plan(agreementId, forumId, meetingId);
  }

  // ---------------------------------------------------------------- forum steps (service tasks)

  record StepStart(long stepId, long itemId) {}

  /**
   * Puts the agreement before the forum of the step: the item that forum sent back earlier, if it waits in the
   * pipeline, else a new item, to the planned meeting or the forum's next open one.
   */
  @Transactional
  public StepStart proposeStep(long agreementId, StepKind kind) {
    Agreement a = get(agreementId);
    Optional<AgreementVersion> version = store.currentVersion(agreementId);
    String planned = store.takePlan(agreementId, kind.forumId()).orElse(null);
    Long itemId = returnedItem(agreementId, kind).orElse(null);
    if (itemId != null) {
      if (planned != null && !planned.equals(agenda.item(itemId).meetingId())) {
        agenda.moveToMeeting(itemId, planned, "system");
      }
    } else {
      String title = kind == StepKind.TERMS_OF_REFERENCE
          ? "Godkendelse: Kommissorium for arbejdsgruppen for " + lowerFirst(a.title())
          : "Godkendelse: " + a.title();
      String recommendation = switch (kind) {
        case TERMS_OF_REFERENCE -> "Godkender kommissoriet for arbejdsgruppen.";
        case FFU_RECOMMENDATION -> "Godkender, at aftalen indstilles til godkendelse i Strategisk Sundhedsforum.";
        case SSF_APPROVAL -> "Godkender aftalen og indstiller den til endelig godkendelse i Sundhedssamarbejdsudvalget.";
        case SSU_APPROVAL -> "Godkender samarbejdsaftalen.";
      };
      List<ItemProposal.AttachmentProposal> attachments = version
          .map(v -> List.of(new ItemProposal.AttachmentProposal(v.title() + " (version " + v.number() + ")", false)))
          .orElse(List.of());
      itemId = agenda.proposeForProcess(new ItemProposal(kind.forumId(), planned, title, a.caseNumber(),
          (kind == StepKind.TERMS_OF_REFERENCE ? "Kommissoriet for arbejdsgruppen for " + lowerFirst(a.title())
              : a.title()) + " fremlægges til godkendelse.",
          null, null, furtherProcessing(kind), "Samarbejdsaftaler", List.of(recommendation), attachments), "system");
    }
    Item item = agenda.item(itemId);
    long stepId = store.insertStep(agreementId, kind, itemId, version.map(AgreementVersion::id).orElse(null),
        item.meetingId(), EngineClock.now());
    store.event(agreementId, "PROPOSED", kind.danish() + (item.meetingId() == null ? "" : " (" + item.meetingId() + ")"),
        "system", EngineClock.now());
    return new StepStart(stepId, itemId);
  }

  private Optional<Long> returnedItem(long agreementId, StepKind kind) {
    List<AgreementStep> steps = store.steps(agreementId);
    for (int i = steps.size() - 1; i >= 0; i--) {
      AgreementStep s = steps.get(i);
      if (s.kind().equals(kind.name())) {
        Item item = agenda.item(s.itemId());
        return item.status() == ItemStatus.PROPOSED ? Optional.of(item.id()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String furtherProcessing(StepKind kind) {
    return switch (kind) {
      case TERMS_OF_REFERENCE -> "Arbejdsgruppen igangsættes, når kommissoriet er godkendt.";
      case FFU_RECOMMENDATION -> "Anbefales aftalen, fortsætter den til godkendelse i Strategisk Sundhedsforum og i"
          + " Sundhedssamarbejdsudvalget.";
      case SSF_APPROVAL -> "Godkendes aftalen, forelægges den Sundhedssamarbejdsudvalget til endelig godkendelse.";
      case SSU_APPROVAL -> "Godkendes aftalen, offentliggøres og implementeres den.";
    };
  }

  /**
   * Records the forum's decision on the step (from the approved minutes) and returns where the agreement goes:
   * {@link CollaborationAgreementProcess#APPROVED} or {@link CollaborationAgreementProcess#SENT_BACK}.
   */
  @Transactional
  public String recordDecision(long stepId, String outcome, String meetingId) {
    AgreementStep step = store.step(stepId).orElseThrow(() -> new IllegalStateException("No agreement step " + stepId));
    String text = items.agendaEntriesOf(step.itemId()).stream().filter(e -> meetingId.equals(e.meetingId()))
        .map(AgendaEntry::decisionText).filter(t -> t != null).findFirst().orElse(null);
    store.decideStep(stepId, outcome, text, meetingId, EngineClock.now());
    Outcome o = Outcome.valueOf(outcome);
    long agreementId = store.agreementOfStep(stepId);
    store.event(agreementId, "DECIDED", StepKind.valueOf(step.kind()).danish() + ": " + o.danish()
        + (text == null ? "" : ": " + text), "system", EngineClock.now());
    return switch (o) {
      case APPROVED, TAKEN_TO_NOTICE, APPROVED_WITH_REMARKS, APPROVED_WITH_RESERVATION -> CollaborationAgreementProcess.APPROVED;
      default -> CollaborationAgreementProcess.SENT_BACK;
    };
  }

  // ---------------------------------------------------------------- parties

  /** A new round of the parties' own approvals of the current version. */
  @Transactional
  public void requestApprovals(long agreementId) {
    int round = store.lastRound(agreementId) + 1;
    Long versionId = store.currentVersion(agreementId).map(AgreementVersion::id).orElse(null);
    for (AgreementStore.Party p : store.parties(agreementId)) {
      store.insertApproval(agreementId, p.id(), round, versionId,
          workingDays.plusWorkingDays(EngineClock.today(), p.workingDays()), EngineClock.now());
    }
  }

  /** The approvals of the latest round that have no answer yet (the tasks of the round). */
  public List<Long> openApprovalIds(long agreementId) {
    return store.round(agreementId, store.lastRound(agreementId)).stream().filter(a -> a.answer() == null)
        .map(PartyApproval::id).toList();
  }

  /** The reservations of the latest round that are not cleared. */
  public List<Long> openReservationIds(long agreementId) {
    return store.round(agreementId, store.lastRound(agreementId)).stream().filter(PartyApproval::openReservation)
        .map(PartyApproval::id).toList();
  }

  /**
   * A party's answer.
   *
   * @param versionNumber the version the party answers for; must be the agreement's current version
   * @throws UserInputException for an unknown answer, missing remarks, or another version than the current one
   */
  @Transactional
  public void answer(long approvalId, Object versionNumber, String answer, String remarks, String actor) {
    PartyApproval approval = approval(approvalId);
    Problems problems = new Problems();
    problems.require(approval.answer() == null, approval.partyName() + " har allerede svaret på denne version.");
    PartyAnswer parsed = null;
    try {
      parsed = answer == null ? null : PartyAnswer.valueOf(answer.strip());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problems.require(parsed != null, "Vælg et svar: godkend, godkend med forbehold eller afvis med bemærkninger.");
    if (parsed == PartyAnswer.APPROVED_WITH_RESERVATION) {
      problems.requireText(remarks, "Beskriv forbeholdet.");
    } else if (parsed == PartyAnswer.DECLINED) {
      problems.requireText(remarks, "Skriv bemærkningerne til afvisningen, så arbejdsgruppen kan arbejde videre.");
    }
    problems.maxLength(remarks, MAX_TEXT, "Bemærkninger");
    int current = store.currentVersion(approval.agreementId()).map(AgreementVersion::number).orElse(0);
    Integer given = number(versionNumber);
    if (given == null) {
      problems.add("Angiv hvilken version af aftalen svaret gælder.");
    } else if (given != current) {
      problems.add("Svaret gælder version " + given + ", men aftalen er nu i version " + current
          + ". Læs version " + current + " og svar på den.");
    }
    problems.throwIfAny("Svaret kan ikke registreres");
    store.answer(approvalId, store.currentVersion(approval.agreementId()).map(AgreementVersion::id).orElse(null), parsed,
        remarks, actor, EngineClock.now());
    store.event(approval.agreementId(), "PARTY_ANSWER", approval.partyName() + ": " + parsed.danish()
        + (remarks == null || remarks.isBlank() ? "" : ": " + remarks.strip()), actor, EngineClock.now());
  }

  private static Integer number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue() == n.intValue() ? n.intValue() : null;
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Clears a party's reservation (the coordination group or the party itself reports how). */
  @Transactional
  public void clearReservation(long approvalId, String clearance, String actor) {
    PartyApproval approval = approval(approvalId);
    Problems problems = new Problems();
    problems.require(approval.openReservation(), "Forbeholdet fra " + approval.partyName() + " er ikke åbent.");
    problems.requireText(clearance, "Beskriv, hvordan forbeholdet er afklaret.");
    problems.maxLength(clearance, MAX_TEXT, "Afklaring");
    problems.throwIfAny("Forbeholdet kan ikke afklares");
    store.clear(approvalId, clearance.strip(), actor, EngineClock.now());
    store.event(approval.agreementId(), "RESERVATION_CLEARED", approval.partyName() + ": " + clearance.strip(), actor,
        EngineClock.now());
  }

  /**
   * After FFU and the parties of a round: SENT_BACK (FFU did not recommend it, or a party declined),
   * RESERVATION_OPEN (a party's reservation blocks SSF until it is cleared) or READY.
   */
  @Transactional(readOnly = true)
  public String assessRound(long agreementId, String ffuResult) {
    List<PartyApproval> round = store.round(agreementId, store.lastRound(agreementId));
    if (CollaborationAgreementProcess.SENT_BACK.equals(ffuResult)
        || round.stream().anyMatch(a -> PartyAnswer.DECLINED.name().equals(a.answer()))) {
      return CollaborationAgreementProcess.SENT_BACK;
    }
    return round.stream().anyMatch(PartyApproval::openReservation) ? CollaborationAgreementProcess.RESERVATION_OPEN
        : CollaborationAgreementProcess.READY;
  }

  PartyApproval approval(long approvalId) {
    return store.approval(approvalId).orElseThrow(() -> new IllegalStateException("No approval " + approvalId));
  }

  // ---------------------------------------------------------------- the hearing in the network group

  /** The event that tells a hearing's history in words; the consultation itself is in gov_agreement_hearing. */
  static final String HEARING_OPENED = "HEARING_OPENED";
  /** A task-local text holds at most 4000 characters (Camunda's limit for a string variable). */
  static final int MAX_TASK_TEXT = 4000;

  /**
   * Sends the current version into hearing in the agreement's network group: a consultation (no forum) owned by
   * {@code governance.agreement.hearing-owner-group}, replies due {@code hearing-working-days} working days from
   * today; its process is started by the agreement's call activity. The consultation is recorded with the
   * agreement (gov_agreement_hearing) and told in its history (event {@value #HEARING_OPENED}).
   *
   * @return the consultation's id
   */
  @Transactional
  public long openHearing(long agreementId) {
    Agreement a = get(agreementId);
    Optional<AgreementVersion> version = store.currentVersion(agreementId);
    LocalDate replyBy = hearingReplyBy();
    String versionText = version.map(v -> "version " + v.number() + ": " + v.title()
        + (v.reference() == null ? "" : " (" + v.reference() + ")")).orElse("udkastet");
    String question = "Arbejdsgruppen sender " + lowerFirst(a.title()) + " i høring i netværksgruppen, "
        + versionText + ".\n\nGiv jeres bemærkninger til udkastet, eller skriv \"Ingen bemærkninger\". Arbejdsgruppen"
        + " vurderer svarene og beslutter, om aftalen skal ændres, før Koordineringsgruppen forbereder den til"
        + " Fælles Forretningsudvalg.";
    long consultationId = consultations.create(new ConsultationRequest(
        shorten(a.title() + version.map(v -> ", version " + v.number()).orElse(""), 300), question,
        properties.hearingOwnerGroup(), List.of(a.networkGroup()), replyBy, null), "system");
    store.event(agreementId, HEARING_OPENED, "Høring " + consultationId + " i netværksgruppen (" + a.networkGroup()
        + ")" + version.map(v -> " om version " + v.number()).orElse("") + ", svarfrist "
        + replyBy.format(DanishDates.DATE), "system", EngineClock.now());
    store.addHearing(agreementId, consultationId, EngineClock.now());
    return consultationId;
  }

  /** The reply-by day of a hearing that starts today: {@code hearing-working-days} working days from today. */
  LocalDate hearingReplyBy() {
    return workingDays.plusWorkingDays(EngineClock.today(), properties.hearingWorkingDays());
  }

  /** One hearing of the agreement: its consultation and how it went. */
  public record Hearing(long consultationId, LocalDateTime openedAt, LocalDate replyBy, String status,
      int respondents, int replies) {}

  /** The agreement's hearings in the network group, oldest first (one per draft that went into hearing). */
  @Transactional(readOnly = true)
  public List<Hearing> hearings(long agreementId) {
    List<Hearing> hearings = new ArrayList<>();
    for (Map.Entry<Long, LocalDateTime> hearing : store.hearings(agreementId)) {
      long consultationId = hearing.getKey();
      Consultation c = consultations.get(consultationId);
      hearings.add(new Hearing(consultationId, hearing.getValue(), c.replyBy(), c.status().name(),
          consultations.respondents(consultationId).size(), consultations.replies(consultationId).size()));
    }
    return hearings;
  }

  /**
   * What the assessment of a hearing shows: the reply deadline, then each respondent's reply (late ones marked)
   * or "intet svar"; within Camunda's 4000 characters, with a pointer to the whole replies when shortened.
   */
  @Transactional(readOnly = true)
  public String hearingRepliesText(long consultationId) {
    Consultation c = consultations.get(consultationId);
    List<Respondent> respondents = consultations.respondents(consultationId);
    List<ConsultationReply> replies = consultations.replies(consultationId);
    String more = "\n\n(Forkortet; alle svar: GET /api/consultations/" + consultationId + ".)";
    StringBuilder text = new StringBuilder("Svarfrist ").append(c.replyBy().format(DanishDates.DATE)).append(". ")
        .append(replies.size()).append(" af ").append(respondents.size()).append(" har svaret.");
    int perReply = Math.max(200, (MAX_TASK_TEXT - 600) / Math.max(1, respondents.size()));
    boolean shortened = false;
    for (Respondent r : respondents) {
      Optional<ConsultationReply> reply = replies.stream().filter(x -> x.respondent().equals(r.respondent())).findFirst();
      text.append("\n\n").append(r.name());
      if (reply.isEmpty()) {
        text.append(": intet svar.");
        continue;
      }
      ConsultationReply x = reply.get();
      String answer = x.answer() == null ? "" : x.answer().strip();
      shortened |= answer.length() > perReply;
      text.append(" (svar ").append(x.repliedAt().toLocalDate().format(DanishDates.DATE))
          .append(x.late() ? ", efter svarfristen" : "").append("):\n").append(shorten(answer, perReply));
    }
    if (text.length() + more.length() > MAX_TASK_TEXT) {
      return shorten(text.toString(), MAX_TASK_TEXT - more.length()) + more;
    }
    return shortened ? text + more : text.toString();
  }

  // ---------------------------------------------------------------- tasks' records

  @Transactional
  public void record(long agreementId, String kind, String text, String actor) {
    store.event(agreementId, kind, text, actor, EngineClock.now());
  }

  // ---------------------------------------------------------------- publication and revision

  /** SSU has approved: the agreement is published, the groups told, its revision due in the configured years. */
  @Transactional
  public void publish(long agreementId) {
    Agreement a = get(agreementId);
    LocalDate due = EngineClock.today().plusYears(properties.revisionYears());
    store.published(agreementId, EngineClock.now(), due);
    if (a.revisesId() != null) {
      store.setStatus(a.revisesId(), "REVISED");
    }
    store.event(agreementId, "PUBLISHED", "Revision senest " + due.format(DanishDates.DATE), "system", EngineClock.now());
    String version = store.currentVersion(agreementId).map(v -> " (version " + v.number() + ": " + v.title() + ")").orElse("");
    String subject = "Samarbejdsaftale offentliggjort: " + shorten(a.title(), 200);
    String body = "Sundhedssamarbejdsudvalget har godkendt " + lowerFirst(a.title()) + version
        + ". Aftalen er offentliggjort og skal nu implementeres. Dens indikatorer følges op årligt, og den skal"
        + " revideres senest " + due.format(DanishDates.DATE) + ".";
    for (String group : new java.util.LinkedHashSet<>(List.of(a.workingGroup(), a.responsibleGroup(), "ffu-members"))) {
      notifications.toGroup(group, NotificationKind.ACTION, null, subject, body);
    }
  }

  /** The yearly follow-up of the indicators: the report goes to FFU's secretariat. */
  @Transactional
  public void recordIndicators(long agreementId, String report, String actor) {
    Agreement a = get(agreementId);
    store.event(agreementId, "INDICATORS", report, actor, EngineClock.now());
    notifications.toGroup("ffu-secretariat", NotificationKind.ACTION, null,
        "Opfølgning på indikatorer: " + shorten(a.title(), 200), "Den årlige opfølgning på indikatorerne for "
            + lowerFirst(a.title()) + ":\n\n" + report);
  }

  /** The revision is due: a new agreement that revises this one, with its own process. */
  @Transactional
  public long startRevision(long agreementId) {
    Agreement a = get(agreementId);
    List<PartyApprovalSetting> parties = store.parties(agreementId).stream()
        .map(p -> new PartyApprovalSetting(p.partyGroup(), p.partyName(), p.workingDays())).toList();
    return startChecked(new AgreementStart(a.title(), a.caseNumber(), a.id(), false, a.workingGroup(), a.networkGroup(),
        a.responsibleGroup(), parties, null, null), "system");
  }

  // ---------------------------------------------------------------- reading

  public Agreement get(long agreementId) {
    return store.find(agreementId)
        .orElseThrow(() -> new NotFoundException("Samarbejdsaftale " + agreementId + " findes ikke."));
  }

  /** The agreement a hearing in its network group is about, if the consultation is such a hearing. */
  public Optional<Agreement> agreementOfHearing(long consultationId) {
    return store.agreementOfHearing(consultationId).flatMap(store::find);
  }

  public Optional<AgreementVersion> currentVersion(long agreementId) {
    return store.currentVersion(agreementId);
  }

  public List<AgreementVersion> versions(long agreementId) {
    return store.versions(agreementId);
  }

  public List<AgreementStep> steps(long agreementId) {
    return store.steps(agreementId);
  }

  public List<PartyApproval> approvals(long agreementId) {
    return store.approvals(agreementId);
  }

  public List<AgreementEvent> events(long agreementId) {
    return store.events(agreementId);
  }

  public List<Agreement> all() {
    return store.all();
  }

  /** Remarks for the working group: the last forum decision that sent it back, and the parties' remarks. */
  public String remarksForWorkingGroup(long agreementId) {
    List<String> lines = new ArrayList<>();
    List<AgreementStep> steps = store.steps(agreementId);
    for (int i = steps.size() - 1; i >= 0; i--) {
      AgreementStep s = steps.get(i);
      if (s.outcome() != null) {
        lines.add(StepKind.valueOf(s.kind()).danish() + ": " + Outcome.valueOf(s.outcome()).danish()
            + (s.decisionText() == null ? "" : ". " + s.decisionText()));
        break;
      }
    }
    for (PartyApproval a : store.round(agreementId, store.lastRound(agreementId))) {
      if (a.remarks() != null) {
        lines.add(a.partyName() + ": " + PartyAnswer.valueOf(a.answer()).danish() + ". " + a.remarks());
      }
    }
    return lines.isEmpty() ? "Ingen bemærkninger." : String.join("\n\n", lines);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
