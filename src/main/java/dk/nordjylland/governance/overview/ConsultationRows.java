package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.consultation.Consultation;
import dk.nordjylland.governance.consultation.ConsultationReply;
import dk.nordjylland.governance.consultation.ConsultationStatus;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.consultation.Respondent;
import dk.nordjylland.governance.overview.OverviewRows.ConsultationRow;
import dk.nordjylland.governance.overview.OverviewRows.Waiting;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The overview's consultations: who has answered, who is missing, and for how long they have waited. */
@Component
class ConsultationRows {

  private final Consultations consultations;
  private final CurrentSteps currentSteps;

  ConsultationRows(Consultations consultations, CurrentSteps currentSteps) {
    this.consultations = consultations;
    this.currentSteps = currentSteps;
  }

  List<ConsultationRow> list() {
    List<ConsultationRow> rows = new ArrayList<>();
    for (Consultation c : consultations.all()) {
      Set<String> replied = consultations.replies(c.id()).stream().map(ConsultationReply::respondent)
          .collect(Collectors.toSet());
      List<String> answered = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Respondent r : consultations.respondents(c.id())) {
        (replied.contains(r.respondent()) ? answered : missing).add(r.name());
      }
      boolean running = c.status() != ConsultationStatus.CLOSED;
      LocalDateTime due = c.replyBy() == null ? null : c.replyBy().atTime(23, 59);
      Waiting waiting = running
          ? currentSteps.waiting(missing.isEmpty() ? "Alle har svaret; høringen skal lukkes"
              : "Venter på svar fra " + missing.size() + " af " + (answered.size() + missing.size()),
              c.createdAt(), missing.isEmpty() ? null : due)
          : new Waiting("Lukket", c.closedAt(), null, null, false);
      rows.add(new ConsultationRow(c.id(), c.subject(), c.forumId(), running ? "Åben" : "Lukket", running,
          c.replyBy(), answered, missing, waiting, c.processInstanceId(),
          running && c.processInstanceId() != null ? OverviewLinks.cockpitLink(c.processInstanceId()) : null));
    }
    rows.sort(Comparator.comparing(ConsultationRow::id).reversed());
    return rows;
  }

}
