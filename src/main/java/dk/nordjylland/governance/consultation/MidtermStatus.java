package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.ForumRole;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mid-term status of the health agreement (seed 003, item 7): the clusters and the coordination group
 * fill in the status by a date; FFU, SSF and SSU treat it; the secretariat sends it to Sundhedsstyrelsen.
 */
@Service
public class MidtermStatus {

  static final String QUESTION = "Udfyld afkrydsningsskemaet for midtvejsstatus: hvilke af Sundhedsaftalens"
      + " pejlemærker er jeres indsatser og projekter (klyngerne) eller samarbejdsaftalerne (Koordineringsgruppen)"
      + " med til at opfylde? Skriv kort, hvordan, og hvad der mangler.";

  private final ConsultationOpening opening;
  private final ConsultationInstances instances;
  private final ConsultationTable table;
  private final MidtermStatusProperties properties;

  MidtermStatus(ConsultationOpening opening, ConsultationInstances instances, ConsultationTable table,
      MidtermStatusProperties properties) {
    this.opening = opening;
    this.instances = instances;
    this.table = table;
    this.properties = properties;
  }

  /** The secretariat of the first forum: it starts, revises and sends the status. */
  public String ownerGroup() {
    return ForumRole.SECRETARIAT.groupId(properties.firstForum());
  }

  /**
   * Starts the mid-term status with replies due by {@code replyBy}; FFU's secretariat owns it.
   *
   * @return the id of its consultation
   */
  @Transactional
  public long start(LocalDate replyBy, String actor) {
    long id = opening.create(new ConsultationRequest("Midtvejsstatus for " + properties.healthAgreement(), QUESTION,
        ownerGroup(), properties.respondents(), replyBy, properties.firstForum()), ConsultationKind.TEXT, actor);
    table.insertMidtermStatus(id);
    instances.start(MidtermStatusProcess.KEY, MidtermStatusProcess.businessKey(id), id);
    return id;
  }

  /** When and how it was sent to Sundhedsstyrelsen (empty if the consultation is no mid-term status). */
  @Transactional(readOnly = true)
  public Optional<MidtermStatusRecord> find(long consultationId) {
    return table.midtermStatus(consultationId);
  }

  void recordRevision(long consultationId, String note) {
    table.recordRevision(consultationId, note);
  }

  void recordSent(long consultationId, String note, String actor) {
    table.recordSentToHealthAuthority(consultationId, actor == null ? "system" : actor, note, EngineClock.now());
  }
}
