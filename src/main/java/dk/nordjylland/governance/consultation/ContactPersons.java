package dk.nordjylland.governance.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact person designated by each of the 11 municipalities (seed 003, item 13: "der udpeges en
 * kontaktperson i hver kommune"): a consultation to every municipality's group whose reply is a person.
 */
@Service
public class ContactPersons {

  private final Consultations consultations;
  private final ConsultationOpening opening;
  private final ConsultationTable table;

  ContactPersons(Consultations consultations, ConsultationOpening opening, ConsultationTable table) {
    this.consultations = consultations;
    this.opening = opening;
    this.table = table;
  }

  /** A municipality's answer: its designated person, or nulls while it has not replied. */
  public record ContactPerson(String municipality, String municipalityName, String name, String email,
      Boolean late) {}

  /**
   * Asks every municipality to designate a contact person by {@code replyBy}.
   *
   * @return the consultation's id
   */
  @Transactional
  public long request(String subject, String question, String ownerGroup, LocalDate replyBy, String forumId,
      String actor) {
    return opening.open(new ConsultationRequest(subject, question, ownerGroup, table.municipalityGroups(),
        replyBy, forumId), ConsultationKind.CONTACT_PERSON, actor);
  }

  /** One row per municipality, in the order asked. */
  @Transactional(readOnly = true)
  public List<ContactPerson> of(long consultationId) {
    Consultation c = consultations.get(consultationId);
    if (c.kind() != ConsultationKind.CONTACT_PERSON) {
      throw new dk.nordjylland.governance.validation.UserInputException(
          "Høringen '" + c.subject() + "' beder ikke om kontaktpersoner.");
    }
    Map<String, ConsultationReply> replies = table.replies(consultationId).stream()
        .collect(Collectors.toMap(ConsultationReply::respondent, Function.identity()));
    return table.respondents(consultationId).stream().map(r -> {
      ConsultationReply reply = replies.get(r.respondent());
      return reply == null ? new ContactPerson(r.respondent(), r.name(), null, null, null)
          : new ContactPerson(r.respondent(), r.name(), reply.contactName(), reply.contactEmail(), reply.late());
    }).toList();
  }
}
