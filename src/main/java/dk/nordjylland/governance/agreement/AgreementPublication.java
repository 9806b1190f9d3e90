package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agreement in force: publication after the final approval, and the yearly follow-up of its indicators. */
@Service
public class AgreementPublication {

  private final AgreementStore store;
  private final Agreements agreements;
  private final AgreementProperties properties;
  private final Notifications notifications;

  AgreementPublication(AgreementStore store, Agreements agreements, AgreementProperties properties,
      Notifications notifications) {
    this.store = store;
    this.agreements = agreements;
    this.properties = properties;
    this.notifications = notifications;
  }

  /** SSU has approved: the agreement is published, the groups told, its revision due in the configured years. */
  @Transactional
  public void publish(long agreementId) {
    Agreement a = agreements.get(agreementId);
    LocalDate due = EngineClock.today().plusYears(properties.revisionYears());
    store.published(agreementId, EngineClock.now(), due);
    if (a.revisesId() != null) {
      store.setStatus(a.revisesId(), AgreementStatus.REVISED);
    }
    store.event(agreementId, "PUBLISHED", "Revision senest " + due.format(DanishDates.DATE), "system", EngineClock.now());
    String version = store.currentVersion(agreementId).map(v -> " (version " + v.number() + ": " + v.title() + ")").orElse("");
    String subject = "Samarbejdsaftale offentliggjort: " + Agreements.shorten(a.title(), 200);
    String body = "Sundhedssamarbejdsudvalget har godkendt " + Agreements.lowerFirst(a.title()) + version
        + ". Aftalen er offentliggjort og skal nu implementeres. Dens indikatorer følges op årligt, og den skal"
        + " revideres senest " + due.format(DanishDates.DATE) + ".";
    for (String group : new LinkedHashSet<>(List.of(a.workingGroup(), a.responsibleGroup(),
        ForumRole.MEMBER.groupId(properties.recommendingForum())))) {
      notifications.toGroup(group, NotificationKind.ACTION, null, subject, body);
    }
  }

  /** The yearly follow-up of the indicators: the report goes to FFU's secretariat. */
  @Transactional
  public void recordIndicators(long agreementId, String report, String actor) {
    Agreement a = agreements.get(agreementId);
    store.event(agreementId, "INDICATORS", report, actor, EngineClock.now());
    notifications.toGroup(ForumRole.SECRETARIAT.groupId(properties.recommendingForum()), NotificationKind.ACTION, null,
        "Opfølgning på indikatorer: " + Agreements.shorten(a.title(), 200), "Den årlige opfølgning på indikatorerne for "
            + Agreements.lowerFirst(a.title()) + ":\n\n" + report);
  }
}
