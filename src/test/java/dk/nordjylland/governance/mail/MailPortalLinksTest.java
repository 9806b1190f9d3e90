package dk.nordjylland.governance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.PublicDocuments;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.meeting.AgendaPublished;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ReceivedMail;
import dk.nordjylland.governance.support.WebappSession;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * ADR 0062 (issue 17's "the agenda PDF link in the mail asks for a second password"): the agenda mail links the
 * portal (the meeting's page, the PDF of the version mailed, each bilag), never /api; following the PDF link with the
 * portal's session gives a member the full version, the member disqualified for the closed item the public one, and
 * nobody a password dialog. Meeting of its own in 2207, Lone Berg disqualified for its closed item.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailPortalLinksTest {

  static final String BASE = "http://localhost:8080";
  static final String MARKER = "PORTALLINKORD";

  @Autowired ClosedItemCases closedCases;
  @Autowired ForwardedCases cases;
  @Autowired ApiClient api;
  @Autowired NotificationMailer mailer;
  @Autowired NotificationOutbox notificationOutbox;
  @Autowired Notifications notifications;
  @Autowired Documents documents;
  @Autowired PublicDocuments publicDocuments;
  @Autowired ApplicationEventPublisher events;
  @Autowired GreenMail greenMail;
  @Autowired TestRestTemplate http;

  ClosedCase meeting;
  StoredDocument agenda;
  ReceivedMail toJens;
  ReceivedMail toLone;

  @BeforeAll
  void anAgendaMailWithABilagOnTheOpenItem() throws Exception {
    meeting = closedCases.toMeeting(LocalDateTime.of(2207, 3, 9, 9, 0), MARKER);
    cases.attach(meeting.openItem(), "Statusnotat");
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + meeting.meetingId() + "/items/" + meeting.closedItem()
        + "/disqualifications", "karen.lund", List.of(Map.of("personId", "lone.berg", "reason", "Nær familie"))));
    events.publishEvent(new AgendaPublished(meeting.meetingId()));
    agenda = documents.latest(meeting.meetingId(), DocumentKind.AGENDA).orElseThrow();
    notifications.toGroup("ffu-members", NotificationKind.AGENDA, meeting.meetingId(), "Dagsorden",
        "Dagsordenen er udsendt.");
    List<Notification> rows = notificationOutbox.ofMeeting(meeting.meetingId());
    long row = rows.get(rows.size() - 1).id();
    mailer.deliver(row);
    toJens = ReceivedMail.of(single(row, "jens.bach@example.dk"));
    toLone = ReceivedMail.of(single(row, "lone.berg@example.dk"));
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theAgendaMailLinksThePortalAndNotTheApi() {
    String page = BASE + "/moeder/" + meeting.meetingId();
    assertThat(toJens.text()).contains("Se mødet i mødeportalen: " + page,
        page + "/dagsorden.pdf?version=" + agenda.version(), BASE + "/sager/" + meeting.openItem() + "/bilag/1")
        .doesNotContain("/api/");
    assertThat(toJens.html()).contains("href=\"" + page + "\"").doesNotContain("/api/");
    // The public version keeps linking none of the closed item's files, and the portal's PDF answers her the public one.
    assertThat(toLone.text()).contains(page + "/dagsorden.pdf?version=" + agenda.version())
        .doesNotContain("/api/", "/sager/" + meeting.closedItem() + "/");
  }

  @Test
  void followingThePdfLinkWithThePortalSessionGivesTheMemberTheFullVersionAndTheDisqualifiedOneThePublic() {
    String pdf = link(toJens.text(), "dagsorden.pdf");
    byte[] full = agenda.content();
    byte[] publicVersion = publicDocuments.asPublic(agenda).orElseThrow().content();
    assertThat(full).isNotEqualTo(publicVersion);

    ResponseEntity<byte[]> jens = get(pdf, new WebappSession(http).logIn("jens.bach"));
    assertThat(jens.getStatusCode().value()).isEqualTo(200);
    assertThat(jens.getBody()).isEqualTo(full);
    assertThat(jens.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();

    ResponseEntity<byte[]> lone = get(link(toLone.text(), "dagsorden.pdf"), new WebappSession(http).logIn("lone.berg"));
    assertThat(lone.getBody()).isEqualTo(publicVersion);

    // Without a login: the public version, and no password dialog (no 401).
    ResponseEntity<byte[]> anonymous = get(pdf, null);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(200);
    assertThat(anonymous.getBody()).isEqualTo(publicVersion);
  }

  @Test
  void theBilagLinkGivesTheMemberTheFileFromThePortal() {
    ResponseEntity<byte[]> file = get(link(toJens.text(), "/bilag/1"), new WebappSession(http).logIn("jens.bach"));
    assertThat(file.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(file.getBody(), 0, 5)).isEqualTo("%PDF-");
  }

  private ResponseEntity<byte[]> get(String path, WebappSession session) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html,application/pdf,*/*;q=0.8");
    if (session != null) {
      headers.set(HttpHeaders.COOKIE, "SESSION=" + session.cookies.get("SESSION"));
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  /** The path of the mail's first link containing the text. */
  private static String link(String text, String containing) {
    Matcher m = Pattern.compile(Pattern.quote(BASE) + "(\\S*" + Pattern.quote(containing) + "\\S*)").matcher(text);
    assertThat(m.find()).as(containing + " in " + text).isTrue();
    return m.group(1);
  }

  private MimeMessage single(long notificationId, String email) throws Exception {
    GreenMailUser user = greenMail.getUserManager().getUserByEmail(email);
    assertThat(user).as(email).isNotNull();
    List<MimeMessage> found = new ArrayList<>();
    for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
      MimeMessage m = stored.getMimeMessage();
      String[] header = m.getHeader("X-Governance-Notification");
      if (header != null && Arrays.asList(header).contains(String.valueOf(notificationId))) {
        found.add(m);
      }
    }
    assertThat(found).as(email).hasSize(1);
    return found.get(0);
  }
}
