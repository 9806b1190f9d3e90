package dk.nordjylland.governance.tasknames;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task is about, for its name in the task list: the forum and meeting ("FFU 10.12.2026"), the agreement's or
 * the consultation's title. Each feature knows its own processes; a Spring bean per feature.
 */
public interface TaskContext {

  /** The keys of the processes whose user tasks this context names. */
  Set<String> processKeys();

  /** The context of a task being created (its process variables are readable); empty if there is none. */
  Optional<String> of(DelegateTask task);
}
