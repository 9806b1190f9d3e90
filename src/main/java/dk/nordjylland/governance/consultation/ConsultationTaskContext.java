package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.tasknames.TaskContext;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A consultation's tasks, and the mid-term status built on one, are about its subject:
 * "Besvar høring – Kontaktpersoner til sundhedsberedskab".
 */
@Component
class ConsultationTaskContext implements TaskContext {

  private final ConsultationTable table;

  ConsultationTaskContext(ConsultationTable table) {
    this.table = table;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(ConsultationProcess.KEY, MidtermStatusProcess.KEY);
  }

  @Override
  public Optional<String> of(DelegateTask task) {
    return ConsultationProcess.CONSULTATION_ID.from(task).getOptional().flatMap(table::find)
        .map(Consultation::subject);
  }
}
