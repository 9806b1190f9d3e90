package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.tasknames.TaskContext;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** An agreement's tasks are about the agreement: "Udarbejd aftaleudkast – Samarbejdsaftale om osteoporose". */
@Component
class AgreementTaskContext implements TaskContext {

  private final AgreementStore store;

  AgreementTaskContext(AgreementStore store) {
    this.store = store;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(CollaborationAgreementProcess.KEY, CollaborationAgreementProcess.FORUM_STEP_KEY);
  }

  @Override
  public Optional<String> of(DelegateTask task) {
    return CollaborationAgreementProcess.AGREEMENT_ID.from(task).getOptional().flatMap(store::find)
        .map(Agreement::title);
  }
}
