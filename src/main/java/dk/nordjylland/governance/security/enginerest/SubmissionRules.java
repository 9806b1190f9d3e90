package dk.nordjylland.governance.security.enginerest;

import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.item.ItemProposalProcess;
import dk.nordjylland.governance.meeting.MeetingCycleProcess;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Completing a task or starting a process through Camunda's REST API changes only what the form lets the person
 * change. Everything else a process holds (meetingId, forumId, approvalId, proposedBy, the flags our code sets)
 * routes the process or names its people, so a body naming anything else is refused and nothing is saved.
 */
@Component
class SubmissionRules {

  /**
   * Names our own code's contract takes for a form besides its fields: the meeting record as JSON lists
   * (AgendaTaskListeners), as our API and scripts submit them. (The screening is a screen, ADR 0036.)
   */
  static final Map<String, Set<String>> CONTRACT = Map.of(MeetingCycleProcess.Forms.RECORD_MEETING.screen(),
      Set.of(MeetingCycleProcess.DECISIONS.getName(), MeetingCycleProcess.ACTIONS.getName()));
  /** Start options that skip the model's listeners or start it elsewhere than at its start event. */
  private static final Set<String> START_OPTIONS = Set.of("startInstructions", "skipCustomListeners",
      "skipIoMappings", "caseInstanceId");

  private final FormFields formFields;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final AsSystem asSystem;

  SubmissionRules(FormFields formFields, TaskService taskService, RepositoryService repositoryService,
      AsSystem asSystem) {
    this.formFields = formFields;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.asSystem = asSystem;
  }

  /** complete, submit-form, resolve. */
  void completion(String taskId, byte[] body, Caller caller) {
    SubmittedVariables variables = SubmittedVariables.parse(body);
    if (caller.isAdmin()) {
      variables.requireFormTypes(Set.of(), true);
      return;
    }
    FormFields.Fields fields = formFields.ofTask(taskId).orElse(null);
    if (fields == null) {
      return;
    }
    if (fields == FormFields.Fields.SCREEN) {
      throw Refused.forbidden("Opgaven udføres på sin egen side, hvor indtastningen kontrolleres: åbn opgaven i"
          + " opgavelisten og klik på \"Åbn opgaven\".");
    }
    Set<String> contract = CONTRACT.getOrDefault(fields.formId(), Set.of());
    variables.requireFormTypes(contract, false);
    Set<String> unknown = new TreeSet<>(variables.names());
    unknown.removeAll(fields.editable());
    unknown.removeAll(fields.readOnly());
    unknown.removeAll(contract);
    if (!unknown.isEmpty()) {
      throw Refused.badRequest("Opgaven kan ikke fuldføres: " + notOnTheForm(unknown));
    }
    for (String name : variables.names()) {
      if (fields.readOnly().contains(name) && !unchanged(taskId, name, variables)) {
        throw Refused.badRequest("Opgaven kan ikke fuldføres: Feltet '" + name + "' kan ikke ændres.");
      }
    }
  }

  /** process-definition start and submit-form: only the proposal of an agenda item, with its form's fields. */
  void start(String definitionId, String definitionKey, boolean withOptions, byte[] body, Caller caller) {
    SubmittedVariables variables = SubmittedVariables.parse(body);
    if (caller.isAdmin()) {
      variables.requireFormTypes(Set.of(), true);
      return;
    }
    ProcessDefinition definition = definition(definitionId, definitionKey);
    if (definition == null) {
      return;
    }
    if (!ItemProposalProcess.KEY.equals(definition.getKey())) {
      throw Refused.forbidden("Denne proces kan ikke startes her. Den startes af systemet eller en administrator.");
    }
    if (withOptions && START_OPTIONS.stream().anyMatch(o -> isSet(variables, o))) {
      throw Refused.adminOnly();
    }
    if (formFields.startsOnScreen(definition.getId())) {
      // ADR 0038: the proposal is made on its own page, where forum and meeting are chosen by name and each field
      // is checked; scripts use our API (POST /api/items).
      throw Refused.forbidden("Punktet foreslås på sin egen side: klik på \"Start proces\" i opgavelisten, vælg"
          + " \"Foreslå dagsordenspunkt\" og derefter \"Åbn opgaven\". Programmer bruger POST /api/items.");
    }
    variables.requireFormTypes(Set.of(), false);
    Set<String> unknown = new TreeSet<>(variables.names());
    unknown.removeAll(formFields.ofStart(definition.getId()).editable());
    if (!unknown.isEmpty()) {
      throw Refused.badRequest("Punktet kan ikke foreslås: " + notOnTheForm(unknown));
    }
  }

  private static boolean isSet(SubmittedVariables variables, String option) {
    var value = variables.body().path(option);
    return !value.isMissingNode() && !value.isNull() && !(value.isBoolean() && !value.asBoolean());
  }

  private ProcessDefinition definition(String id, String key) {
    return asSystem.call(() -> id != null
        ? repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult()
        : repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
            .latestVersion().singleResult());
  }

  private boolean unchanged(String taskId, String name, SubmittedVariables variables) {
    Object current = asSystem.call(() -> taskService.getVariable(taskId, name));
    var submitted = variables.value(name);
    return current == null ? submitted.isNull() || submitted.isMissingNode()
        : submitted.isValueNode() && Objects.equals(submitted.asText(), String.valueOf(current));
  }

  private static String notOnTheForm(Set<String> names) {
    return (names.size() == 1 ? "Formularen har ikke feltet '" + names.iterator().next() + "'."
        : "Formularen har ikke felterne '" + String.join("', '", names) + "'.")
        + " Kun formularens egne felter kan udfyldes.";
  }
}
