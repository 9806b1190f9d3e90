package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.identity.GroupIds;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.UserInputException;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations with a reply deadline: a question to respondents (Camunda users or groups), one reply each,
 * late replies accepted until the owning secretariat closes it. Each use case validates everything first
 * (Danish messages) and then writes, in one transaction: nothing is saved half.
 */
@Service
public class Consultations {

  static final int MAX_SUBJECT = 300;
  static final int MAX_TEXT = 4000;
  static final int MAX_NAME = 200;
  static final int MAX_RESPONDENTS = 50;

  private final ConsultationTable table;
  private final ConsultationSchedule schedule;
  private final MasterData masterData;
  private final WorkingDays workingDays;
  private final IdentityService identityService;
  private final AsSystem asSystem;
  private final Directory directory;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Validator validator;
  private final ForumAccess forumAccess;

  Consultations(ConsultationTable table, ConsultationSchedule schedule, MasterData masterData, WorkingDays workingDays,
      IdentityService identityService, AsSystem asSystem, Directory directory, RuntimeService runtimeService,
      TaskService taskService, Validator validator, ForumAccess forumAccess) {
    this.forumAccess = forumAccess;
    this.table = table;
    this.schedule = schedule;
    this.masterData = masterData;
    this.workingDays = workingDays;
    this.identityService = identityService;
    this.asSystem = asSystem;
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.validator = validator;
  }

  // ---------------------------------------------------------------- creating and opening

  /**
   * Validates and stores a consultation whose replies are text answers; starts no process (a caller starts
   * {@code consultation} itself, e.g. as a call activity).
   *
   * @return the consultation's id
   * @throws UserInputException (Danish) listing every problem with the request
   */
  @Transactional
  public long create(ConsultationRequest request, String actor) {
    return create(request, ConsultationKind.TEXT, actor);
  }

  /** {@link #create} and start the {@code consultation} process with business key {@code consultation-<id>}. */
  @Transactional
  public long open(ConsultationRequest request, String actor) {
    return open(request, ConsultationKind.TEXT, actor);
  }

  @Transactional
  long open(ConsultationRequest request, ConsultationKind kind, String actor) {
    long id = create(request, kind, actor);
    start(ConsultationProcess.KEY, ConsultationProcess.businessKey(id), id);
    return id;
  }

  /**
   * Starts a process of a consultation as the system: whether the caller may open the consultation is decided
   * by {@link #requireOwner} (the API) or the calling process, not by a Camunda permission to start instances.
   */
  void start(String processKey, String businessKey, long consultationId) {
    asSystem.call(() -> runtimeService.startProcessInstanceByKey(processKey, businessKey,
        CamundaBpmData.builder().set(ConsultationProcess.CONSULTATION_ID, consultationId).build()));
  }

  @Transactional
  long create(ConsultationRequest request, ConsultationKind kind, String actor) {
    Problems problems = new Problems();
    problems.requireText(request.subject(), "Høringen skal have et emne.");
    problems.maxLength(request.subject(), MAX_SUBJECT, "Emne");
    problems.requireText(request.question(), "Skriv det spørgsmål, der skal besvares.");
    problems.maxLength(request.question(), MAX_TEXT, "Spørgsmål");
    if (request.ownerGroup() == null || request.ownerGroup().isBlank()) {
      problems.add("Angiv det sekretariat (gruppe-id), der ejer høringen og lukker den.");
    } else if (!directory.isGroup(request.ownerGroup().strip())) {
      problems.add("Sekretariatet '" + request.ownerGroup() + "' findes ikke som gruppe.");
    }
    List<Respondent> respondents = respondents(request.respondents(), problems);
    LocalDate today = EngineClock.today();
    if (request.replyBy() == null) {
      problems.add("Angiv en svarfrist.");
    } else if (!request.replyBy().isAfter(today)) {
      problems.add("Svarfristen " + request.replyBy().format(DanishDates.LONG_DATE) + " skal ligge efter i dag ("
          + today.format(DanishDates.LONG_DATE) + ").");
    } else {
      workingDays.closedReason(request.replyBy()).ifPresent(reason -> problems.add("Svarfristen "
          + request.replyBy().format(DanishDates.LONG_DATE) + " er " + reason + " og ikke en arbejdsdag."));
    }
    if (request.forumId() != null && !request.forumId().isBlank() && masterData.forum(request.forumId()).isEmpty()) {
      problems.add("Forummet '" + request.forumId() + "' findes ikke.");
    }
    problems.throwIfAny("Høringen kan ikke oprettes");

    String forumId = request.forumId() == null || request.forumId().isBlank() ? null : request.forumId();
    long id = table.insert(kind, request.subject().strip(), request.question().strip(), request.ownerGroup().strip(),
        request.replyBy(), forumId, actor == null ? "system" : actor, EngineClock.now());
    respondents.forEach(r -> table.insertRespondent(id, r));
    return id;
  }

  private List<Respondent> respondents(List<String> ids, Problems problems) {
    if (ids.isEmpty()) {
      problems.add("Angiv mindst én, der skal svare (bruger- eller gruppe-id).");
    }
    if (ids.size() > MAX_RESPONDENTS) {
      problems.add("En høring kan højst have " + MAX_RESPONDENTS + " parter.");
    }
    List<Respondent> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : ids) {
      String id = raw == null ? "" : raw.strip();
      if (id.isEmpty()) {
        problems.add("En part uden id kan ikke svare.");
      } else if (!seen.add(id)) {
        problems.add("'" + id + "' er nævnt flere gange blandt parterne.");
      } else {
        String groupName = asSystem.call(() -> {
          Group group = identityService.createGroupQuery().groupId(id).singleResult();
          return group == null ? null : group.getName();
        });
        if (groupName != null) {
          result.add(new Respondent(id, true, groupName, result.size() + 1));
        } else {
          User user = asSystem.call(() -> identityService.createUserQuery().userId(id).singleResult());
          if (user == null) {
            problems.add("Parten '" + id + "' findes ikke som bruger eller gruppe.");
          } else {
            result.add(new Respondent(id, false, (user.getFirstName() + " " + user.getLastName()).strip(),
                result.size() + 1));
          }
        }
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- reading

  /** @throws NotFoundException (Danish) if there is no such consultation */
  @Transactional(readOnly = true)
  public Consultation get(long consultationId) {
    return table.find(consultationId)
        .orElseThrow(() -> new NotFoundException("Høringen med id " + consultationId + " findes ikke."));
  }

  @Transactional(readOnly = true)
  public List<Consultation> all() {
    return table.all();
  }

  /** The replies in the order of the respondents. */
  @Transactional(readOnly = true)
  public List<ConsultationReply> replies(long consultationId) {
    get(consultationId);
    return table.replies(consultationId);
  }

  @Transactional(readOnly = true)
  public List<Respondent> respondents(long consultationId) {
    get(consultationId);
    return table.respondents(consultationId);
  }

  @Transactional(readOnly = true)
  public List<ConsultationItem> items(long consultationId) {
    get(consultationId);
    return table.items(consultationId);
  }

  /** Whether a reply now would be late. */
  boolean isLate(long consultationId) {
    return EngineClock.now().isAfter(LocalDateTime.ofInstant(schedule.due(consultationId).toInstant(),
        EngineClock.ZONE));
  }

  // ---------------------------------------------------------------- replying

  /**
   * A reply through the API: completes the respondent's reply task (whose listener stores the reply through
   * {@link #recordReply}), so the process sees it as the Tasklist would.
   *
   * @throws NotFoundException for an unknown consultation
   * @throws ConflictException (409) when the consultation is not open (not yet, or closed) or the respondent
   *     has replied already
   * @throws NotAllowedException (403) when the actor may not reply for the respondent
   * @throws UserInputException (400) for an invalid reply
   */
  @Transactional
  public ConsultationReply reply(long consultationId, ReplyInput input, String actor) {
    Consultation consultation = table.lock(consultationId)
        .orElseThrow(() -> new NotFoundException("Høringen med id " + consultationId + " findes ikke."));
    requireOpen(consultation);
    String respondent = respondentFor(consultation, input.respondent(), actor);
    if (table.reply(consultationId, respondent).isPresent()) {
      throw new ConflictException(name(consultationId, respondent) + " har allerede svaret på høringen '"
          + consultation.subject() + "'.");
    }
    Task task = replyTask(consultation, respondent);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ConsultationProcess.REPLY_ANSWER.getName(), input.answer());
    variables.put(ConsultationProcess.CONTACT_NAME.getName(), input.contactName());
    variables.put(ConsultationProcess.CONTACT_EMAIL.getName(), input.contactEmail());
    taskService.complete(task.getId(), variables);
    return table.reply(consultationId, respondent).orElseThrow();
  }

  /**
   * Validates and stores a reply (the reply task's complete listener calls it, for the Tasklist and the API).
   * A null actor is the system (tests, internal calls).
   */
  @Transactional
  public void recordReply(long consultationId, String respondent, ReplyInput input, String actor) {
    Consultation consultation = table.lock(consultationId)
        .orElseThrow(() -> new NotFoundException("Høringen med id " + consultationId + " findes ikke."));
    requireOpen(consultation);
    if (table.respondents(consultationId).stream().noneMatch(r -> r.respondent().equals(respondent))) {
      throw new NotAllowedException("'" + respondent + "' er ikke part i høringen '" + consultation.subject()
          + "'.");
    }
    if (actor != null && !mayReplyFor(actor, respondent)) {
      throw new NotAllowedException("Du (" + actor + ") kan ikke svare for " + name(consultationId, respondent)
          + " på høringen '" + consultation.subject() + "'.");
    }
    if (table.reply(consultationId, respondent).isPresent()) {
      throw new ConflictException(name(consultationId, respondent) + " har allerede svaret på høringen '"
          + consultation.subject() + "'.");
    }
    Problems problems = new Problems();
    String answer = blankToNull(input.answer());
    String contactName = blankToNull(input.contactName());
    String contactEmail = blankToNull(input.contactEmail());
    if (consultation.kind() == ConsultationKind.CONTACT_PERSON) {
      problems.requireText(contactName, "Skriv navnet på kontaktpersonen.");
      problems.maxLength(contactName, MAX_NAME, "Kontaktperson");
      if (contactEmail == null) {
        problems.add("Skriv kontaktpersonens e-mailadresse.");
      } else if (contactEmail.length() > MAX_NAME
          || !validator.validateValue(EmailAddress.class, "value", contactEmail).isEmpty()) {
        problems.add("'" + contactEmail + "' er ikke en gyldig e-mailadresse.");
      }
    } else {
      problems.requireText(answer, "Skriv et svar på høringen.");
      problems.require(contactName == null && contactEmail == null,
          "Høringen spørger ikke efter en kontaktperson; skriv svaret i svarfeltet.");
    }
    problems.maxLength(answer, MAX_TEXT, "Svar");
    problems.throwIfAny("Svaret kan ikke gemmes");
    table.insertReply(consultationId, respondent, answer, contactName, contactEmail,
        actor == null ? "system" : actor, EngineClock.now(), isLate(consultationId));
  }

  /** For the email check of Bean Validation: a real address with a domain (a@b.dk, not a@b). */
  static final class EmailAddress {
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    String value;
  }

  private void requireOpen(Consultation consultation) {
    if (consultation.status() == ConsultationStatus.CLOSED) {
      throw new ConflictException("Høringen '" + consultation.subject() + "' blev lukket "
          + consultation.closedAt().toLocalDate().format(DanishDates.LONG_DATE) + "; der kan ikke længere svares.");
    }
    if (consultation.status() == ConsultationStatus.CREATED) {
      throw new ConflictException("Høringen '" + consultation.subject() + "' er ikke åbnet endnu.");
    }
  }

  /** The respondent the actor replies for: the named one, or the only one the actor may still reply for. */
  private String respondentFor(Consultation consultation, String named, String actor) {
    List<Respondent> respondents = table.respondents(consultation.id());
    if (named != null && !named.isBlank()) {
      String id = named.strip();
      if (respondents.stream().noneMatch(r -> r.respondent().equals(id))) {
        throw new NotAllowedException("'" + id + "' er ikke part i høringen '" + consultation.subject() + "'.");
      }
      if (!mayReplyFor(actor, id)) {
        throw new NotAllowedException("Du (" + actor + ") kan ikke svare for " + name(consultation.id(), id)
            + " på høringen '" + consultation.subject() + "'.");
      }
      return id;
    }
    List<Respondent> mine = respondents.stream().filter(r -> mayReplyFor(actor, r.respondent())).toList();
    if (mine.isEmpty()) {
      throw new NotAllowedException("Du (" + actor + ") er ikke part i høringen '" + consultation.subject()
          + "' og kan ikke svare på den.");
    }
    List<Respondent> open = mine.stream()
        .filter(r -> table.reply(consultation.id(), r.respondent()).isEmpty()).toList();
    if (open.size() == 1) {
      return open.get(0).respondent();
    }
    if (open.isEmpty()) {
      return mine.get(0).respondent(); // the caller reports "has replied already"
    }
    throw new UserInputException("Angiv i 'respondent', hvem du svarer for: "
        + String.join(", ", open.stream().map(Respondent::respondent).toList()) + ".");
  }

  /** The actor is the respondent, or a member of the responding group. */
  boolean mayReplyFor(String actor, String respondent) {
    return actor != null && forumAccess.reader(actor).is(respondent);
  }

  /**
   * The owning secretariat closes the consultation through the API: completes its task "Luk høringen", which
   * exists from the escalation after the reply deadline.
   *
   * @throws ConflictException (409) when it is closed already or there is no close task yet
   * @throws NotAllowedException (403) when the actor is not in the owning secretariat
   */
  @Transactional
  public Consultation close(long consultationId, String actor) {
    Consultation consultation = table.lock(consultationId)
        .orElseThrow(() -> new NotFoundException("Høringen med id " + consultationId + " findes ikke."));
    requireOpen(consultation);
    requireOwner(consultation, actor);
    Task task = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(consultation.processInstanceId())
        .taskDefinitionKey(ConsultationProcess.Elements.CLOSE_CONSULTATION).singleResult());
    if (task == null) {
      throw new ConflictException("Høringen '" + consultation.subject() + "' kan først lukkes, når svarfristen er"
          + " overskredet (sekretariatet får da opgaven \"Luk høringen\" " + DanishDates.LONG_DATE_TIME.format(
              LocalDateTime.ofInstant(schedule.escalation(consultationId).toInstant(), EngineClock.ZONE)) + ").");
    }
    taskService.complete(task.getId(), Map.of(ConsultationProcess.CLOSE_CONFIRMED.getName(), true));
    return get(consultationId);
  }

  /** Only members of the owning secretariat (or administrators) open and close a consultation. */
  void requireOwner(Consultation consultation, String actor) {
    requireOwner(consultation.ownerGroup(), actor);
  }

  void requireOwner(String ownerGroup, String actor) {
    if (!isOwner(ownerGroup, actor)) {
      throw new NotAllowedException("Kun sekretariatet (" + ownerGroup + ") kan åbne og lukke høringen.");
    }
  }

  private boolean isOwner(String ownerGroup, String actor) {
    return actor != null && isOwner(ownerGroup, forumAccess.reader(actor));
  }

  private static boolean isOwner(String ownerGroup, ForumAccess.Reader reader) {
    return reader.is(ownerGroup) || reader.is(GroupIds.CAMUNDA_ADMIN);
  }

  // ---------------------------------------------------------------- who reads what

  /** How much of a consultation a user reads: all replies, or those the user may reply for. */
  enum Reading { ALL_REPLIES, OWN_REPLIES }

  /**
   * The owning secretariat (who may close it) and process owners read every reply; a respondent (who may reply)
   * reads the consultation with the replies they may reply for; anyone else nothing.
   */
  @Transactional(readOnly = true)
  public Optional<Reading> reading(Consultation consultation, ForumAccess.Reader reader) {
    if (isOwner(consultation.ownerGroup(), reader) || reader.readsAll()) {
      return Optional.of(Reading.ALL_REPLIES);
    }
    return table.respondents(consultation.id()).stream().anyMatch(r -> reader.is(r.respondent()))
        ? Optional.of(Reading.OWN_REPLIES) : Optional.empty();
  }

  /** @throws NotFoundException (the same answer as an unknown id, so ids cannot be probed) if it is not for the reader */
  @Transactional(readOnly = true)
  public Reading requireReading(long consultationId, ForumAccess.Reader reader) {
    return reading(get(consultationId), reader)
        .orElseThrow(() -> new NotFoundException("Høringen med id " + consultationId + " findes ikke."));
  }

  /** Whether the reader sees the reply (or contact person) of this respondent: all, or those they may reply for. */
  static boolean shows(Reading reading, ForumAccess.Reader reader, String respondent) {
    return reading == Reading.ALL_REPLIES || reader.is(respondent);
  }

  private Task replyTask(Consultation consultation, String respondent) {
    return asSystem.call(() -> taskService.createTaskQuery().processInstanceId(consultation.processInstanceId())
        .taskDefinitionKey(ConsultationProcess.Elements.REPLY).list().stream()
        .filter(t -> respondent.equals(taskService.getVariable(t.getId(), ConsultationProcess.RESPONDENT.getName())))
        .findFirst()
        .orElseThrow(() -> new ConflictException("Der er ingen åben svaropgave for " + respondent
            + " på høringen '" + consultation.subject() + "'.")));
  }

  String name(long consultationId, String respondent) {
    return table.respondents(consultationId).stream().filter(r -> r.respondent().equals(respondent))
        .map(Respondent::name).findFirst().orElse(respondent);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

}
