package dk.nordjylland.governance.identity;

/** Groups that the code refers to by id (forum role groups derive from ForumRole). */
public final class GroupIds {

  public static final String PROCESS_OWNERS = "process-owners";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private GroupIds() {}
}
