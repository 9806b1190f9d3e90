package dk.nordjylland.governance.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user sees, in Danish. Queries run with the user's authorizations, so
 * each filter shows only tasks of the user's own forums and groups.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "Mine opgaver";
  public static final String MY_GROUP_TASKS = "Min gruppes opgaver";
  public static final String OVERDUE = "Forfaldne";
  public static final String FOLLOW_UP = "Til opfølgning";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  public void synchronise() {
    save(MY_TASKS, -10, "Opgaver, der er tildelt dig", "#2e7d32",
        () -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    save(MY_GROUP_TASKS, -5, "Ufordelte opgaver til dine grupper", "#1565c0",
        () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned());
    save(OVERDUE, 0, "Opgaver med overskredet forfaldsdato", "#c62828",
        () -> taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    save(FOLLOW_UP, 5, "Opgaver, hvis opfølgningsdato er nået", "#ef6c00",
        () -> taskService.createTaskQuery().followUpBeforeExpression("${now()}"));
  }

  private void save(String name, int priority, String description, String color, Supplier<TaskQuery> query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setOwner(null);
    filter.setQuery(query.get().orderByDueDate().asc());
    filter.setProperties(Map.of(
        "priority", priority,
        "description", description,
        "color", color,
        "refresh", true,
        "variables", List.of()));
    filterService.saveFilter(filter);
    boolean readable = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filter.getId()).userIdIn("*").count() > 0;
    if (!readable) {
      Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      auth.setResource(Resources.FILTER);
      auth.setResourceId(filter.getId());
      auth.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(auth);
    }
  }
}
