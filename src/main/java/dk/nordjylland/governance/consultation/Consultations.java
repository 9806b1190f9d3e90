package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.validation.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading consultations with a reply deadline: a question to respondents (Camunda users or groups), one reply each,
 * late replies accepted until the owning secretariat closes it. The use cases are one class per step of
 * consultation.bpmn: {@link ConsultationOpening}, {@link ConsultationReplies}, {@link ConsultationClosing}, and who
 * may do what is {@link ConsultationAccess} (ADR 0052).
 */
@Service
public class Consultations {

  private final ConsultationTable table;
  private final ConsultationSchedule schedule;

  Consultations(ConsultationTable table, ConsultationSchedule schedule) {
    this.table = table;
    this.schedule = schedule;
  }

  /** @throws NotFoundException (Danish) if there is no such consultation */
  @Transactional(readOnly = true)
  public Consultation get(long consultationId) {
    return table.find(consultationId)
        .orElseThrow(() -> new NotFoundException("Høringen med id " + consultationId + " findes ikke."));
  }

  @Transactional(readOnly = true)
  public List<Consultation> all() {
    return table.all();
  }

  /** The replies in the order of the respondents. */
  @Transactional(readOnly = true)
  public List<ConsultationReply> replies(long consultationId) {
    get(consultationId);
    return table.replies(consultationId);
  }

  @Transactional(readOnly = true)
  public List<Respondent> respondents(long consultationId) {
    get(consultationId);
    return table.respondents(consultationId);
  }

  @Transactional(readOnly = true)
  public List<ConsultationItem> items(long consultationId) {
    get(consultationId);
    return table.items(consultationId);
  }

  /** Whether a reply now would be late. */
  boolean isLate(long consultationId) {
    return EngineClock.now().isAfter(EngineClock.inLocalTime(schedule.due(consultationId)));
  }

  String name(long consultationId, String respondent) {
    return table.respondents(consultationId).stream().filter(r -> r.respondent().equals(respondent))
        .map(Respondent::name).findFirst().orElse(respondent);
  }
}
