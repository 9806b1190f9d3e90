package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.consultation.Consultation;
import dk.nordjylland.governance.consultation.ConsultationOpening;
import dk.nordjylland.governance.consultation.ConsultationReply;
import dk.nordjylland.governance.consultation.ConsultationRequest;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.consultation.Respondent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hearing of a draft in the agreement's network group: a consultation, and what its replies say. */
@Service
public class AgreementHearings {

  private final AgreementStore store;
  private final Agreements agreements;
  private final AgreementProperties properties;
  private final WorkingDays workingDays;
  private final Consultations consultations;
  private final ConsultationOpening opening;

  AgreementHearings(AgreementStore store, Agreements agreements, AgreementProperties properties,
      WorkingDays workingDays, Consultations consultations, ConsultationOpening opening) {
    this.store = store;
    this.agreements = agreements;
    this.properties = properties;
    this.workingDays = workingDays;
    this.consultations = consultations;
    this.opening = opening;
  }

  /** The event that tells a hearing's history in words; the consultation itself is in gov_agreement_hearing. */
  static final String HEARING_OPENED = "HEARING_OPENED";
  /** A task-local text holds at most 4000 characters (Camunda's limit for a string variable). */
  static final int MAX_TASK_TEXT = 4000;

  /**
   * Sends the current version into hearing in the agreement's network group: a consultation (no forum) owned by
   * {@code governance.agreement.hearing-owner-group}, replies due {@code hearing-working-days} working days from
   * today; its process is started by the agreement's call activity. The consultation is recorded with the
   * agreement (gov_agreement_hearing) and told in its history (event {@value #HEARING_OPENED}).
   *
   * @return the consultation's id
   */
  @Transactional
  public long openHearing(long agreementId) {
    Agreement a = agreements.get(agreementId);
    Optional<AgreementVersion> version = store.currentVersion(agreementId);
    LocalDate replyBy = hearingReplyBy();
    String versionText = version.map(v -> "version " + v.number() + ": " + v.title()
        + (v.reference() == null ? "" : " (" + v.reference() + ")")).orElse("udkastet");
    String question = "Arbejdsgruppen sender " + Agreements.lowerFirst(a.title()) + " i høring i netværksgruppen, "
        + versionText + ".\n\nGiv jeres bemærkninger til udkastet, eller skriv \"Ingen bemærkninger\". Arbejdsgruppen"
        + " vurderer svarene og beslutter, om aftalen skal ændres, før Koordineringsgruppen forbereder den til"
        + " Fælles Forretningsudvalg.";
    long consultationId = opening.create(new ConsultationRequest(
        Agreements.shorten(a.title() + version.map(v -> ", version " + v.number()).orElse(""), 300), question,
        properties.hearingOwnerGroup(), List.of(a.networkGroup()), replyBy, null), "system");
    store.event(agreementId, HEARING_OPENED, "Høring " + consultationId + " i netværksgruppen (" + a.networkGroup()
        + ")" + version.map(v -> " om version " + v.number()).orElse("") + ", svarfrist "
        + replyBy.format(DanishDates.DATE), "system", EngineClock.now());
    store.addHearing(agreementId, consultationId, EngineClock.now());
    return consultationId;
  }

  /** The reply-by day of a hearing that starts today: {@code hearing-working-days} working days from today. */
  LocalDate hearingReplyBy() {
    return workingDays.plusWorkingDays(EngineClock.today(), properties.hearingWorkingDays());
  }

  /** One hearing of the agreement: its consultation and how it went. */
  public record Hearing(long consultationId, LocalDateTime openedAt, LocalDate replyBy, String status,
      int respondents, int replies) {}

  /** The agreement's hearings in the network group, oldest first (one per draft that went into hearing). */
  @Transactional(readOnly = true)
  public List<Hearing> hearings(long agreementId) {
    List<Hearing> hearings = new ArrayList<>();
    for (Map.Entry<Long, LocalDateTime> hearing : store.hearings(agreementId)) {
      long consultationId = hearing.getKey();
      Consultation c = consultations.get(consultationId);
      hearings.add(new Hearing(consultationId, hearing.getValue(), c.replyBy(), c.status().name(),
          consultations.respondents(consultationId).size(), consultations.replies(consultationId).size()));
    }
    return hearings;
  }

  /**
   * What the assessment of a hearing shows: the reply deadline, then each respondent's reply (late ones marked)
   * or "intet svar"; within Camunda's 4000 characters, with a pointer to the whole replies when shortened.
   */
  @Transactional(readOnly = true)
  public String hearingRepliesText(long consultationId) {
    Consultation c = consultations.get(consultationId);
    List<Respondent> respondents = consultations.respondents(consultationId);
    List<ConsultationReply> replies = consultations.replies(consultationId);
    String more = "\n\n(Forkortet; alle svar: GET /api/consultations/" + consultationId + ".)";
    StringBuilder text = new StringBuilder("Svarfrist ").append(c.replyBy().format(DanishDates.DATE)).append(". ")
        .append(replies.size()).append(" af ").append(respondents.size()).append(" har svaret.");
    int perReply = Math.max(200, (MAX_TASK_TEXT - 600) / Math.max(1, respondents.size()));
    boolean shortened = false;
    for (Respondent r : respondents) {
      Optional<ConsultationReply> reply = replies.stream().filter(x -> x.respondent().equals(r.respondent())).findFirst();
      text.append("\n\n").append(r.name());
      if (reply.isEmpty()) {
        text.append(": intet svar.");
        continue;
      }
      ConsultationReply x = reply.get();
      String answer = x.answer() == null ? "" : x.answer().strip();
      shortened |= answer.length() > perReply;
      text.append(" (svar ").append(x.repliedAt().toLocalDate().format(DanishDates.DATE))
          .append(x.late() ? ", efter svarfristen" : "").append("):\n").append(Agreements.shorten(answer, perReply));
    }
    if (text.length() + more.length() > MAX_TASK_TEXT) {
      return Agreements.shorten(text.toString(), MAX_TASK_TEXT - more.length()) + more;
    }
    return shortened ? text + more : text.toString();
  }
}
