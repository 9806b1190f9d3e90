package dk.nordjylland.governance.screen;

import java.util.Map;
import java.util.Optional;

/**
 * One task's screen (ADR 0033): what the person sees and what happens when they submit. A Spring bean per task kind,
 * in the feature's package. The BPMN user task names it in its form key, {@code /screens/<name>}; its page is the
 * Thymeleaf template {@code templates/screens/<name>.html}, built on {@code screens/layout}.
 */
public interface TaskScreen {

  /** The screen's name in the form key and template, e.g. "approve-agenda". */
  String name();

  /**
   * Puts what the page shows into the model (the layout adds the task, the errors and the typed values). The model
   * holds the {@link ScreenForm} as "form": a screen may preset its fields there.
   */
  void show(ScreenTask task, Map<String, Object> model);

  /**
   * Checks the input ({@link ScreenInput#requireValid()} ends with the field errors) and completes the task through
   * {@link ScreenTask#complete}. A domain rule that refuses (UserInputException) leaves the task open, nothing saved.
   */
  void submit(ScreenTask task, ScreenInput input);

  /**
   * The document the person decides on, as it would be made now (e.g. the agenda before it is sent, the minutes
   * marked UDKAST): served at {@code /screens/<name>/preview.pdf?taskId=...} to whoever may see the task.
   */
  default Optional<Preview> preview(ScreenTask task) {
    return Optional.empty();
  }

  /** A PDF preview and the file name it is saved under. */
  record Preview(String fileName, byte[] pdf) {}
}
