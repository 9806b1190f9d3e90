package dk.nordjylland.governance.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The consultation tables ({@code gov_consultation}, {@code _respondent}, {@code _reply}, {@code _item}). */
@Repository
class ConsultationTable {

  private static final String COLUMNS = "id, kind, subject, question, owner_group, reply_by, forum_id, status,"
      + " process_instance_id, item_id, created_by, created_at, closed_at, closed_by";
  private static final String REPLY_COLUMNS = "id, consultation_id, respondent, answer, contact_name, contact_email,"
      + " replied_by, replied_at, late";

  private final JdbcClient jdbc;

  ConsultationTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Consultation> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from gov_consultation where id = ?").param(id)
        .query(Consultation.class).optional();
  }

  /** For updates: locks the row, so a reply and the closing cannot pass each other. */
  Optional<Consultation> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from gov_consultation where id = ? for update").param(id)
        .query(Consultation.class).optional();
  }

  List<Consultation> all() {
    return jdbc.sql("select " + COLUMNS + " from gov_consultation order by id desc").query(Consultation.class).list();
  }

  long insert(ConsultationKind kind, String subject, String question, String ownerGroup, LocalDate replyBy,
      String forumId, String createdBy, LocalDateTime createdAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_consultation (kind, subject, question, owner_group, reply_by, forum_id, status,"
            + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(kind.name(), subject, question, ownerGroup, replyBy, forumId, ConsultationStatus.CREATED.name(),
            createdBy, createdAt)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void insertRespondent(long consultationId, Respondent respondent) {
    jdbc.sql("insert into gov_consultation_respondent (consultation_id, position, respondent, is_group, name)"
            + " values (?, ?, ?, ?, ?)")
        .params(consultationId, respondent.position(), respondent.respondent(), respondent.isGroup(),
            respondent.name())
        .update();
  }

  List<Respondent> respondents(long consultationId) {
    return jdbc.sql("select respondent, is_group, name, position from gov_consultation_respondent"
            + " where consultation_id = ? order by position")
        .param(consultationId).query(Respondent.class).list();
  }

  /** Marks a created consultation open; false if it was not CREATED (its process started already). */
  boolean markOpen(long id, String processInstanceId) {
    return jdbc.sql("update gov_consultation set status = ?, process_instance_id = ? where id = ? and status = ?")
        .params(ConsultationStatus.OPEN.name(), processInstanceId, id, ConsultationStatus.CREATED.name())
        .update() == 1;
  }

  /** Closes an open consultation; false if it was not open. */
  boolean close(long id, String closedBy, LocalDateTime closedAt) {
    return jdbc.sql("update gov_consultation set status = ?, closed_by = ?, closed_at = ? where id = ? and status = ?")
        .params(ConsultationStatus.CLOSED.name(), closedBy, closedAt, id, ConsultationStatus.OPEN.name())
        .update() == 1;
  }

  void attachItem(long consultationId, long itemId, String forumId, LocalDateTime createdAt) {
    jdbc.sql("insert into gov_consultation_item (consultation_id, item_id, forum_id, created_at) values (?, ?, ?, ?)")
        .params(consultationId, itemId, forumId, createdAt).update();
    jdbc.sql("update gov_consultation set item_id = coalesce(item_id, ?) where id = ?").params(itemId, consultationId)
        .update();
  }

  List<ConsultationItem> items(long consultationId) {
    return jdbc.sql("select item_id, forum_id, created_at from gov_consultation_item where consultation_id = ?"
            + " order by created_at, item_id")
        .param(consultationId).query(ConsultationItem.class).list();
  }

  long insertReply(long consultationId, String respondent, String answer, String contactName, String contactEmail,
      String repliedBy, LocalDateTime repliedAt, boolean late) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_consultation_reply (consultation_id, respondent, answer, contact_name, contact_email,"
            + " replied_by, replied_at, late) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(consultationId, respondent, answer, contactName, contactEmail, repliedBy, repliedAt, late)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<ConsultationReply> replies(long consultationId) {
    return jdbc.sql("select r." + REPLY_COLUMNS.replace(", ", ", r.") + " from gov_consultation_reply r"
            + " join gov_consultation_respondent p on p.consultation_id = r.consultation_id"
            + " and p.respondent = r.respondent where r.consultation_id = ? order by p.position")
        .param(consultationId).query(ConsultationReply.class).list();
  }

  Optional<ConsultationReply> reply(long consultationId, String respondent) {
    return jdbc.sql("select " + REPLY_COLUMNS + " from gov_consultation_reply where consultation_id = ?"
            + " and respondent = ?")
        .params(consultationId, respondent).query(ConsultationReply.class).optional();
  }

  /** The respondent ids of the municipalities (parties of kind MUNICIPALITY) as their groups. */
  List<String> municipalityGroups() {
    return jdbc.sql("select 'municipality-' || id from gov_party where kind = 'MUNICIPALITY' order by name")
        .query(String.class).list();
  }

  void insertMidtermStatus(long consultationId) {
    jdbc.sql("insert into gov_midterm_status (consultation_id) values (?)").param(consultationId).update();
  }

  boolean recordSentToHealthAuthority(long consultationId, String sentBy, String note, LocalDateTime sentAt) {
    return jdbc.sql("update gov_midterm_status set sent_at = ?, sent_by = ?, sent_note = ? where consultation_id = ?"
            + " and sent_at is null")
        .params(sentAt, sentBy, note, consultationId).update() == 1;
  }

  void recordRevision(long consultationId, String note) {
    jdbc.sql("update gov_midterm_status set revision_note = ? where consultation_id = ?").params(note, consultationId)
        .update();
  }

  Optional<MidtermStatusRecord> midtermStatus(long consultationId) {
    return jdbc.sql("select consultation_id, sent_at, sent_by, sent_note, revision_note from gov_midterm_status"
            + " where consultation_id = ?")
        .param(consultationId).query(MidtermStatusRecord.class).optional();
  }
}
