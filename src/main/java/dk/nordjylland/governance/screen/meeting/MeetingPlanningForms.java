package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.screen.CallbackUrls;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the forms of "Møder" (MeetingsPage, MeetingPlanPage) are posted: a use case's refusals come back on the page
 * with what was typed, a success redirects to the list with 303. Not a task screen, so not ScreenController's path.
 */
final class MeetingPlanningForms {

  private MeetingPlanningForms() {}

  /** A refused form: what was typed with the fields' messages, and the problems shown above the forms. */
  record Refused(ScreenForm form, List<String> problems) {}

  /** Runs a form's use case: its refusals (fields, rules, who may, state) come back on the page, nothing saved. */
  static String handle(HttpServletResponse response, MultiValueMap<String, String> typed, Supplier<String> action,
      Function<Refused, String> page, Map<String, String> otherForms) {
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>(typed);
    otherForms.forEach((field, value) -> values.putIfAbsent(field, List.of(value)));
    try {
      return action.get();
    } catch (InvalidScreenInput e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page.apply(new Refused(ScreenForm.refused(values, e.errors()), List.of()));
    } catch (NotAllowedException e) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      return page.apply(new Refused(ScreenForm.refused(values, new HashMap<>()), List.of(e.getMessage())));
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return page.apply(new Refused(ScreenForm.refused(values, new HashMap<>()), List.of(e.getMessage())));
    } catch (RuntimeException e) {
      UserInputException refused = UserInputException.in(e).orElseThrow(() -> e);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page.apply(new Refused(ScreenForm.refused(values, new HashMap<>()), refused.problems()));
    }
  }

  /** The presets of the page's other forms: a refusal of one form leaves the others as first shown. */
  static Map<String, String> other(Map<String, String> presets, String prefix) {
    Map<String, String> other = new LinkedHashMap<>(presets);
    other.keySet().removeIf(field -> field.startsWith(prefix));
    return other;
  }

  static MultiValueMap<String, String> typed(HttpServletRequest request) {
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    request.getParameterMap().forEach((key, v) -> values.put(key, List.of(v)));
    return values;
  }

  static String query(HttpServletRequest request, String callbackUrl) {
    return callbackUrl == null || callbackUrl.isBlank() ? ""
        : "?callbackUrl=" + URLEncoder.encode(CallbackUrls.safe(request, callbackUrl), StandardCharsets.UTF_8);
  }

  /** 303: the list is fetched with GET, a reload does not post the form again. */
  static String redirectTo(String path, HttpServletRequest request, String callbackUrl,
      RedirectAttributes redirect) {
    if (callbackUrl != null && !callbackUrl.isBlank()) {
      redirect.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    }
    request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
    return "redirect:" + path;
  }
}
