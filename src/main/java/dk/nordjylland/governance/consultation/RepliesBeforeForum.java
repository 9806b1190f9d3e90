package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposal.AttachmentProposal;
import dk.nordjylland.governance.item.ItemProposals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The replies of a consultation before a forum, as an agenda item (consultation.bpmn, midterm-status.bpmn). */
@Service
class RepliesBeforeForum {

  private static final Logger LOG = LoggerFactory.getLogger(RepliesBeforeForum.class);
  /** The item's case presentation holds at most this many characters (Agenda's limit). */
  static final int MAX_PRESENTATION = 30000;

  private final ConsultationTable table;
  private final Consultations consultations;
  private final ItemProposals agenda;
  private final IdentityService identityService;

  RepliesBeforeForum(ConsultationTable table, Consultations consultations, ItemProposals agenda,
      IdentityService identityService) {
    this.table = table;
    this.consultations = consultations;
    this.agenda = agenda;
    this.identityService = identityService;
  }

  /**
   * Puts the replies before the consultation's own forum as an agenda item of its next open meeting (the
   * forum's pipeline when no meeting takes items now).
   *
   * @return the item's id
   */
  long putBeforeForum(long consultationId) {
    Consultation c = consultations.get(consultationId);
    return putBefore(consultationId, c.forumId());
  }

  /** Puts the replies of a consultation before the given forum as an item (the mid-term status' next forums). */
  long putBefore(long consultationId, String forumId) {
    Consultation c = consultations.get(consultationId);
    List<Respondent> respondents = table.respondents(consultationId);
    Map<String, ConsultationReply> replies = table.replies(consultationId).stream()
        .collect(Collectors.toMap(ConsultationReply::respondent, Function.identity()));
    String title = ItemKind.fromTitle(c.subject()) == ItemKind.OTHER ? "Godkendelse: " + c.subject() : c.subject();
    Group ownerGroup = identityService.createGroupQuery().groupId(c.ownerGroup()).singleResult();
    String owner = ownerGroup == null ? c.ownerGroup() : ownerGroup.getName();
    String topic = ItemKind.fromTitle(c.subject()) == ItemKind.OTHER || !c.subject().contains(":")
        ? c.subject() : c.subject().substring(c.subject().indexOf(':') + 1).strip();
    List<AttachmentProposal> attachments = new ArrayList<>();
    for (Respondent r : respondents) {
      if (replies.containsKey(r.respondent())) {
        attachments.add(new AttachmentProposal(ConsultationSteps.shorten("Høringssvar fra " + r.name(), 300), false));
      }
    }
    String summary = "Der har været høring med svarfrist " + c.replyBy().format(DanishDates.DATE) + ". "
        + replies.size() + " af " + respondents.size() + " parter har svaret. Svarene fremlægges her.";
    String revision = table.midtermStatus(consultationId).map(MidtermStatusRecord::revisionNote)
        .map(note -> "Revideret efter forummets bemærkninger: " + ConsultationSteps.shorten(note, 4000) + "\n\n").orElse("");
    long itemId = agenda.proposeForProcess(new ItemProposal(forumId, null, ConsultationSteps.shorten(title, 300), null, summary,
        ConsultationSteps.shorten(revision + presentation(c, respondents, replies), MAX_PRESENTATION), null, null, ConsultationSteps.shorten(owner, 200),
        List.of("Drøfter høringssvarene.", "Godkender " + lowerFirst(ConsultationSteps.shorten(topic, 1500)) + "."),
        attachments), c.createdBy());
    table.attachItem(consultationId, itemId, forumId, EngineClock.now());
    LOG.info("Consultation {}: replies put before {} as item {}", consultationId, forumId, itemId);
    return itemId;
  }

  /** The question, then every respondent's reply (late ones marked) or "intet svar"; within the item's limit. */
  static String presentation(Consultation c, List<Respondent> respondents, Map<String, ConsultationReply> replies) {
    int perReply = Math.max(200, (MAX_PRESENTATION - 5000) / Math.max(1, respondents.size()));
    StringBuilder text = new StringBuilder("Spørgsmål i høringen:\n").append(ConsultationSteps.shorten(c.question(), 4000))
        .append("\n\nHøringssvar:\n");
    for (Respondent r : respondents) {
      ConsultationReply reply = replies.get(r.respondent());
      text.append("\n").append(r.name());
      if (reply == null) {
        text.append(": intet svar.\n");
        continue;
      }
      text.append(" (svar ").append(reply.repliedAt().toLocalDate().format(DanishDates.DATE))
          .append(reply.late() ? ", efter svarfristen" : "").append("):\n");
      if (reply.contactName() != null) {
        text.append("Kontaktperson: ").append(reply.contactName()).append(", ").append(reply.contactEmail())
            .append("\n");
      }
      if (reply.answer() != null) {
        text.append(ConsultationSteps.shorten(reply.answer(), perReply)).append("\n");
      }
    }
    return ConsultationSteps.shorten(text.toString(), MAX_PRESENTATION);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
