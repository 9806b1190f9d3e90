package dk.nordjylland.governance.screen;

import dk.nordjylland.governance.security.WebappCsrfToken;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task screens (ADR 0033): the Tasklist links a task with form key {@code /screens/<name>} here with
 * {@code ?taskId=...&callbackUrl=...}. GET shows the screen; POST checks and completes the task in one transaction and
 * leads to a receipt; a refused input shows the screen again with what was typed and a Danish message on each field.
 */
@Controller
class ScreenController {

  static final String PREFIX = "/screens/";

  private final Map<String, TaskScreen> screens;
  private final ScreenTasks tasks;
  private final TransactionTemplate transaction;

  ScreenController(List<TaskScreen> screens, ScreenTasks tasks, TransactionTemplate transaction) {
    this.screens = screens.stream().collect(Collectors.toMap(TaskScreen::name, Function.identity()));
    this.tasks = tasks;
    this.transaction = transaction;
  }

  @GetMapping(PREFIX + "{name}")
  String show(@PathVariable String name, @RequestParam(required = false) String taskId,
      @RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    return render(name, taskId, callbackUrl, user, request, response, model, ScreenForm.fresh(), List.of());
  }

  @PostMapping(PREFIX + "{name}")
  String submit(@PathVariable String name, @RequestParam(required = false) String taskId,
      @RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    TaskScreen screen = screens.get(name);
    Task task = screen == null ? null : tasks.find(taskId, PREFIX + name).orElse(null);
    if (task == null) {
      return gone(request, callbackUrl, response, model);
    }
    if (tasks.access(task, user.getName()) != ScreenTasks.Access.MINE) {
      return render(name, taskId, callbackUrl, user, request, response, model, ScreenForm.fresh(), List.of());
    }
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    request.getParameterMap().forEach((key, v) -> values.put(key, List.of(v)));
    ScreenInput input = new ScreenInput(values,
        request instanceof MultipartHttpServletRequest multipart ? multipart.getMultiFileMap() : null);
    try {
      ScreenTask screenTask = tasks.screenTask(task, user.getName());
      transaction.executeWithoutResult(status -> screen.submit(screenTask, input));
    } catch (InvalidScreenInput e) {
      // Without errors: the screen asked to be shown again with what was typed (e.g. more rows), not a refusal.
      response.setStatus(e.errors().isEmpty() ? HttpStatus.OK.value() : HttpStatus.BAD_REQUEST.value());
      return render(name, taskId, callbackUrl, user, request, response, model, new ScreenForm(values, e.errors()),
          List.of());
    } catch (ConflictException e) {
      return gone(request, callbackUrl, response, model);
    } catch (RuntimeException e) {
      UserInputException refused = UserInputException.in(e).orElse(null);
      if (refused == null) {
        // The task completed by someone else meanwhile (the engine's "Cannot find task"): the "gone" page.
        if (e instanceof NullValueException && String.valueOf(e.getMessage()).startsWith("Cannot find task")
            || vanished(taskId, name)) {
          return gone(request, callbackUrl, response, model);
        }
        throw e;
      }
      // Not allowed is a 403 here as in our API (rest.ApiExceptionHandler), with the same Danish reason on the page.
      response.setStatus(refused instanceof NotAllowedException ? HttpStatus.FORBIDDEN.value()
          : HttpStatus.BAD_REQUEST.value());
      return render(name, taskId, callbackUrl, user, request, response, model,
          new ScreenForm(values, new HashMap<>()), refused.problems());
    }
    if (input.notice() != null && tasks.find(taskId, PREFIX + name).isPresent()) {
      // Done something on the task without completing it: back to the same screen, fresh, with the message on top.
      redirect.addFlashAttribute("notice", input.notice());
      redirect.addAttribute("taskId", task.getId());
      redirect.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
      request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
      return "redirect:" + PREFIX + name;
    }
    redirect.addFlashAttribute("doneTask", task.getName());
    redirect.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    // 303: the browser asks for the receipt with GET; a reload does not post again.
    request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
    return "redirect:" + PREFIX + "done";
  }

  /**
   * Whether a task whose completion failed is gone: completed by someone else, who won the race. The loser may fail
   * inside the engine on what the winner removed (an execution found missing) a moment before the winner's commit
   * shows the task gone, so the task is looked for again for up to a second before the failure counts as one.
   */
  private boolean vanished(String taskId, String name) {
    for (int waited = 0; waited < 1_000; waited += 50) {
      if (tasks.find(taskId, PREFIX + name).isEmpty()) {
        return true;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return tasks.find(taskId, PREFIX + name).isEmpty();
  }

  /** The document the screen's task decides on, as a PDF made now (not stored, not sent). */
  @GetMapping(PREFIX + "{name}/preview.pdf")
  ResponseEntity<byte[]> preview(@PathVariable String name, @RequestParam(required = false) String taskId,
      Principal user) {
    TaskScreen screen = screens.get(name);
    Task task = screen == null ? null : tasks.find(taskId, PREFIX + name).orElse(null);
    TaskScreen.Preview preview = task == null ? null
        : screen.preview(tasks.screenTask(task, user.getName())).orElse(null);
    if (preview == null) {
      throw new NotFoundException("Der er intet dokument at vise for opgaven, eller den er allerede udført.");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(preview.fileName(),
            StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(preview.pdf());
  }

  /** The receipt after a completed task: what was done, and the way back to the list. */
  @GetMapping(PREFIX + "done")
  String done(@RequestParam(required = false) String callbackUrl, HttpServletRequest request, Model model) {
    model.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    return "screens/done";
  }

  private String render(String name, String taskId, String callbackUrl, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model, ScreenForm form, List<String> problems) {
    TaskScreen screen = screens.get(name);
    Task task = screen == null ? null : tasks.find(taskId, PREFIX + name).orElse(null);
    if (task == null) {
      return gone(request, callbackUrl, response, model);
    }
    String back = CallbackUrls.safe(request, callbackUrl);
    model.addAttribute("callbackUrl", back);
    model.addAttribute("userName", tasks.nameOf(user.getName()));
    model.addAttribute("taskName", task.getName());
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("csrf", WebappCsrfToken.of(request));
    model.addAttribute("formAction", request.getContextPath() + PREFIX + name + "?taskId=" + task.getId()
        + "&callbackUrl=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    ScreenTasks.Access access = tasks.access(task, user.getName());
    model.addAttribute("canSubmit", access == ScreenTasks.Access.MINE);
    model.addAttribute("accessNote", switch (access) {
      case MINE -> null;
      case TAKEN -> "Opgaven er taget af " + tasks.nameOf(task.getAssignee()) + ". Du kan læse den, men kun "
          + tasks.nameOf(task.getAssignee()) + " kan udføre den. Bed om at få den frigivet i opgavelisten.";
      case NOT_MINE -> "Opgaven er ikke din: den er til en anden gruppe. Du kan læse den, men ikke udføre den.";
    });
    Map<String, Object> screenModel = new HashMap<>();
    // The screen may preset its fields on the form (ScreenForm.preset); typed values after a refusal win.
    screenModel.put("form", form);
    screen.show(tasks.screenTask(task, user.getName()), screenModel);
    model.addAllAttributes(screenModel);
    return "screens/" + name;
  }

  private static String gone(HttpServletRequest request, String callbackUrl, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    return "screens/gone";
  }
}
