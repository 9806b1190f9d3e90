package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentLinks;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.MeetingCancellation;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumKind;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.ArchiveMeetings;
import dk.nordjylland.governance.meeting.ArchiveStep;
import dk.nordjylland.governance.meeting.ExtraMeetings;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingMover;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import dk.nordjylland.governance.screen.CallbackUrls;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.security.WebappCsrfToken;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Møder" (issue 15): the meetings of the forums the user plans (its secretariat; process owners plan all), with the
 * forms to create an extra meeting, register a past meeting for the archive, and, per meeting, move or cancel it. Not
 * a task screen: the Tasklist links here from its top bar (scripts/governance-meetings.js) and the receipt
 * (/screens/done). Each form calls the same use case as {@code /api/meetings}; its refusals come back on the page.
 */
@Controller
class MeetingsPage {

  static final String PATH = "/screens/meetings";

  private final MasterData masterData;
  private final Meetings meetings;
  private final MeetingTexts texts;
  private final ForumAccess forumAccess;
  private final SecretariatOnly secretariatOnly;
  private final ExtraMeetings extraMeetings;
  private final ArchiveMeetings archiveMeetings;
  private final MeetingMover mover;
  private final MeetingCancellation cancellation;
  private final Documents documents;

  MeetingsPage(MasterData masterData, Meetings meetings, MeetingTexts texts, ForumAccess forumAccess,
      SecretariatOnly secretariatOnly, ExtraMeetings extraMeetings, ArchiveMeetings archiveMeetings,
      MeetingMover mover, MeetingCancellation cancellation, Documents documents) {
    this.masterData = masterData;
    this.meetings = meetings;
    this.texts = texts;
    this.forumAccess = forumAccess;
    this.secretariatOnly = secretariatOnly;
    this.extraMeetings = extraMeetings;
    this.archiveMeetings = archiveMeetings;
    this.mover = mover;
    this.cancellation = cancellation;
    this.documents = documents;
  }

  // ---------------------------------------------------------------- the list, create, register a past meeting

  @GetMapping(PATH)
  String list(@RequestParam(required = false) String callbackUrl, @RequestParam(required = false) String oprettet,
      @RequestParam(required = false) String aendret, Principal user, HttpServletRequest request, Model model) {
    String notice = oprettet != null ? meetings.find(oprettet).map(m -> "Mødet er gemt: " + texts.title(m) + ".")
        .orElse(null)
        : aendret != null ? meetings.find(aendret).map(m -> "Mødet er ændret: " + texts.title(m) + ", "
            + status(m) + ".").orElse(null) : null;
    model.addAttribute("notice", notice);
    ScreenForm form = ScreenForm.fresh();
    listPresets().forEach(form::preset);
    return listPage(callbackUrl, user, request, model, form, List.of());
  }

  @PostMapping(PATH)
  String listSubmit(@RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    MultiValueMap<String, String> values = typed(request);
    ScreenInput input = new ScreenInput(values, null);
    boolean past = "past".equals(input.text("action"));
    String prefix = past ? "past-" : "new-";
    return handle(response, values, () -> {
      List<String> offered = plannable().stream().map(Forum::id).toList();
      String forumId = input.choice(prefix + "forum", "Forum", offered, true);
      Optional<LocalDate> date = input.date(prefix + "date", "Dato", true);
      Optional<LocalTime> start = input.time(prefix + "time", "Starttidspunkt", true);
      Optional<LocalTime> end = input.time(prefix + "endTime", "Sluttidspunkt", false);
      String place = input.text(prefix + "place", "Sted", false);
      String step = past ? input.choice("past-startAt", "Forløbet starter ved",
          Arrays.stream(ArchiveStep.values()).map(ArchiveStep::code).toList(), true) : null;
      input.requireValid();
      Forum forum = masterData.forum(forumId).orElseThrow();
      secretariatOnly.require(forum, past ? "registrere møder" : "oprette møder");
      LocalDateTime startsAt = date.orElseThrow().atTime(start.orElseThrow());
      LocalDateTime endsAt = end.map(t -> date.orElseThrow().atTime(t)).orElse(null);
      Meeting saved = past
          ? archiveMeetings.register(forum, startsAt, endsAt, place, ArchiveStep.parse(step).orElseThrow())
          : extraMeetings.create(forum, startsAt, endsAt, place);
      redirect.addAttribute("oprettet", saved.id());
      return redirectTo(PATH, request, callbackUrl, redirect);
    }, refused -> listPage(callbackUrl, user, request, model, refused.form(), refused.problems()),
        other(listPresets(), prefix));
  }

  /** The list's forms as first shown: the usual start time, and the archive's first step. */
  private static Map<String, String> listPresets() {
    Map<String, String> presets = new LinkedHashMap<>();
    presets.put("new-time", "13.00");
    presets.put("past-time", "13.00");
    presets.put("past-startAt", ArchiveStep.RECORD_MEETING.code());
    return presets;
  }

  /** The presets of the page's other forms: a refusal of one form leaves the others as first shown. */
  private static Map<String, String> other(Map<String, String> presets, String prefix) {
    Map<String, String> other = new LinkedHashMap<>(presets);
    other.keySet().removeIf(field -> field.startsWith(prefix));
    return other;
  }

  private String listPage(String callbackUrl, Principal user, HttpServletRequest request, Model model,
      ScreenForm form, List<String> problems) {
    common(callbackUrl, user, request, model, form, problems, "Møder");
    List<Forum> forums = plannable();
    model.addAttribute("forums", forums);
    model.addAttribute("calendars", forums.stream().map(f -> new ForumMeetings(f.name(), groups(f.id()))).toList());
    model.addAttribute("steps", ArchiveStep.values());
    model.addAttribute("formAction", request.getContextPath() + PATH + query(request, callbackUrl));
    return "screens/meetings";
  }

  // ---------------------------------------------------------------- one meeting: move, cancel

  @GetMapping(PATH + "/{meetingId}")
  String meeting(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl, Principal user,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Meeting meeting = meetings.find(meetingId).orElse(null);
    if (meeting == null || !plans(meeting)) {
      // The same answer for a meeting that does not exist and one of a forum the user does not plan.
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return listPage(callbackUrl, user, request, model, ScreenForm.fresh(),
          List.of("Mødet findes ikke blandt de møder, du planlægger."));
    }
    ScreenForm form = ScreenForm.fresh();
    movePresets(meeting).forEach(form::preset);
    return meetingPage(meeting, callbackUrl, user, request, model, form, List.of());
  }

  @PostMapping(PATH + "/{meetingId}")
  String meetingSubmit(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl,
      Principal user, HttpServletRequest request, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    Meeting meeting = meetings.find(meetingId).orElse(null);
    if (meeting == null || !plans(meeting)) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return listPage(callbackUrl, user, request, model, ScreenForm.fresh(),
          List.of("Mødet findes ikke blandt de møder, du planlægger. Intet er ændret."));
    }
    MultiValueMap<String, String> values = typed(request);
    ScreenInput input = new ScreenInput(values, null);
    boolean cancel = "cancel".equals(input.text("action"));
    return handle(response, values, () -> {
      Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
      if (cancel) {
        String reason = input.text("cancel-reason", "Begrundelse", true);
        if (!input.checked("cancel-confirm")) {
          input.error("cancel-confirm", "Sæt kryds for at bekræfte, at mødet skal aflyses.");
        }
        input.requireValid();
        secretariatOnly.require(forum, "aflyse møder");
        cancellation.cancel(meetingId, reason, user.getName());
      } else {
        Optional<LocalDate> date = input.date("move-date", "Dato", true);
        Optional<LocalTime> start = input.time("move-time", "Starttidspunkt", true);
        Optional<LocalTime> end = input.time("move-endTime", "Sluttidspunkt", false);
        String place = input.text("move-place", "Sted", false);
        input.requireValid();
        secretariatOnly.require(forum, "flytte møder");
        LocalDateTime startsAt = date.orElseThrow().atTime(start.orElseThrow());
        LocalDateTime endsAt = end.map(t -> date.orElseThrow().atTime(t))
            .orElse(startsAt.plus(Duration.between(meeting.startsAt(), meeting.endsAt())));
        boolean sameTime = startsAt.equals(meeting.startsAt()) && endsAt.equals(meeting.endsAt());
        // Only the place changed: the move keeps the time (MeetingMover's "place only").
        mover.move(meetingId, sameTime ? null : startsAt, sameTime ? null : endsAt,
            place.equals(meeting.place()) ? null : place);
      }
      redirect.addAttribute("aendret", meetingId);
      return redirectTo(PATH, request, callbackUrl, redirect);
    }, refused -> meetingPage(meeting, callbackUrl, user, request, model, refused.form(), refused.problems()),
        other(movePresets(meeting), cancel ? "cancel-" : "move-"));
  }

  /** The move form as first shown: the meeting's time and place. */
  private static Map<String, String> movePresets(Meeting meeting) {
    Map<String, String> presets = new LinkedHashMap<>();
    presets.put("move-date", DanishDates.asTyped(meeting.startsAt()));
    presets.put("move-time", DanishDates.TIME.format(meeting.startsAt()));
    presets.put("move-endTime", meeting.endsAt() == null ? "" : DanishDates.TIME.format(meeting.endsAt()));
    presets.put("move-place", meeting.place() == null ? "" : meeting.place());
    return presets;
  }

  private String meetingPage(Meeting meeting, String callbackUrl, Principal user, HttpServletRequest request,
      Model model, ScreenForm form, List<String> problems) {
    common(callbackUrl, user, request, model, form, problems, "Flyt eller aflys mødet");
    model.addAttribute("meeting", row(meeting));
    model.addAttribute("formAction", request.getContextPath() + PATH + "/" + meeting.id()
        + query(request, callbackUrl));
    model.addAttribute("listUrl", request.getContextPath() + PATH + query(request, callbackUrl));
    return "screens/meeting-plan";
  }

  // ---------------------------------------------------------------- shared

  /** Runs a form's use case: its refusals (fields, rules, who may, state) come back on the page, nothing saved. */
  private String handle(HttpServletResponse response, MultiValueMap<String, String> typed, Supplier<String> action,
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

  private record Refused(ScreenForm form, List<String> problems) {}

  private void common(String callbackUrl, Principal user, HttpServletRequest request, Model model, ScreenForm form,
      List<String> problems, String heading) {
    model.addAttribute("taskName", heading);
    model.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    model.addAttribute("userName", masterData.person(user.getName()).map(Person::name).filter(n -> !n.isBlank())
        .orElse(user.getName()));
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("csrf", WebappCsrfToken.of(request));
  }

  private static MultiValueMap<String, String> typed(HttpServletRequest request) {
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    request.getParameterMap().forEach((key, v) -> values.put(key, List.of(v)));
    return values;
  }

  private static String query(HttpServletRequest request, String callbackUrl) {
    return callbackUrl == null || callbackUrl.isBlank() ? ""
        : "?callbackUrl=" + URLEncoder.encode(CallbackUrls.safe(request, callbackUrl),
            StandardCharsets.UTF_8);
  }

  /** 303: the list is fetched with GET, a reload does not post the form again. */
  private static String redirectTo(String path, HttpServletRequest request, String callbackUrl,
      RedirectAttributes redirect) {
    if (callbackUrl != null && !callbackUrl.isBlank()) {
      redirect.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    }
    request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
    return "redirect:" + path;
  }

  /** The forums whose meetings the user plans: its secretariat's; every forum with meetings for process owners. */
  private List<Forum> plannable() {
    ForumAccess.Reader reader = forumAccess.currentReader();
    return masterData.forums().stream().filter(f -> f.kind() != ForumKind.PRE_MEETING)
        .filter(f -> reader.readsAll() || reader.is(ForumRole.SECRETARIAT.groupId(f.id()))).toList();
  }

  private boolean plans(Meeting meeting) {
    return plannable().stream().anyMatch(f -> f.id().equals(meeting.forumId()));
  }

  private MeetingRow row(Meeting m) {
    List<Link> links = new ArrayList<>();
    documents.latest(m.id(), DocumentKind.AGENDA).ifPresent(d -> links.add(new Link("Dagsorden (PDF)",
        DocumentLinks.path(m.id(), DocumentKind.AGENDA))));
    documents.latest(m.id(), DocumentKind.MINUTES).ifPresent(d -> links.add(new Link("Referat (PDF)",
        DocumentLinks.path(m.id(), DocumentKind.MINUTES))));
    boolean changeable = m.startsAt().isAfter(EngineClock.now()) && (m.status() == MeetingStatus.PLANNED
        || m.status() == MeetingStatus.CALL_FOR_ITEMS || m.status() == MeetingStatus.AGENDA_PUBLISHED);
    return new MeetingRow(m.id(), texts.title(m), DanishDates.LONG_DATE_TIME.format(m.startsAt()),
        m.place() == null ? "" : m.place(), status(m), links, changeable);
  }

  private String status(Meeting m) {
    String status = switch (m.status()) {
      case PLANNED -> "Planlagt";
      case CALL_FOR_ITEMS -> "Indkaldelse af punkter";
      case AGENDA_PUBLISHED -> "Dagsorden udsendt";
      case HELD -> "Afholdt";
      case MINUTES_PUBLISHED -> "Referat offentliggjort";
      case COMPLETED -> "Afsluttet";
      case CANCELLED -> "Aflyst";
    };
    if (meetings.archivedAt(m.id()).isEmpty()) {
      // A calendar meeting whose time passed without its cycle: the form below registers it as held.
      return m.status() == MeetingStatus.PLANNED && !m.startsAt().isAfter(EngineClock.now())
          ? "Tidspunktet er gået; ikke registreret" : status;
    }
    return m.status() == MeetingStatus.AGENDA_PUBLISHED
        ? "Tidligere møde: fremmøde og beslutninger registreres" : status + " (tidligere møde)";
  }

  /**
   * The forum's coming meetings first, soonest at the top, then the earlier ones, latest at the top: what the
   * secretariat plans is not below years of calendar.
   */
  private List<MeetingGroup> groups(String forumId) {
    LocalDateTime now = EngineClock.now();
    List<Meeting> all = meetings.ofForum(forumId);
    List<MeetingRow> coming = all.stream().filter(m -> !m.startsAt().isBefore(now))
        .sorted(Comparator.comparing(Meeting::startsAt)).map(this::row).toList();
    List<MeetingRow> earlier = all.stream().filter(m -> m.startsAt().isBefore(now))
        .sorted(Comparator.comparing(Meeting::startsAt).reversed()).map(this::row).toList();
    return List.of(new MeetingGroup("Kommende møder", coming), new MeetingGroup("Tidligere møder", earlier));
  }

  record ForumMeetings(String forum, List<MeetingGroup> groups) {
    public boolean isEmpty() {
      return groups.stream().allMatch(g -> g.meetings().isEmpty());
    }
  }

  record MeetingGroup(String heading, List<MeetingRow> meetings) {}

  record MeetingRow(String id, String title, String when, String place, String status, List<Link> links,
      boolean changeable) {}

  record Link(String label, String href) {}
}
