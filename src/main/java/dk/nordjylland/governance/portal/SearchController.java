package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.search.SearchTerms;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's search page {@code /soeg?q=&forum=&fra=&til=&art=&udfald=&side=} (ADR 0056): a GET form, so it works
 * without JavaScript and a search is a link. Typed input is read as on the task screens ({@link ScreenInput}: Danish
 * messages on the field); the words themselves never give an error, whatever is typed.
 */
@Controller
class SearchController {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final PortalSearch search;
  private final ForumPages forums;
  private final PortalVisitors visitors;

  SearchController(PortalSearch search, ForumPages forums, PortalVisitors visitors) {
    this.search = search;
    this.forums = forums;
    this.visitors = visitors;
  }

  /** A choice in a select: its value in the address and its Danish text. */
  public record Option(String value, String text) {}

  @GetMapping("/soeg")
  String search(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletRequest request) {
    Viewer viewer = visitors.viewer();
    model.addAttribute("viewer", viewer);
    model.addAttribute("loginHref", PortalController.loginHref(request));

    List<Option> forumOptions = forums.forums(viewer).stream().map(f -> new Option(f.id(), f.name())).toList();
    Map<String, ItemKind> kinds = new LinkedHashMap<>();
    Arrays.stream(ItemKind.values()).filter(k -> k != ItemKind.OTHER).forEach(k -> kinds.put(slug(k.danish()), k));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    Arrays.stream(Outcome.values()).forEach(o -> outcomes.put(slug(o.danish()), o));

    ScreenInput input = new ScreenInput(firstValues(params), null);
    String typed = input.text("q");
    String forum = input.choice("forum", "Forum", forumOptions.stream().map(Option::value).toList(), false);
    LocalDate from = input.date("fra", "Fra dato", false).orElse(null);
    LocalDate to = input.date("til", "Til dato", false).orElse(null);
    String kind = input.choice("art", "Type", kinds.keySet(), false);
    String outcome = input.choice("udfald", "Udfald", outcomes.keySet(), false);
    if (from != null && to != null && to.isBefore(from)) {
      input.error("til", "\"Til dato\" ligger før \"Fra dato\". Byt om på dem, eller ret en af dem.");
    }

    SearchTerms terms = SearchTerms.parse(typed);
    Map<String, String> errors = Map.of();
    try {
      input.requireValid();
    } catch (InvalidScreenInput e) {
      errors = e.errors();
    }
    boolean asked = !typed.isEmpty() || params.keySet().stream().anyMatch(k -> !k.equals("side"));
    model.addAttribute("q", typed.length() > SearchTerms.MAX_QUERY ? typed.substring(0, SearchTerms.MAX_QUERY)
        : typed);
    model.addAttribute("values", Map.of("forum", nz(forum), "fra", input.text("fra"), "til", input.text("til"),
        "art", nz(kind), "udfald", nz(outcome)));
    model.addAttribute("errors", errors);
    model.addAttribute("forums", forumOptions);
    model.addAttribute("kinds", kinds.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue().danish()))
        .toList());
    model.addAttribute("outcomes", outcomes.entrySet().stream()
        .map(e -> new Option(e.getKey(), e.getValue().danish())).toList());
    model.addAttribute("notes", notes(typed));
    model.addAttribute("asked", asked);
    model.addAttribute("noWords", asked && errors.isEmpty() && terms.isEmpty());

    if (asked && errors.isEmpty() && !terms.isEmpty()) {
      PortalSearch.Result result = search.search(viewer, new PortalSearch.Query(terms, forum, from, to,
          kind == null ? null : kinds.get(kind), outcome == null ? null : outcomes.get(outcome)), page(params));
      model.addAttribute("result", result);
      model.addAttribute("count", count(result.total(), result.capped()));
      model.addAttribute("previous", result.page() > 1 ? pageHref(params, result.page() - 1) : null);
      model.addAttribute("next", result.page() < result.pages() ? pageHref(params, result.page() + 1) : null);
    }
    return "portal/search";
  }

  /** "godkendt med forbehold" → "godkendt-med-forbehold": readable values in the address. */
  static String slug(String danish) {
    return danish.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /**
   * "Ingen resultater", "Én sag fundet", "To sager fundet", ..., "134 sager fundet", "1.000 sager fundet": the count
   * in words; past the cap "Mere end 1.000 sager fundet" (the page says to narrow the search).
   */
  static String count(int n, boolean capped) {
    if (capped) {
      return "Mere end " + thousands(n) + " sager fundet";
    }
    String[] words = {"Ingen", "Én", "To", "Tre", "Fire", "Fem", "Seks", "Syv", "Otte", "Ni", "Ti", "Elleve",
        "Tolv"};
    if (n == 0) {
      return "Ingen resultater";
    }
    return (n < words.length ? words[n] : thousands(n)) + (n == 1 ? " sag fundet" : " sager fundet");
  }

  /** 1000 as "1.000", the Danish way. */
  private static String thousands(int n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
  }

  private static List<String> notes(String typed) {
    List<String> notes = new ArrayList<>();
    if (typed.length() > SearchTerms.MAX_QUERY) {
      notes.add("Søgningen er kortet ned til de første " + SearchTerms.MAX_QUERY + " tegn.");
    }
    if (WORD.matcher(typed.length() > SearchTerms.MAX_QUERY ? typed.substring(0, SearchTerms.MAX_QUERY) : typed)
        .results().count() > SearchTerms.MAX_TERMS) {
      notes.add("Der søges på de første " + SearchTerms.MAX_TERMS + " ord.");
    }
    return notes;
  }

  private static int page(MultiValueMap<String, String> params) {
    String side = params.getFirst("side");
    return side != null && side.matches("\\d{1,4}") ? Integer.parseInt(side) : 1;
  }

  private static String pageHref(MultiValueMap<String, String> params, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/soeg");
    for (String key : List.of("q", "forum", "fra", "til", "art", "udfald")) {
      String value = params.getFirst(key);
      if (value != null && !value.isBlank()) {
        uri.queryParam(key, value.length() > SearchTerms.MAX_QUERY ? value.substring(0, SearchTerms.MAX_QUERY)
            : value);
      }
    }
    return uri.queryParam("side", page).build().encode().toUriString();
  }

  private static MultiValueMap<String, String> firstValues(MultiValueMap<String, String> params) {
    MultiValueMap<String, String> first = new LinkedMultiValueMap<>();
    params.forEach((k, v) -> first.add(k, v.isEmpty() ? "" : v.get(0)));
    return first;
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
