package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.NotificationMails;
import dk.nordjylland.governance.support.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ADR 0062 in Danish Chromium: Lone Berg (FFU member) opens the meeting link of her agenda mail, sees the public
 * page, clicks "Log ind", logs in on the portal's own page (a wrong password first) and lands back on the meeting's
 * page with the members' content; the Tasklist is logged in too.
 */
@GovernanceTest
class PortalLoginBrowserTest {

  static final String MARKER = "LOGINBROWSERORD";

  @LocalServerPort int port;
  @Autowired ClosedItemCases closedCases;
  @Autowired NotificationOutbox notificationOutbox;
  @Autowired Outbox outbox;
  @Autowired ProcessEngine engine;
  @Autowired GreenMail greenMail;

  @BeforeAll
  static void browserIsInstalled() {
    Browser.requireInstalled();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aMemberFollowsTheMailsMeetingLinkLogsInOnThePortalAndComesBackToTheMeeting() throws Exception {
    ClosedCase meeting = closedCases.toMeeting(LocalDateTime.of(2208, 4, 6, 9, 0), MARKER);
    Notification agenda = notificationOutbox.ofMeeting(meeting.meetingId()).stream()
        .filter(n -> n.kind() == NotificationKind.AGENDA).findFirst().orElseThrow();
    String delivery = outbox.delivery(agenda.id()).orElseThrow().deliveryProcessInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(delivery).singleResult().getId());
    MimeMessage toLone = NotificationMails.received(greenMail, agenda.id()).stream()
        .filter(m -> recipients(m).contains("lone.berg@example.dk")).findFirst().orElseThrow();
    Matcher link = Pattern.compile("Se mødet i mødeportalen: http://localhost:8080(\\S+)")
        .matcher(ReceivedMail.of(toLone).text());
    assertThat(link.find()).isTrue();
    String meetingPath = link.group(1);
    assertThat(meetingPath).isEqualTo("/moeder/" + meeting.meetingId());

    try (Browser browser = Browser.start("http://localhost:" + port)) {
      browser.open(meetingPath);
      String publicPage = browser.visible(By.tagName("main")).getText();
      assertThat(publicPage).doesNotContain(MARKER).contains(ClosedItemCases.PUBLIC_TITLE);

      browser.click(By.linkText("Log ind"));
      assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Log ind");
      browser.driver.findElement(By.id("username")).sendKeys("lone.berg");
      browser.driver.findElement(By.id("password")).sendKeys("forkert");
      browser.click(By.cssSelector("main form button[type=submit]"));
      assertThat(browser.visible(By.id("password-fejl")).getText())
          .isEqualTo("Brugernavnet eller adgangskoden er forkert. Prøv igen."); // "Fejl: " is the CSS's
      assertThat(Accessibility.seriousViolations(browser.driver)).as("login-fejl").isEmpty();
      browser.screenshot("portal-login-fejl");

      browser.driver.findElement(By.id("password")).sendKeys(Browser.PASSWORD);
      browser.click(By.cssSelector("main form button[type=submit]"));

      assertThat(browser.driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + meetingPath);
      assertThat(browser.visible(By.tagName("header")).getText()).contains("Logget ind som Lone Berg", "Log ud");
      assertThat(browser.visible(By.tagName("main")).getText()).contains(MARKER);
      browser.screenshot("portal-login-tilbage");

      // One login: the Tasklist opens without asking again.
      browser.open("/camunda/app/tasklist/default/");
      browser.visible(By.cssSelector(".navbar, [ng-controller], body"));
      assertThat(browser.driver.findElements(By.cssSelector("form[name=signinForm]"))).isEmpty();
    }
  }

  private static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients()).toLowerCase();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
