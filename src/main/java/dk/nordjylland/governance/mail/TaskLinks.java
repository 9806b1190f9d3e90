package dk.nordjylland.governance.mail;

/**
 * Links into the Camunda 7.24 Tasklist. {@code #/?task=<id>} opens the task's form next to the user's task list
 * (the Tasklist's own route; after the login page it comes back to it).
 */
final class TaskLinks {

  public static final String TASKLIST = "/camunda/app/tasklist/";

  private TaskLinks() {}

  /** The Tasklist's start page. */
  public static String tasklist(String baseUrl) {
    return trimmed(baseUrl) + TASKLIST;
  }

  /** The task in the Tasklist. */
  public static String task(String baseUrl, String taskId) {
    return trimmed(baseUrl) + TASKLIST + "default/#/?task=" + taskId;
  }

  private static String trimmed(String baseUrl) {
    return baseUrl.replaceAll("/+$", "");
  }
}
