package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.identity.ForumAccess;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the API shows of consultations, as far as the current user may read them (ConsultationAccess). */
@Component
class ConsultationView {

  private final Consultations consultations;
  private final ConsultationAccess access;
  private final MidtermStatus midtermStatus;
  private final ForumAccess forumAccess;

  ConsultationView(Consultations consultations, ConsultationAccess access, MidtermStatus midtermStatus,
      ForumAccess forumAccess) {
    this.consultations = consultations;
    this.access = access;
    this.midtermStatus = midtermStatus;
    this.forumAccess = forumAccess;
  }

  record Summary(long id, ConsultationKind kind, String subject, String ownerGroup, LocalDate replyBy,
      String forumId, ConsultationStatus status, int respondents, int replies) {}

  record RespondentStatus(String respondent, String name, boolean group, boolean replied, Boolean late) {}

  record Details(Consultation consultation, List<RespondentStatus> respondents, List<ConsultationReply> replies,
      List<ConsultationItem> items, MidtermStatusRecord midtermStatus) {}

  @Transactional(readOnly = true)
  List<Summary> list() {
    ForumAccess.Reader reader = forumAccess.currentReader();
    return consultations.all().stream().filter(c -> access.reading(c, reader).isPresent())
        .map(c -> new Summary(c.id(), c.kind(), c.subject(), c.ownerGroup(),
        c.replyBy(), c.forumId(), c.status(), consultations.respondents(c.id()).size(),
        consultations.replies(c.id()).size())).toList();
  }

  @Transactional(readOnly = true)
  Details details(long consultationId) {
    ForumAccess.Reader reader = forumAccess.currentReader();
    ConsultationAccess.Reading reading = access.requireReading(consultationId, reader);
    Consultation c = consultations.get(consultationId);
    Map<String, ConsultationReply> replies = consultations.replies(consultationId).stream()
        .collect(Collectors.toMap(ConsultationReply::respondent, Function.identity()));
    List<RespondentStatus> respondents = consultations.respondents(consultationId).stream()
        .map(r -> new RespondentStatus(r.respondent(), r.name(), r.isGroup(), replies.containsKey(r.respondent()),
            replies.containsKey(r.respondent()) ? replies.get(r.respondent()).late() : null))
        .toList();
    // A respondent reads the replies they may give, the secretariat and process owners all.
    List<ConsultationReply> shown = consultations.replies(consultationId).stream()
        .filter(r -> ConsultationAccess.shows(reading, reader, r.respondent())).toList();
    return new Details(c, respondents, shown, consultations.items(consultationId),
        midtermStatus.find(consultationId).orElse(null));
  }
}
