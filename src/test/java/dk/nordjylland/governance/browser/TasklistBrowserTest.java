package dk.nordjylland.governance.browser;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COMMENT_DEADLINE;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COMPLETED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.identity.TasklistFilters;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14, "Tests": a whole FFU meeting walked in real browsers (Debian's headless Chromium, Danish, Copenhagen), as
 * the people do it, from the call for items to the follow-up, with the engine clock moved by the test. Every task
 * that has a screen (ADR 0033) is found in the Tasklist by its line, claimed, opened with "Åbn opgaven", checked with
 * axe-core (0 serious or critical violations), photographed for docs/ and done on the screen.
 *
 * <p>Every step a person takes is on a screen; only the other members' proposals come in on our API (a proposal on the
 * screen is walked once). Outside the meeting: a consultation reply and an agreement draft uploaded by the working group.
 *
 * <p>One test, one meeting, one browser per person (each logs in once): the browser tests run in the full suite.
 */
@GovernanceTest
class TasklistBrowserTest {

  static final String SECRETARY = "karen.lund";
  /** Koordineringsgruppen's secretariat: the agreements' default working group. */
  static final String WORKING_GROUP = "nanna.kirk";
  static final String CHAIR = "mads.kjaer";
  static final String MEMBER = "lone.berg";
  /** The action's owner, a member of FFU (PLO-Nordjylland). */
  static final String ACTION_OWNER = "jens.bach";
  static final String PROCESS_OWNER = "ida.winther";

  /** The engine's calendar of the walk: a Monday in the call for items, the meeting a Thursday four weeks on. */
  static final LocalDateTime CALL_OPEN = LocalDateTime.of(2026, 11, 16, 9, 0);
  static final LocalDateTime MEETING = LocalDateTime.of(2026, 12, 17, 13, 0);
  static final String TASK_SUFFIX = " – FFU " + DanishDates.numeric(MEETING.toLocalDate());

  static final String ITEM_TITLE = "Godkendelse: Fælles retningslinje for udskrivning af ældre medicinske patienter";
  static final String ITEM_SUMMARY =
      "Netværksgruppen for ældre medicinske patienter har udarbejdet en fælles retningslinje for udskrivning.";
  static final String ATTACHMENT = "Retningslinje for udskrivning";
  static final String LATER_ATTACHMENT = "Høringssvar fra kommunerne";
  static final String LATE_TITLE = "Orientering: Vintervaccination af borgere over 65 år";
  static final String ACTION = "PLO-Nordjylland sender retningslinjen til de praktiserende læger.";
  /** The due date as Danes type it; form-js stored it as 1 August 2027 (issue 14). */
  static final String DUE_TYPED = "08-01-2027";
  static final String COMMENT = "Punkt 2: skriv, at retningslinjen gælder fra 1. februar.";
  static final String SEND_BACK_REMARK = "Beslutningen om retningslinjen skal nævne ikrafttrædelsen.";
  /** The Camunda 8 migration banner's text in Danish (da.json) and English (Cockpit). */
  static final List<String> MIGRATION_BANNER = List.of("migrere til Camunda 8", "migrate to Camunda 8");

  @LocalServerPort int port;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired MeetingSchedule schedule;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired Items items;
  @Autowired FollowUps followUps;
  @Autowired Consultations consultations;
  @Autowired Outbox outbox;
  @Autowired NotificationOutbox notifications;
  @Autowired GreenMail greenMail;
  @Autowired ApiClient api;

  final ObjectMapper json = new ObjectMapper();
  /** One browser per person, logged in once. */
  static final Map<String, Tasklist> PEOPLE = new LinkedHashMap<>();
  /** The browser a failing step was in. */
  static Browser current;
  String meetingId;
  String cycleId;

  /** A failing step leaves its screen (PNG and HTML) in target/browser-failures. */
  @RegisterExtension
  static final AfterTestExecutionCallback KEEP_FAILED_SCREEN = context -> {
    if (context.getExecutionException().isPresent() && current != null) {
      current.keepFailure(context.getRequiredTestMethod().getName());
    }
  };

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @BeforeEach
  void meetingInItsCallForItems() {
    Clock.set(CALL_OPEN);
    meetingId = testMeetings.create("ffu", MEETING);
    assertThat(starter.start(meetingId)).contains(meetingId);
    cycleId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meetingId).singleResult().getId();
  }

  @AfterEach
  void closeBrowsers() {
    Clock.reset();
    PEOPLE.values().forEach(Tasklist::close);
    PEOPLE.clear();
    current = null;
  }

  @Test
  void anFfuMeetingFromTheCallForItemsToTheFollowUp() throws Exception {
    secretariatFindsTheCallForItemsInTheTasklist();
    secretariatRegistersItemsOneLateAndClosesTheCall();
    chairScreensThePipeline();
    chairApprovesTheAgendaSeeingIt();
    memberOpensTheAgendaPdfFromTheMail();
    secretariatRecordsTheMeeting();
    minutesGoRoundCommentedSentBackCorrectedAndApproved();
    theFollowUpActionReachesItsOwner();
    aMemberRepliesToAConsultation();
    theWorkingGroupUploadsAnAgreementDraft();
    processOwnerFindsTheMeetingInCockpit();
  }

  // ------------------------------------------------------------------------------------------------ the steps

  void secretariatFindsTheCallForItemsInTheTasklist() {
    Tasklist secretary = Tasklist.logIn(base(), SECRETARY, loginPage -> {
      current = loginPage;
      assertThat(loginPage.visible(Browser.LOGIN_BUTTON).getText()).isEqualTo("Log ind");
      assertThat(loginPage.visible(Browser.LOGIN_USER).getAttribute("placeholder")).isEqualTo("Brugernavn");
      loginPage.screenshot("tasklist-login");
    });
    PEOPLE.put(SECRETARY, secretary);
    assertThat(secretary.browser.driver.findElements(By.cssSelector(".task-filter h4.name a")))
        .extracting(e -> e.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").trim())
        .containsExactly(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS, TasklistFilters.OVERDUE,
            TasklistFilters.FOLLOW_UP);
    secretary.showFilter(TasklistFilters.MY_GROUP_TASKS, meetingId);
    // The line names the forum and the meeting: a secretary of three forums tells their calls apart.
    secretary.browser.until(d -> secretary.lines().equals(List.of("Indsaml dagsordenspunkter" + TASK_SUFFIX)));
    assertNoCamundaClutter(secretary.browser);
    secretary.browser.screenshot("tasklist-filters");
  }

  /**
   * The secretariat proposes an item on the proposal screen (Start proces → Foreslå dagsordenspunkt), the meeting
   * chosen by name, and uploads its PDF on the receipt; one attachment is announced ("eftersendes"). More items come in
   * before the deadline; one arrives by mail after it and is registered, marked late; the call is closed.
   */
  void secretariatRegistersItemsOneLateAndClosesTheCall() {
    Tasklist secretary = person(SECRETARY);
    secretary.home();
    secretary.browser.click(By.xpath("//a[normalize-space(.)='Start proces']"));
    secretary.browser.click(By.xpath("//div[contains(@class,'modal-dialog')]//a[normalize-space(.)="
        + "'Foreslå dagsordenspunkt']"));
    Screen propose = secretary.openScreen();
    assertThat(propose.heading()).isEqualTo("Foreslå dagsordenspunkt");
    propose.selectStartingWith("forumId", "Fælles Forretningsudvalg");
    // The meeting by its name; the test meeting shares its day with the calendar's, so the option is picked by value.
    new Select(secretary.browser.driver.findElement(By.id("meeting"))).selectByValue(meetingId);
    propose.type("Titel", ITEM_TITLE);
    propose.type("Resumé", ITEM_SUMMARY);
    propose.type("Indstilling", "Godkender retningslinjen.");
    propose.type("Bilagenes titler", ATTACHMENT + "\n" + LATER_ATTACHMENT + " (eftersendes)");
    propose.assertAccessible("propose-item");
    propose.screenshot("propose-item-form");
    assertThat(propose.submit("Foreslå punktet")).isEqualTo(ITEM_TITLE);
    propose.chooseStartingWith("filen til bilag 1: " + ATTACHMENT);
    secretary.browser.driver.findElement(By.cssSelector("section.attachment-upload input[type=file]"))
        .sendKeys(pdfFile().toString());
    propose.assertAccessible("propose-item-done");
    propose.screenshot("propose-item-done");
    secretary.browser.click(By.xpath("//button[normalize-space(.)='Upload bilag']"));
    secretary.browser.visible(By.xpath("//p[contains(@class,'done') and normalize-space(.)='Bilaget er gemt.']"));
    assertThat(fetchPdf(secretary.browser, secretary.browser.visible(By.partialLinkText("Bilag 1: " + ATTACHMENT))
        .getAttribute("href"))).isEqualTo(200);

    // Members' proposals before the deadline (on the proposal screen as above; here on our API to keep the walk short).
    propose("Orientering: Status på sundhedsklynger", "Klyngerne har afholdt deres første møder.");
    propose("Drøftelse: Fælles indsats for mental sundhed", "Oplæg til drøftelse af fælles indsats.");
    propose("Beslutning: Ny arbejdsgruppe for telemedicin", "Forslag om at nedsætte en arbejdsgruppe.");

    // After the item deadline a proposal arrives by mail: the secretariat registers it on the call's screen.
    Clock.set(Clock.of(schedule.itemDeadline(meetingId)).plusHours(3));
    Screen call = secretary.work(TasklistFilters.MY_GROUP_TASKS, meetingId, "Indsaml dagsordenspunkter" + TASK_SUFFIX);
    call.assertAccessible("collect-items");
    call.screenshot("collect-items");
    call.type("Titel", LATE_TITLE);
    call.type("Resumé", "Kommunerne og regionen tilbyder vaccination i samarbejde.");
    call.type("Indstilling", "Tager orienteringen til efterretning.");
    secretary.browser.click(Screen.button("Registrér punktet"));
    secretary.browser.until(d -> items.pipeline(meetingId).stream().anyMatch(i -> i.title().equals(LATE_TITLE)));
    assertThat(items.pipeline(meetingId).stream().filter(i -> i.title().equals(LATE_TITLE)).findFirst().orElseThrow()
        .late()).as("registered after the deadline: marked late").isTrue();
    secretary.browser.visible(By.xpath("//main[contains(., " + Browser.xpathLiteral(LATE_TITLE) + ")]"));
    call.choose("Indkaldelsen er lukket, og alle indkomne punkter er registreret");
    assertThat(call.submit("Luk indkaldelsen")).isEqualTo("Indsaml dagsordenspunkter" + TASK_SUFFIX);
    assertThat(runtimeService.getVariable(cycleId, CALL_CLOSED.getName())).isEqualTo(true);
  }

  /** The chair screens the pipeline on its screen, seeing each item's content: every item goes on the agenda. */
  void chairScreensThePipeline() {
    Tasklist chair = person(CHAIR);
    Screen screen = chair.work(TasklistFilters.MY_GROUP_TASKS, meetingId, "Screen og prioritér punkter" + TASK_SUFFIX);
    assertThat(screen.text()).contains(ITEM_TITLE, ITEM_SUMMARY, LATE_TITLE);
    screen.assertAccessible("screen-items");
    screen.screenshot("screen-items");
    for (WebElement row : chair.browser.driver.findElements(By.cssSelector("main fieldset[id^=decision]"))) {
      WebElement accept = row.findElement(By.xpath(".//label[starts-with(normalize-space(.), 'Optag')]//input"));
      chair.browser.scrollIntoView(accept);
      if (!accept.isSelected()) {
        accept.click();
      }
    }
    assertThat(screen.submit("Gem screeningen")).isEqualTo("Screen og prioritér punkter" + TASK_SUFFIX);
    assertThat(agendaTitles()).contains(ITEM_TITLE, LATE_TITLE).hasSizeGreaterThanOrEqualTo(10);
  }

  /**
   * The chair finds "Godkend dagsorden – FFU 17.12.2026" in the group's list, claims it and opens its screen: the agenda
   * as the members will get it, with the PDF. Without a decision the screen says what is missing on the field;
   * then the chair approves and is back at the list.
   */
  void chairApprovesTheAgendaSeeingIt() {
    Tasklist chair = person(CHAIR);
    chair.home();
    chair.showFilter(TasklistFilters.MY_GROUP_TASKS, meetingId);
    chair.openFromList("Godkend dagsorden" + TASK_SUFFIX);
    chair.claim();
    chair.browser.visible(Tasklist.OPEN_SCREEN);
    chair.browser.screenshot("tasklist-task");
    Screen screen = chair.openScreen();
    assertThat(screen.heading()).isEqualTo("Godkend dagsorden" + TASK_SUFFIX);
    // What the chair decides on: each item's content in the preview, the PDF one click away.
    String preview = chair.browser.visible(By.cssSelector("iframe.preview")).getAttribute("srcdoc");
    assertThat(preview).contains(ITEM_TITLE, ITEM_SUMMARY, LATE_TITLE);
    assertThat(fetchPdf(chair.browser, chair.browser.visible(By.partialLinkText("Åbn dagsordenen som PDF"))
        .getAttribute("href"))).isEqualTo(200);
    screen.assertAccessible("approve-agenda");
    screen.screenshot("approve-agenda");

    // The announced attachment's file arrives: the chair uploads it on the screen; it is listed and opens.
    long itemId = itemId(ITEM_TITLE);
    chair.browser.unfold(By.xpath("//details[summary[normalize-space(.)='Upload eftersendt bilag til punkt "
        + position(ITEM_TITLE) + "']]/summary"));
    screen.chooseStartingWith("filen til bilag 2: " + LATER_ATTACHMENT);
    chair.browser.driver.findElement(By.id("bilag-fil-" + itemId)).sendKeys(pdfFile().toString());
    screen.assertAccessible("approve-agenda, upload open");
    screen.screenshotFrom("attachment-upload", By.cssSelector("section.attachment-upload"));
    chair.browser.click(By.xpath("//button[normalize-space(.)='Upload bilag']"));
    chair.browser.visible(By.xpath("//p[contains(@class,'done') and normalize-space(.)='Bilaget er gemt.']"));
    WebElement file = chair.browser.visible(By.partialLinkText("Bilag 2: " + LATER_ATTACHMENT));
    assertThat(fetchPdf(chair.browser, file.getAttribute("href"))).isEqualTo(200);
    screen.screenshotFrom("approve-agenda-decision", By.cssSelector("main form"));
    // Where the whole meeting stands, folded out.
    chair.browser.unfold(By.cssSelector("details.meeting-state summary"));
    chair.browser.visible(By.cssSelector("details.meeting-state table"));
    screen.assertAccessible("approve-agenda, the meeting's state open");
    screen.screenshotFrom("meeting-state", By.cssSelector("details.meeting-state"));

    List<String> refused = screen.submitRefused();
    assertThat(refused).containsExactly("Vælg en værdi i \"Din beslutning\".");
    assertThat(screen.fieldError("decision")).isEqualTo("Vælg en værdi i \"Din beslutning\".");
    assertThat(openTask(APPROVE_AGENDA)).as("refused: the task stays open").isNotNull();
    screen.assertAccessible("approve-agenda, refused");
    screen.screenshot("approve-agenda-refused");

    screen.choose("Godkend dagsordenen, så den udsendes");
    assertThat(screen.submit()).isEqualTo("Godkend dagsorden" + TASK_SUFFIX);
    assertThat(runtimeService.getVariable(cycleId, AGENDA_APPROVED.getName())).isEqualTo(true);
    screen.assertAccessible("the receipt");
    screen.screenshot("task-done");
    chair.browser.click(By.linkText("Til opgavelisten"));
    chair.browser.visible(Tasklist.filter(TasklistFilters.MY_TASKS));
    assertThat(chair.browser.driver.getCurrentUrl()).startsWith(base() + "/camunda/app/tasklist/");
  }

  /** The agenda goes out on its day; the link in a member's mail opens the PDF with the Tasklist login, no password. */
  void memberOpensTheAgendaPdfFromTheMail() throws Exception {
    runTimer(AGENDA_PUBLICATION);
    Notification agendaMail = notifications.ofMeeting(meetingId).stream().filter(n -> n.kind() == NotificationKind.AGENDA)
        .findFirst().orElseThrow();
    managementService.executeJob(managementService.createJobQuery()
        .processInstanceId(outbox.delivery(agendaMail.id()).orElseThrow().deliveryProcessInstanceId()).singleResult()
        .getId());
    MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> headerIs(m, String.valueOf(agendaMail.id())) && sentTo(m, MEMBER + "@example.dk")).findFirst()
        .orElseThrow();
    // The mail links the portal's PDF of the version mailed (ADR 0062): one login, no second password.
    Matcher link = Pattern.compile("https?://[^\"\\s<>]*(/moeder/" + Pattern.quote(meetingId)
        + "/dagsorden\\.pdf\\?version=\\d+)").matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
    assertThat(link.find()).as("the agenda link in the member's mail").isTrue();

    Tasklist member = person(MEMBER);
    assertThat(fetchPdf(member.browser, base() + link.group(1))).isEqualTo(200);
  }

  /**
   * The meeting is held; the secretariat records attendance by name and a decision on every item (10 or more), with
   * one action for a member chosen by name, due 08-01-2027 as Danes type it: stored as 8 January 2027. A US date
   * (1/8/2027) is refused on its field first.
   */
  void secretariatRecordsTheMeeting() {
    runTimer(MEETING_START);
    Clock.set(MEETING.plusHours(3));
    Tasklist secretary = person(SECRETARY);
    Screen screen = secretary.work(TasklistFilters.MY_GROUP_TASKS, meetingId,
        "Registrér fremmøde og beslutninger" + TASK_SUFFIX);
    screen.assertAccessible("record-meeting");
    screen.screenshot("record-meeting");

    // Attendance by name (ADR 0043): Anna Holm sent apologies; a guest of the whole meeting, with a note.
    secretary.browser.driver.findElement(By.cssSelector("input[name='attendance-anna.holm'][value='ABSENT']")).click();
    secretary.browser.driver.findElement(By.id("g1-name")).sendKeys("Kirsten Dahl, Aalborg Kommune");
    secretary.browser.driver.findElement(By.id("g1-note")).sendKeys("den første time");
    List<WebElement> rows = secretary.browser.driver.findElements(By.cssSelector("fieldset.decision"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
    for (WebElement row : rows) {
      boolean ours = row.findElement(By.tagName("legend")).getText().endsWith(ITEM_TITLE);
      new Select(row.findElement(By.cssSelector("select.outcome")))
          .selectByVisibleText(ours ? "Godkendt" : "Taget til efterretning");
    }
    screen.selectStartingWith("a1-item", position(ITEM_TITLE) + ". ");
    screen.selectStartingWith("a1-owner", "Jens Bach");
    screen.type("Beskrivelse", ACTION);
    screen.type("Frist (dd-mm-åååå)", "1/8/2027");
    screen.submitRefused();
    assertThat(screen.fieldError("a1-dueDate")).contains("dd-mm-åååå");
    assertThat(openTask(RECORD_MEETING)).as("refused: the task stays open").isNotNull();
    screen.type("Frist (dd-mm-åååå)", DUE_TYPED);
    screen.assertAccessible("record-meeting, refused");
    screen.screenshotFrom("record-meeting-due-date", By.id("a1"));

    assertThat(screen.submit()).isEqualTo("Registrér fremmøde og beslutninger" + TASK_SUFFIX);
    assertThat(items.decidedActions(meetingId)).singleElement()
        .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 1, 8)));
  }

  /**
   * The secretariat drafts the minutes for comments; a member comments; the chair sees the comment and sends the
   * minutes back with a remark; the secretariat sees it, corrects a decision and sends them again; the chair approves.
   */
  void minutesGoRoundCommentedSentBackCorrectedAndApproved() {
    Clock.set(MEETING.plusDays(1).withHour(10));
    Tasklist secretary = person(SECRETARY);
    Screen draft = secretary.work(TasklistFilters.MY_GROUP_TASKS, meetingId, "Udarbejd referat" + TASK_SUFFIX);
    draft.assertAccessible("draft-minutes");
    draft.screenshot("draft-minutes");
    draft.type("Indledning til referatet", "Mødet blev holdt som planlagt.");
    draft.choose("Send referatudkastet til kommentering hos medlemmerne før formandens godkendelse");
    draft.submit("Send referatet videre");

    Tasklist member = person(MEMBER);
    Screen comment = member.work(TasklistFilters.MY_TASKS, meetingId, "Kommentér referatudkast" + TASK_SUFFIX);
    comment.assertAccessible("comment-minutes");
    comment.screenshot("comment-minutes");
    comment.type("Mine bemærkninger til referatet", COMMENT);
    comment.submit("Send mine bemærkninger");
    runTimer(COMMENT_DEADLINE);

    Tasklist chair = person(CHAIR);
    Screen approve = chair.work(TasklistFilters.MY_GROUP_TASKS, meetingId, "Godkend referat" + TASK_SUFFIX);
    assertThat(approve.text()).contains("Lone Berg", COMMENT);
    approve.assertAccessible("approve-minutes");
    approve.screenshot("approve-minutes");
    approve.choose("Send det tilbage til sekretariatet");
    approve.type("Bemærkninger til sekretariatet", SEND_BACK_REMARK);
    approve.submit();

    Screen redraft = secretary.work(TasklistFilters.MY_GROUP_TASKS, meetingId, "Udarbejd referat" + TASK_SUFFIX);
    assertThat(secretary.browser.visible(By.cssSelector("main .note")).getText()).contains(SEND_BACK_REMARK);
    redraft.screenshot("draft-minutes-sent-back");
    long itemId = itemId(ITEM_TITLE);
    String decision = "#beslutning-" + itemId;
    secretary.browser.unfold(By.cssSelector(decision + " details summary"));
    new Select(secretary.browser.visible(By.id("outcome-" + itemId))).selectByVisibleText("Godkendt med bemærkninger");
    WebElement text = secretary.browser.visible(By.id("decisionText-" + itemId));
    text.clear();
    text.sendKeys("Retningslinjen gælder fra 1. februar 2027.");
    secretary.browser.click(By.xpath("//div[@id='beslutning-" + itemId + "']//button[normalize-space(.)='Gem rettelsen']"));
    secretary.browser.visible(By.cssSelector(decision + " p.done"));
    assertThat(items.agenda(meetingId).stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow().outcome())
        .isEqualTo(Outcome.APPROVED_WITH_REMARKS);
    redraft.assertAccessible("draft-minutes, sent back and corrected");
    redraft.screenshotFrom("draft-minutes-corrected", By.cssSelector(decision));
    redraft.submit("Send referatet videre");

    Screen approveAgain = chair.work(TasklistFilters.MY_GROUP_TASKS, meetingId, "Godkend referat" + TASK_SUFFIX);
    approveAgain.choose("Godkend referatet, så det offentliggøres og opfølgningen går i gang");
    approveAgain.submit();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cycleId).activityId(COMPLETED)
        .finished().count()).as("the meeting cycle has ended").isEqualTo(1);
  }

  /**
   * The action decided at the meeting is a task of its owner's own, in "Mine opgaver": the owner sees the decision it
   * follows from and the Danish due date, and reports what was done.
   */
  void theFollowUpActionReachesItsOwner() {
    Action action = followUps.ofMeeting(meetingId).stream().filter(a -> a.description().equals(ACTION)).findFirst()
        .orElseThrow();
    Task task = taskService.createTaskQuery().processInstanceId(action.processInstanceId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo(ACTION_OWNER);

    Tasklist owner = person(ACTION_OWNER);
    owner.home();
    owner.showFilter(TasklistFilters.MY_TASKS, null);
    owner.openFromList(task.getName());
    Screen screen = owner.openScreen();
    assertThat(screen.heading()).isEqualTo(task.getName());
    assertThat(screen.text()).contains(ACTION, ITEM_TITLE, "fredag den 8. januar 2027");
    screen.assertAccessible("carry-out-action");
    screen.screenshot("carry-out-action");
    screen.type("Hvad er gjort?", "Retningslinjen er sendt til alle praktiserende læger i Nordjylland.");
    assertThat(screen.submit()).isEqualTo(task.getName());
    assertThat(followUps.ofMeeting(meetingId).stream().filter(a -> a.description().equals(ACTION)).findFirst()
        .orElseThrow().status()).isEqualTo(ActionStatus.DONE);
  }

  /**
   * Outside the meeting: the secretariat asks a question (our API), the member answers it on "Besvar høring", seeing the
   * question and the deadline.
   */
  void aMemberRepliesToAConsultation() {
    long id = api.body(api.post("/api/consultations", SECRETARY, Map.of("subject", "Erfaringer med udskrivningsforløb",
        "question", "Hvordan går udskrivningen af ældre medicinske patienter hos jer?", "ownerGroup", "ffu-secretariat",
        "respondents", List.of(MEMBER), "replyBy", "2027-01-15"))).path("consultation").path("id").asLong();
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("consultation-" + id).singleResult();
    Tasklist member = person(MEMBER);
    member.home();
    member.showFilter(TasklistFilters.MY_TASKS, null);
    member.openFromList(task.getName());
    member.claim();
    Screen screen = member.openScreen();
    assertThat(screen.text()).contains("Hvordan går udskrivningen af ældre medicinske patienter hos jer?",
        "fredag den 15. januar 2027");
    screen.assertAccessible("reply-consultation");
    screen.screenshot("reply-consultation");
    screen.type("Svar", "Udskrivningerne følger retningslinjen; vi mangler tal fra januar.");
    assertThat(screen.submit("Send svaret")).isEqualTo(task.getName());
    assertThat(consultations.replies(id)).singleElement()
        .satisfies(r -> assertThat(r.answer()).startsWith("Udskrivningerne følger retningslinjen"));
  }

  /**
   * An agreement step: the secretariat starts an agreement (our API), the default working group (Koordineringsgruppen's
   * secretariat) sees "Udarbejd aftaleudkast" and uploads its draft as a PDF on the screen (ADR 0041), not through an API.
   */
  void theWorkingGroupUploadsAnAgreementDraft() {
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("title", "Samarbejdsaftale om udskrivning af ældre medicinske patienter");
    start.put("withTermsOfReference", false);
    long id = api.body(api.post("/api/agreements", SECRETARY, start)).path("agreement").path("id").asLong();
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("agreement-" + id)
        .taskDefinitionKey("userTask_draftAgreement").singleResult();
    assertThat(task).isNotNull();
    Tasklist workingGroup = person(WORKING_GROUP);
    workingGroup.home();
    Screen screen = workingGroup.work(TasklistFilters.MY_GROUP_TASKS, "agreement-" + id, task.getName());
    assertThat(screen.text()).contains("Samarbejdsaftale om udskrivning af ældre medicinske patienter");
    screen.assertAccessible("agreement-version");
    screen.type("Titel på den nye version", "Første udkast");
    screen.upload("Fil med den nye version", pdfFile());
    screen.screenshot("agreement-version");
    assertThat(screen.submit("Registrér versionen og udfør opgaven")).isEqualTo(task.getName());
    assertThat(api.body(api.get("/api/agreements/" + id, SECRETARY)).toString()).contains("Første udkast");
  }

  /** A process owner finds the meeting cycle in Cockpit (in the member's browser, now logged in as the owner). */
  void processOwnerFindsTheMeetingInCockpit() {
    Browser browser = person(MEMBER).browser;
    browser.openLoginPage("cockpit");
    browser.logIn("cockpit", PROCESS_OWNER);
    // Cockpit speaks Danish to the process owner (ADR 0048).
    browser.click(By.xpath("//a[normalize-space(.)='Processer']"));
    By meetingCycle = By.xpath("//table//a[normalize-space(.)='Mødecyklus']");
    browser.visible(meetingCycle);
    assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(MIGRATION_BANNER);
    browser.screenshot("cockpit-processes");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  Tasklist person(String user) {
    Tasklist tasklist = PEOPLE.computeIfAbsent(user, u -> Tasklist.logIn(base(), u));
    current = tasklist.browser;
    return tasklist;
  }

  String base() {
    return "http://localhost:" + port;
  }

  long propose(String title, String summary) {
    return propose(Map.of("forumId", "ffu", "meetingId", meetingId, "title", title, "summary", summary,
        "recommendations", List.of("Tager orienteringen til efterretning.")));
  }

  long propose(Map<String, Object> proposal) {
    ResponseEntity<String> created = api.post("/api/items", SECRETARY, proposal);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    try {
      return json.readTree(created.getBody()).path("item").path("id").asLong();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  List<String> agendaTitles() {
    return items.agenda(meetingId).stream().map(this::title).toList();
  }

  int position(String title) {
    return items.agenda(meetingId).stream().filter(e -> title(e).equals(title)).findFirst().orElseThrow().position();
  }

  long itemId(String title) {
    return items.agenda(meetingId).stream().filter(e -> title(e).equals(title)).findFirst().orElseThrow().itemId();
  }

  String title(AgendaEntry entry) {
    return items.find(entry.itemId()).orElseThrow().title();
  }

  Task openTask(String taskKey) {
    return taskService.createTaskQuery().processInstanceId(cycleId).taskDefinitionKey(taskKey).singleResult();
  }

  void runTimer(String activityId) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(cycleId).activityId(activityId)
        .singleResult().getId());
  }

  /**
   * Fetches a link in the person's browser, with its login session and nothing else (no password): the status, and
   * that a 200 is a PDF.
   */
  static long fetchPdf(Browser browser, String url) {
    Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
          .then(function (r) { return r.arrayBuffer().then(function (b) {
            var head = String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)));
            done(r.status === 200 && head !== '%PDF' ? -1 : r.status); }); })
          .catch(function (e) { done(-2); });
        """, url);
    return ((Number) status).longValue();
  }

  /** A small real PDF, as a person has it on their disk. */
  static Path pdfFile() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      Path file = Path.of("target", "browser-upload", "retningslinje-udskrivning.pdf")
          .toAbsolutePath();
      Files.createDirectories(file.getParent());
      document.save(file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean headerIs(MimeMessage message, String notificationId) {
    try {
      String[] header = message.getHeader("X-Governance-Notification");
      return header != null && Arrays.asList(header).contains(notificationId);
    } catch (Exception e) {
      return false;
    }
  }

  static boolean sentTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
    } catch (Exception e) {
      return false;
    }
  }

  /** No Camunda 8 migration banner, no "Opret opgave", no priority on the task lines. */
  static void assertNoCamundaClutter(Browser browser) {
    String page = browser.driver.findElement(By.tagName("body")).getText();
    assertThat(page).doesNotContain(MIGRATION_BANNER).doesNotContain("Opret opgave");
    assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(browser.driver.findElements(By.cssSelector("li.task .priority"))).noneMatch(WebElement::isDisplayed);
  }
}
