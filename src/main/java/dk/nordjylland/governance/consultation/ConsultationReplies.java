package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The replies to a consultation (its reply tasks): through the API or the reply task, one per respondent. */
@Service
public class ConsultationReplies {

  private final ConsultationTable table;
  private final Consultations consultations;
  private final TaskService taskService;
  private final AsSystem asSystem;
  private final Validator validator;
  private final ForumAccess forumAccess;

  ConsultationReplies(ConsultationTable table, Consultations consultations, TaskService taskService,
      AsSystem asSystem, Validator validator, ForumAccess forumAccess) {
    this.table = table;
    this.consultations = consultations;
    this.taskService = taskService;
    this.asSystem = asSystem;
    this.validator = validator;
    this.forumAccess = forumAccess;
  }

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
    consultation.requireOpen();
    String respondent = respondentFor(consultation, input.respondent(), actor);
    if (table.reply(consultationId, respondent).isPresent()) {
      throw new ConflictException(consultations.name(consultationId, respondent) + " har allerede svaret på høringen '"
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
    consultation.requireOpen();
    if (table.respondents(consultationId).stream().noneMatch(r -> r.respondent().equals(respondent))) {
      throw new NotAllowedException("'" + respondent + "' er ikke part i høringen '" + consultation.subject()
          + "'.");
    }
    if (actor != null && !mayReplyFor(actor, respondent)) {
      throw new NotAllowedException("Du (" + actor + ") kan ikke svare for " + consultations.name(consultationId, respondent)
          + " på høringen '" + consultation.subject() + "'.");
    }
    if (table.reply(consultationId, respondent).isPresent()) {
      throw new ConflictException(consultations.name(consultationId, respondent) + " har allerede svaret på høringen '"
          + consultation.subject() + "'.");
    }
    Problems problems = new Problems();
    String answer = blankToNull(input.answer());
    String contactName = blankToNull(input.contactName());
    String contactEmail = blankToNull(input.contactEmail());
    if (consultation.kind() == ConsultationKind.CONTACT_PERSON) {
      problems.requireText(contactName, "Skriv navnet på kontaktpersonen.");
      problems.maxLength(contactName, TextLimits.NAME, "Kontaktperson");
      if (contactEmail == null) {
        problems.add("Skriv kontaktpersonens e-mailadresse.");
      } else if (contactEmail.length() > TextLimits.NAME
          || !validator.validateValue(EmailAddress.class, "value", contactEmail).isEmpty()) {
        problems.add("'" + contactEmail + "' er ikke en gyldig e-mailadresse.");
      }
    } else {
      problems.requireText(answer, "Skriv et svar på høringen.");
      problems.require(contactName == null && contactEmail == null,
          "Høringen spørger ikke efter en kontaktperson; skriv svaret i svarfeltet.");
    }
    problems.maxLength(answer, TextLimits.NOTE, "Svar");
    problems.throwIfAny("Svaret kan ikke gemmes");
    table.insertReply(consultationId, respondent, answer, contactName, contactEmail,
        actor == null ? "system" : actor, EngineClock.now(), consultations.isLate(consultationId));
  }

  /** For the email check of Bean Validation: a real address with a domain (a@b.dk, not a@b). */
  static final class EmailAddress {
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    String value;
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
        throw new NotAllowedException("Du (" + actor + ") kan ikke svare for " + consultations.name(consultation.id(), id)
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

  private Task replyTask(Consultation consultation, String respondent) {
    return asSystem.call(() -> taskService.createTaskQuery().processInstanceId(consultation.processInstanceId())
        .taskDefinitionKey(ConsultationProcess.Elements.REPLY).list().stream()
        .filter(t -> respondent.equals(taskService.getVariable(t.getId(), ConsultationProcess.RESPONDENT.getName())))
        .findFirst()
        .orElseThrow(() -> new ConflictException("Der er ingen åben svaropgave for " + respondent
            + " på høringen '" + consultation.subject() + "'.")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
