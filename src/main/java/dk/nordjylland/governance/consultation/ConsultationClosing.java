package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.AsSystem;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owning secretariat closes a consultation after the reply deadline: no more (late) replies. */
@Service
public class ConsultationClosing {

  private final ConsultationTable table;
  private final Consultations consultations;
  private final ConsultationSchedule schedule;
  private final ConsultationAccess access;
  private final TaskService taskService;
  private final AsSystem asSystem;

  ConsultationClosing(ConsultationTable table, Consultations consultations, ConsultationSchedule schedule,
      ConsultationAccess access, TaskService taskService, AsSystem asSystem) {
    this.table = table;
    this.consultations = consultations;
    this.schedule = schedule;
    this.access = access;
    this.taskService = taskService;
    this.asSystem = asSystem;
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
    consultation.requireOpen();
    access.requireOwner(consultation, actor);
    Task task = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(consultation.processInstanceId())
        .taskDefinitionKey(ConsultationProcess.Elements.CLOSE_CONSULTATION).singleResult());
    if (task == null) {
      throw new ConflictException("Høringen '" + consultation.subject() + "' kan først lukkes, når svarfristen er"
          + " overskredet (sekretariatet får da opgaven \"Luk høringen\" " + DanishDates.LONG_DATE_TIME.format(
              EngineClock.inLocalTime(schedule.escalation(consultationId))) + ").");
    }
    taskService.complete(task.getId(), Map.of(ConsultationProcess.CLOSE_CONFIRMED.getName(), true));
    return consultations.get(consultationId);
  }
}
