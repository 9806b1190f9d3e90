package dk.nordjylland.governance.browser;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.identity.TasklistFilters;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.mail.TaskLinks;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Tasklist and Cockpit in a real browser (headless Chromium), the way the users work: the
 * secretariat finds the call for items through a Danish filter, meets the form's validation, proposes
 * an item from "Start proces" and closes the call; the chair approves the agenda; a process owner
 * finds the meeting in Cockpit. The screenshots of docs/screenshots are taken on the way.
 *
 * <p>Issue 14: no Camunda 8 migration banner, no "Opret opgave", no priority; the task list line names the forum and
 * the meeting; a due date typed 08-01-2027 in the meeting form is 8 January 2027.
 */
@GovernanceTest
class TasklistBrowserTest {

  static final String SECRETARY = "karen.lund";
  static final String CHAIR = "mads.kjaer";
  static final String PROCESS_OWNER = "ida.winther";
  static final String ITEM_TITLE = "Godkendelse: Fælles retningslinje for udskrivning af ældre medicinske patienter";

  // Tasklist
  static final By FUELDFOER = By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space(.)='Fuldfør']");
  static final By CLAIM = By.cssSelector("button.claim");
  static final By SEARCH = By.cssSelector("[cam-widget-search] input.main-field");
  static final By SEARCH_VALUE = By.cssSelector("[cam-widget-search] input[ng-model='formData.editValue']");
  static final By CALL_CLOSED = By.cssSelector("input[type=checkbox][id$='field_callClosed']");
  static final By CALL_CLOSED_ERROR = By.cssSelector(".fjs-form-field-checkbox .fjs-form-field-error");
  static final By MODAL = By.cssSelector(".modal-dialog");
  /** The migration banner's text in Danish (da.json) and English (Cockpit). */
  static final List<String> MIGRATION_BANNER = List.of("migrere til Camunda 8", "migrate to Camunda 8");

  @LocalServerPort int port;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired Items items;
  @Autowired TestRestTemplate http;

  static Browser browser;
  String meetingId;
  LocalDate meetingDay;
  String cycleId;

  /** A failing step leaves its screen (PNG and HTML) in target/browser-failures. */
  @RegisterExtension
  static final AfterTestExecutionCallback KEEP_FAILED_SCREEN = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      browser.keepFailure(context.getRequiredTestMethod().getName());
    }
  };

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @BeforeEach
  void meetingInItsCallForItems() {
    // The engine's clock stands still at the start of the test (the browser shows times relative to the real clock).
    LocalDateTime now = LocalDateTime.now(Clock.ZONE).truncatedTo(ChronoUnit.MINUTES);
    Clock.set(now);
    meetingDay = now.toLocalDate().plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    meetingId = testMeetings.create("ffu", meetingDay.atTime(13, 0));
    assertThat(starter.start(meetingId)).contains(meetingId);
    cycleId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meetingId).singleResult().getId();
    browser = Browser.start("http://localhost:" + port);
  }

  @AfterEach
  void closeBrowser() {
    Clock.reset();
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void theSecretariatTheChairAndAProcessOwnerWorkOnAMeetingInTheBrowser() {
    String collectItems = openTask(COLLECT_ITEMS).getId();

    secretariatFindsTheCallForItemsThroughADanishFilter(collectItems);
    theFormSaysWhatIsMissing(collectItems);
    secretariatProposesAnItemFromStartProces();
    secretariatClosesTheCall(collectItems);
    screenThePipeline();
    chairApprovesTheAgenda();
    secretariatRecordsAnActionDueOnADateTypedTheDanishWay();
    processOwnerFindsTheMeetingInCockpit();
  }

  void secretariatFindsTheCallForItemsThroughADanishFilter(String taskId) {
    browser.openLoginPage("tasklist");
    assertThat(browser.visible(Browser.LOGIN_BUTTON).getText()).isEqualTo("Log ind");
    assertThat(browser.visible(Browser.LOGIN_USER).getAttribute("placeholder")).isEqualTo("Brugernavn");
    browser.screenshot("tasklist-login");

    browser.logIn("tasklist", SECRETARY);
    By groupTasks = filter(TasklistFilters.MY_GROUP_TASKS);
    browser.visible(groupTasks);
    assertThat(browser.driver.findElements(By.cssSelector(".task-filter h4.name a")))
        .extracting(e -> e.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").trim())
        .containsExactly(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS, TasklistFilters.OVERDUE,
            TasklistFilters.FOLLOW_UP);
    browser.click(groupTasks);
    searchTasksByBusinessKey(meetingId);
    By task = taskInList(taskId);
    // The line names the forum and the meeting: a secretary of three forums tells their calls apart.
    assertThat(browser.visible(task).getText())
        .isEqualTo("Indsaml dagsordenspunkter – FFU " + DanishDates.numeric(meetingDay));
    assertNoCamundaClutter();
    browser.screenshot("tasklist-filters");

    browser.click(task);
    browser.click(CLAIM);
    browser.gone(CLAIM);
    WebElement heading = browser.visible(By.cssSelector(".fjs-form-field-text h3"));
    assertThat(heading.getText()).startsWith("Fælles Forretningsudvalg");
    browser.visible(CALL_CLOSED);
    browser.screenshot("collect-items-form");
  }

  /** Fuldfør without the required checkbox: form-js marks the field, nothing reaches the engine. */
  void theFormSaysWhatIsMissing(String taskId) {
    browser.click(FUELDFOER);
    WebElement error = browser.visible(CALL_CLOSED_ERROR);
    // form-js' own "Field is required.", put in Danish by scripts/governance-forms.js
    browser.until(d -> error.getText().equals("Feltet skal udfyldes."));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    browser.screenshot("collect-items-validation");
    browser.closeNotifications();
  }

  void secretariatProposesAnItemFromStartProces() {
    browser.click(By.xpath("//a[normalize-space(.)='Start proces']"));
    browser.click(By.xpath("//div[contains(@class,'modal-dialog')]//a[normalize-space(.)='Foreslå dagsordenspunkt']"));
    browser.visible(modalField("title"));
    browser.select(By.cssSelector(".modal-dialog .fjs-form-field-select .fjs-input-group"),
        "Fælles Forretningsudvalg (FFU)");
    browser.type(modalField("meetingId"), meetingId);
    browser.type(modalField("title"), ITEM_TITLE);
    browser.type(modalField("caseNumber"), "1-22-72-1234-26");
    browser.type(By.cssSelector(".modal-dialog textarea[id$='field_summary']"),
        "Netværksgruppen for ældre medicinske patienter har udarbejdet en fælles retningslinje for udskrivning.");
    browser.type(By.cssSelector(".modal-dialog textarea[id$='field_recommendations']"), "Godkender retningslinjen.");
    browser.scrollToTop(".modal");
    browser.screenshot("propose-item-form");

    browser.click(By.xpath("//div[contains(@class,'modal-dialog')]//button[normalize-space(.)='Start']"));
    browser.gone(MODAL);
    Item proposed = browser.until(d -> items.pipeline(meetingId).stream()
        .filter(i -> i.title().equals(ITEM_TITLE)).findFirst().orElse(null));
    assertThat(proposed.proposedBy()).isEqualTo(SECRETARY);
    assertThat(proposed.caseNumber()).isEqualTo("1-22-72-1234-26");
  }

  void secretariatClosesTheCall(String taskId) {
    browser.click(CALL_CLOSED);
    browser.gone(CALL_CLOSED_ERROR);
    browser.closeNotifications();
    browser.click(FUELDFOER);
    browser.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    assertThat(runtimeService.getVariable(cycleId, "callClosed")).isEqualTo(true);
    assertThat(openTask(SCREEN_ITEMS)).isNotNull();
  }

  /**
   * The secretariat screens the pipeline in the Tasklist: one slot per item, every item prefilled
   * "Optag på dagsordenen" in pipeline order (the form has no dynamic list, which the 7.24 Tasklist
   * cannot submit).
   */
  void screenThePipeline() {
    String screening = openTask(SCREEN_ITEMS).getId();
    browser.openLoginPage("tasklist");
    browser.logIn("tasklist", SECRETARY);
    browser.click(filter(TasklistFilters.MY_GROUP_TASKS));
    searchTasksByBusinessKey(meetingId);
    browser.click(taskInList(screening));
    browser.click(CLAIM);
    browser.gone(CLAIM);
    browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-text')]//strong[normalize-space(.)='"
        + ITEM_TITLE + "']"));
    browser.screenshot("screen-items");
    browser.click(FUELDFOER);
    browser.until(d -> taskService.createTaskQuery().taskId(screening).count() == 0);
    assertThat(items.agenda(meetingId)).extracting(e -> items.find(e.itemId()).orElseThrow().title())
        .contains(ITEM_TITLE, "Mødedeltagere");
  }

  void chairApprovesTheAgenda() {
    String approveAgenda = openTask(APPROVE_AGENDA).getId();
    browser.openLoginPage("tasklist");
    browser.logIn("tasklist", CHAIR);
    browser.click(filter(TasklistFilters.MY_GROUP_TASKS));
    searchTasksByBusinessKey(meetingId);
    browser.click(taskInList(approveAgenda));
    browser.click(CLAIM);
    browser.gone(CLAIM);
    // The screened agenda, with the item the secretariat proposed.
    assertThat(browser.visible(By.cssSelector(".fjs-form-field-text ol")).getText()).contains(ITEM_TITLE);
    browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label') and normalize-space(.)='Ja, godkend og udsend']"));
    assertThat(browser.driver.findElement(By.cssSelector(".fjs-form-field-radio input[type=radio]")).isSelected())
        .isTrue();
    browser.screenshot("approve-agenda");

    browser.click(FUELDFOER);
    browser.until(d -> runtimeService.getActiveActivityIds(cycleId).contains(AGENDA_PUBLICATION));
    assertThat(runtimeService.getVariable(cycleId, "agendaApproved")).isEqualTo(true);

    // A link to our API (as from a task or a mail) opens with the Tasklist login, no second password (ADR 0029).
    String agendaLink = "/api/meetings/" + meetingId + "/agenda";
    browser.open(agendaLink);
    By page = By.tagName("body");
    browser.until(d -> d.findElement(page).getText().contains("\"meetingId\":\"" + meetingId + "\""));
    assertThat(browser.driver.findElement(page).getText()).doesNotContain("Log ind i Opgavelisten");
    // Without the login: a Danish page pointing to the Tasklist, not the browser's password dialog.
    browser.driver.manage().deleteAllCookies();
    browser.open(agendaLink);
    browser.until(d -> d.findElement(page).getText().contains("Log ind i Opgavelisten først"));
    browser.screenshot("api-login-first");
  }

  /**
   * The agenda goes out and the meeting begins (the engine runs the cycle's timers). The secretariat records the
   * meeting: every item taken to notice and one action on the new item, due 08-01-2027 typed as Danes write it. The
   * US date field of form-js stored this as 1 August 2027.
   */
  void secretariatRecordsAnActionDueOnADateTypedTheDanishWay() {
    runTimer(AGENDA_PUBLICATION);
    runTimer(MEETING_START);
    // Recorded on a day before the due date, whenever the test runs.
    if (LocalDateTime.now(Clock.ZONE).isAfter(LocalDateTime.of(2027, 1, 7, 9, 0))) {
      Clock.set(LocalDateTime.of(2027, 1, 7, 9, 0));
    }
    String record = openTask(RECORD_MEETING).getId();
    // The link a mail about the task carries opens it, after the login.
    browser.openAsNobody(TaskLinks.task("http://localhost:" + port, record));
    browser.logIn("tasklist", SECRETARY);
    assertThat(browser.visible(By.cssSelector(".names h2.task")).getText())
        .isEqualTo("Registrér fremmøde og beslutninger – FFU " + DanishDates.numeric(meetingDay));
    browser.click(CLAIM);
    browser.gone(CLAIM);
    int itemCount = items.agenda(meetingId).size();
    for (int i = 1; i <= itemCount; i++) {
      browser.select(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//*[contains(@id,'field_item" + i
          + "Outcome')]]//div[contains(@class,'fjs-input-group')]"), "Taget til efterretning");
    }
    int position = items.agenda(meetingId).stream()
        .filter(e -> items.find(e.itemId()).orElseThrow().title().equals(ITEM_TITLE)).findFirst().orElseThrow()
        .position();
    browser.type(formField("input", "action1Item"), String.valueOf(position));
    browser.type(formField("textarea", "action1Description"),
        "Sekretariatet sender retningslinjen til kommunerne og hospitalerne.");
    browser.type(formField("input", "action1Owner"), "ffu-secretariat");
    // A date the way a US form wants it is stopped on the field, in Danish.
    browser.type(formField("input", "action1DueDate"), "1/8/2027" + Keys.TAB);
    By dueDateError = By.xpath("//div[contains(@class,'fjs-form-field')][.//input[contains(@id,'field_action1DueDate')]]"
        + "//div[contains(@class,'fjs-form-field-error')]");
    browser.until(d -> browser.visible(dueDateError).getText().equals("Skriv datoen som dd-mm-åååå, fx 08-01-2027."));
    browser.retype(formField("input", "action1DueDate"), "08-01-2027" + Keys.TAB);
    browser.gone(dueDateError);
    WebElement dueDate = browser.visible(formField("input", "action1DueDate"));
    browser.scrollIntoView(dueDate);
    assertThat(browser.driver.findElement(By.xpath("//label[@for=" + quoted(dueDate.getAttribute("id")) + "]"))
        .getText()).isEqualTo("Frist (dd-mm-åååå)");
    browser.screenshot("record-meeting-due-date");

    browser.click(FUELDFOER);
    browser.until(d -> taskService.createTaskQuery().taskId(record).count() == 0);
    assertThat(items.decidedActions(meetingId)).singleElement()
        .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 1, 8)));
    assertThat(openTask(DRAFT_MINUTES)).isNotNull();
  }

  void runTimer(String activityId) {
    String job = browser.until(d -> managementService.createJobQuery().processInstanceId(cycleId)
        .activityId(activityId).singleResult()).getId();
    managementService.executeJob(job);
  }

  /** No Camunda 8 migration banner, no "Opret opgave", no priority on the task lines. */
  void assertNoCamundaClutter() {
    String page = browser.driver.findElement(By.tagName("body")).getText();
    assertThat(page).doesNotContain(MIGRATION_BANNER).doesNotContain("Opret opgave");
    assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(browser.driver.findElements(By.cssSelector("li.task .priority"))).noneMatch(WebElement::isDisplayed);
  }

  void processOwnerFindsTheMeetingInCockpit() {
    browser.openLoginPage("cockpit");
    browser.logIn("cockpit", PROCESS_OWNER);
    browser.click(By.xpath("//a[normalize-space(.)='Processes']"));
    By meetingCycle = By.xpath("//table//a[normalize-space(.)='Mødecyklus']");
    browser.visible(meetingCycle);
    assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(MIGRATION_BANNER);
    browser.screenshot("cockpit-processes");

    browser.click(meetingCycle);
    browser.visible(By.cssSelector(".djs-container svg"));
    browser.click(SEARCH);
    browser.click(By.xpath("//*[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]//li[normalize-space(.)='Business Key']//a"));
    enterSearchValue(meetingId);
    WebElement instance = browser.visible(By.xpath("//table//tr[td[normalize-space(.)='" + meetingId + "']]"));
    assertThat(instance.getText()).contains(cycleId);
    assertThat(browser.driver.findElements(By.xpath("//table//tr[td]"))).hasSize(1);
    browser.screenshot("cockpit-meeting-cycle");
  }

  /** Adds the search "Procesinstansens forretningsnøgle ligner ..." to the task list. */
  void searchTasksByBusinessKey(String businessKey) {
    browser.click(SEARCH);
    browser.click(By.xpath("//*[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]"
        + "//li[normalize-space(.)='Procesinstansens forretningsnøgle']//a"));
    enterSearchValue(businessKey);
  }

  /**
   * Types the value of the search just added. Its field usually opens by itself; when the widget closes it
   * again (a race inside Camunda's search widget), a click on the "??" opens it.
   */
  void enterSearchValue(String value) {
    By valueToEdit = By.cssSelector("[cam-widget-search] .search-label.invalid .value-field .view-value");
    browser.until(d -> {
      try {
        for (WebElement editor : d.findElements(SEARCH_VALUE)) {
          if (editor.isDisplayed()) {
            editor.sendKeys(value + Keys.ENTER);
            return true;
          }
        }
        for (WebElement closed : d.findElements(valueToEdit)) {
          if (closed.isDisplayed()) {
            closed.click();
          }
        }
      } catch (WebDriverException e) {
        // re-rendered by Angular meanwhile: look again
      }
      return false;
    });
    browser.gone(By.cssSelector("[cam-widget-search] .search-label.invalid"));
  }

  Task openTask(String taskKey) {
    return taskService.createTaskQuery().processInstanceId(cycleId).taskDefinitionKey(taskKey).singleResult();
  }

  static By filter(String name) {
    return By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text())='" + name + "']");
  }

  static By taskInList(String taskId) {
    return By.cssSelector("li.task h4.task a[href*='task=" + taskId + "']");
  }

  static By formField(String element, String key) {
    return By.cssSelector(element + "[id$='field_" + key + "']");
  }

  static String quoted(String text) {
    return "'" + text + "'";
  }

  static By modalField(String key) {
    return By.cssSelector(".modal-dialog input[id$='field_" + key + "']");
  }
}
