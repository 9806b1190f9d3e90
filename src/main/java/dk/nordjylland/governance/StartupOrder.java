package dk.nordjylland.governance;

/** The order of the start-up steps (ApplicationRunners): each builds on the one before. */
public final class StartupOrder {

  public static final int DEPLOY_MODELS = 10;
  public static final int MASTER_DATA = 20;
  public static final int IDENTITY = 30;
  public static final int DEMO_DATA = 40;
  public static final int CYCLES = 50;

  private StartupOrder() {}
}
