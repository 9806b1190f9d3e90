package dk.nordjylland.governance.screen.proposal;

import dk.nordjylland.governance.item.ItemProposalProcess;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.screen.CallbackUrls;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.attachment.ScreenAttachments;
import dk.nordjylland.governance.security.WebappCsrfToken;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Foreslå dagsordenspunkt", the start form of processes/item-proposal.bpmn (issue 14): the Tasklist's "Start proces"
 * links here ({@code ?processDefinitionKey=itemProposal&callbackUrl=...}). The member chooses the forum by name among
 * those they may propose to, and the meeting among that forum's meetings that take items (or the next one, named on
 * the page). Submitting starts the process as the logged-in user, whose delegate registers the item through
 * {@link ItemProposals#propose}: the same rules as {@code POST /api/items}. A refusal comes back with the typed values and a
 * Danish message on the field; nothing is saved.
 */
@Controller
class ProposeItemScreen {

  static final String PATH = "/screens/propose-item";
  static final String NEXT = "naeste";
  /**
   * The receipt; a name of its own (not under PATH) so that the attachment upload form (screen.attachment, "back" is a
   * screen's name) returns to it.
   */
  static final String DONE = "/screens/propose-item-done";

  private final ProposalChoices choices;
  private final RuntimeService runtimeService;
  private final Items items;
  private final ItemProposals proposals;
  private final TransactionTemplate transaction;
  private final ScreenAttachments attachments;

  ProposeItemScreen(ProposalChoices choices, RuntimeService runtimeService, Items items, ItemProposals proposals,
      TransactionTemplate transaction, ScreenAttachments attachments) {
    this.attachments = attachments;
    this.choices = choices;
    this.runtimeService = runtimeService;
    this.items = items;
    this.proposals = proposals;
    this.transaction = transaction;
  }

  @GetMapping(PATH)
  String show(@RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request,
      Model model) {
    return page(callbackUrl, user, request, model, ScreenForm.fresh().preset("meeting", NEXT), List.of());
  }

  @PostMapping(PATH)
  String submit(@RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    request.getParameterMap().forEach((key, v) -> values.put(key, List.of(v)));
    ScreenInput input = new ScreenInput(values, null);
    long itemId;
    try {
      Map<String, Object> variables = ProposalFields.read(input, choices.of(user.getName()), choices);
      itemId = transaction.execute(status -> (Long) runtimeService.createProcessInstanceByKey(ItemProposalProcess.KEY)
          .setVariables(variables).executeWithVariablesInReturn().getVariables()
          .get(ItemProposalProcess.ITEM_ID.getName()));
    } catch (InvalidScreenInput e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(callbackUrl, user, request, model, ScreenForm.refused(values, e.errors()), List.of());
    } catch (RuntimeException e) {
      // A rule of the use case (the deadline passed meanwhile, ...): its Danish sentences, never the engine's wrapping.
      UserInputException refused = UserInputException.in(e).orElseThrow(() -> e);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(callbackUrl, user, request, model, ScreenForm.refused(values, new HashMap<>()), refused.problems());
    }
    redirect.addAttribute("item", itemId);
    redirect.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    // 303: the receipt is fetched with GET, a reload does not propose the item again.
    request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
    return "redirect:" + DONE;
  }

  /**
   * The receipt: where the item went (which meeting, late or not), the way back, and the upload of the item's files
   * (screen.attachment's form, which comes back here with {@code bilag=<item>-<number>}).
   */
  @GetMapping(DONE)
  String done(@RequestParam(required = false) Long item, @RequestParam(required = false) String bilag,
      @RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request, Model model) {
    Long itemId = item != null ? item
        : bilag != null && bilag.matches("\\d{1,18}-\\d{1,9}") ? Long.valueOf(bilag.substring(0, bilag.indexOf('-')))
        : null;
    // Only the proposer's own item is named here; any other number shows the plain receipt.
    items.find(itemId == null ? -1 : itemId).filter(found -> user.getName().equals(found.proposedBy()))
        .ifPresent(found -> {
          model.addAttribute("itemId", found.id());
          model.addAttribute("itemTitle", found.title());
          model.addAttribute("placement", proposals.placement(found));
          model.addAttribute("attachments", attachments.of(found.id()));
        });
    model.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    model.addAttribute("userName", choices.nameOf(user.getName()));
    model.addAttribute("csrf", WebappCsrfToken.of(request));
    model.addAttribute("taskName", "Punktet er foreslået");
    return "screens/propose-item-done";
  }

  private String page(String callbackUrl, Principal user, HttpServletRequest request, Model model, ScreenForm form,
      List<String> problems) {
    String back = CallbackUrls.safe(request, callbackUrl);
    model.addAttribute("taskName", "Foreslå dagsordenspunkt");
    model.addAttribute("callbackUrl", back);
    model.addAttribute("userName", choices.nameOf(user.getName()));
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("csrf", WebappCsrfToken.of(request));
    model.addAttribute("formAction", request.getContextPath() + PATH + "?callbackUrl="
        + URLEncoder.encode(back, StandardCharsets.UTF_8));
    model.addAttribute("forums", choices.of(user.getName()).forums());
    return "screens/propose-item";
  }
}
