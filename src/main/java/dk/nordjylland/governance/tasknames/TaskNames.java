package dk.nordjylland.governance.tasknames;

/**
 * "Godkend dagsorden – FFU 10.12.2026": the name in the BPMN model, then what the task is about. The model's name
 * stays the base, so a task is still found by it ({@link #baseName}).
 */
public final class TaskNames {

  public static final String SEPARATOR = " – ";
  /** Camunda's task name column holds 255 characters; a long agreement title is cut. */
  static final int MAX_CONTEXT = 120;

  private TaskNames() {}

  public static String named(String baseName, String context) {
    if (context == null || context.isBlank()) {
      return baseName;
    }
    String about = context.strip();
    if (about.length() > MAX_CONTEXT) {
      about = about.substring(0, MAX_CONTEXT - 1).strip() + "…";
    }
    return baseName + SEPARATOR + about;
  }

  /** The model's name of a task named by {@link #named}. */
  public static String baseName(String name) {
    if (name == null) {
      return null;
    }
    int separator = name.indexOf(SEPARATOR);
    return separator < 0 ? name : name.substring(0, separator);
  }
}
