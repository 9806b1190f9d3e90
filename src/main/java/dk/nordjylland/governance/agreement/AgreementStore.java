package dk.nordjylland.governance.agreement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The gov_agreement* tables. */
@Repository
class AgreementStore {

  private static final String AGREEMENT = "select id, title, case_number, kind, revises_id, with_terms_of_reference,"
      + " working_group, network_group, responsible_group, status, process_instance_id, created_by, created_at,"
      + " published_at, revision_due from gov_agreement";
  private static final String VERSION = "select id, number, title, file_name, reference,"
      + " case when content is null then false else true end as has_content, note, created_by, created_at"
      + " from gov_agreement_version";
  private static final String STEP = "select s.id, s.kind, s.forum_id, s.item_id, s.version_id,"
      + " v.number as version_number, s.meeting_id, s.outcome, s.decision_text, s.started_at, s.decided_at"
      + " from gov_agreement_step s left join gov_agreement_version v on v.id = s.version_id";
  private static final String APPROVAL = "select a.id, a.agreement_id, p.party_group, p.party_name, a.round,"
      + " v.number as version_number, a.due_date, a.answer, a.remarks, a.answered_by, a.answered_at, a.clearance,"
      + " a.cleared_by, a.cleared_at from gov_agreement_approval a join gov_agreement_party p on p.id = a.party_id"
      + " left join gov_agreement_version v on v.id = a.version_id";

  private final JdbcClient jdbc;

  AgreementStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(AgreementStart s, AgreementKind kind, boolean withTerms, String workingGroup, String networkGroup,
      String responsibleGroup, String actor, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_agreement (title, case_number, kind, revises_id, with_terms_of_reference, working_group,"
            + " network_group, responsible_group, status, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?)")
        .params(s.title().strip(), blankToNull(s.caseNumber()), kind.name(), s.revisesId(), withTerms, workingGroup,
            networkGroup, responsibleGroup, actor, now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update gov_agreement set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  Optional<Agreement> find(long id) {
    return jdbc.sql(AGREEMENT + " where id = ?").param(id).query(Agreement.class).optional();
  }

  List<Agreement> all() {
    return jdbc.sql(AGREEMENT + " order by id").query(Agreement.class).list();
  }

  void published(long id, LocalDateTime at, LocalDate revisionDue) {
    jdbc.sql("update gov_agreement set status = 'PUBLISHED', published_at = ?, revision_due = ? where id = ?")
        .params(at, revisionDue, id).update();
  }

  void setStatus(long id, AgreementStatus status) {
    jdbc.sql("update gov_agreement set status = ? where id = ?").params(status.name(), id).update();
  }

  // ---------------------------------------------------------------- versions

  long insertVersion(long agreementId, int number, VersionInput v, byte[] content, String actor, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_agreement_version (agreement_id, number, title, file_name, reference, content, note,"
            + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(agreementId, number, v.title().strip(), blankToNull(v.fileName()), blankToNull(v.reference()),
            content, blankToNull(v.note()), actor, now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  List<AgreementVersion> versions(long agreementId) {
    return jdbc.sql(VERSION + " where agreement_id = ? order by number").param(agreementId)
        .query(AgreementVersion.class).list();
  }

  Optional<AgreementVersion> currentVersion(long agreementId) {
    return jdbc.sql(VERSION + " where agreement_id = ? order by number desc fetch first 1 rows only")
        .param(agreementId).query(AgreementVersion.class).optional();
  }

  Optional<byte[]> content(long agreementId, int number) {
    return jdbc.sql("select content from gov_agreement_version where agreement_id = ? and number = ?")
        .params(agreementId, number).query(byte[].class).optional();
  }

  // ---------------------------------------------------------------- forum steps

  long insertStep(long agreementId, StepKind kind, String forumId, long itemId, Long versionId, String meetingId,
      LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_agreement_step (agreement_id, kind, forum_id, item_id, version_id, meeting_id,"
            + " started_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(agreementId, kind.name(), forumId, itemId, versionId, meetingId, now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<AgreementStep> step(long stepId) {
    return jdbc.sql(STEP + " where s.id = ?").param(stepId).query(AgreementStep.class).optional();
  }

  long agreementOfStep(long stepId) {
    return jdbc.sql("select agreement_id from gov_agreement_step where id = ?").param(stepId).query(Long.class)
        .single();
  }

  List<AgreementStep> steps(long agreementId) {
    return jdbc.sql(STEP + " where s.agreement_id = ? order by s.id").param(agreementId)
        .query(AgreementStep.class).list();
  }

  void decideStep(long stepId, String outcome, String decisionText, String meetingId, LocalDateTime now) {
    jdbc.sql("update gov_agreement_step set outcome = ?, decision_text = ?, meeting_id = ?, decided_at = ?"
        + " where id = ?").params(outcome, decisionText, meetingId, now, stepId).update();
  }

  // ---------------------------------------------------------------- plans

  void plan(long agreementId, String forumId, String meetingId) {
    jdbc.sql("delete from gov_agreement_plan where agreement_id = ? and forum_id = ?").params(agreementId, forumId)
        .update();
    jdbc.sql("insert into gov_agreement_plan (agreement_id, forum_id, meeting_id) values (?, ?, ?)")
        .params(agreementId, forumId, meetingId).update();
  }

  /** The planned meeting of the forum, removed: a plan is used once. */
  Optional<String> takePlan(long agreementId, String forumId) {
    Optional<String> meeting = jdbc.sql("select meeting_id from gov_agreement_plan where agreement_id = ?"
        + " and forum_id = ?").params(agreementId, forumId).query(String.class).optional();
    meeting.ifPresent(m -> jdbc.sql("delete from gov_agreement_plan where agreement_id = ? and forum_id = ?")
        .params(agreementId, forumId).update());
    return meeting;
  }

  // ---------------------------------------------------------------- parties

  void insertParty(long agreementId, String group, String name, int workingDays) {
    jdbc.sql("insert into gov_agreement_party (agreement_id, party_group, party_name, working_days)"
        + " values (?, ?, ?, ?)").params(agreementId, group, name, workingDays).update();
  }

  record Party(Long id, String partyGroup, String partyName, int workingDays) {}

  List<Party> parties(long agreementId) {
    return jdbc.sql("select id, party_group, party_name, working_days from gov_agreement_party"
        + " where agreement_id = ? order by id").param(agreementId).query(Party.class).list();
  }

  int lastRound(long agreementId) {
    return jdbc.sql("select coalesce(max(round), 0) from gov_agreement_approval where agreement_id = ?")
        .param(agreementId).query(Integer.class).single();
  }

  long insertApproval(long agreementId, long partyId, int round, Long versionId, LocalDate due, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_agreement_approval (agreement_id, party_id, round, version_id, due_date, created_at)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(agreementId, partyId, round, versionId, due, now).update(key, "id");
    return key.getKey().longValue();
  }

  Optional<PartyApproval> approval(long approvalId) {
    return jdbc.sql(APPROVAL + " where a.id = ?").param(approvalId).query(PartyApproval.class).optional();
  }

  List<PartyApproval> approvals(long agreementId) {
    return jdbc.sql(APPROVAL + " where a.agreement_id = ? order by a.round, a.id").param(agreementId)
        .query(PartyApproval.class).list();
  }

  List<PartyApproval> round(long agreementId, int round) {
    return jdbc.sql(APPROVAL + " where a.agreement_id = ? and a.round = ? order by a.id").params(agreementId, round)
        .query(PartyApproval.class).list();
  }

  /** The answer, for the version it was given on. */
  void answer(long approvalId, Long versionId, PartyAnswer answer, String remarks, String actor, LocalDateTime now) {
    jdbc.sql("update gov_agreement_approval set version_id = ?, answer = ?, remarks = ?, answered_by = ?,"
        + " answered_at = ? where id = ?").params(versionId, answer.name(), blankToNull(remarks), actor, now, approvalId)
        .update();
  }

  void clear(long approvalId, String clearance, String actor, LocalDateTime now) {
    jdbc.sql("update gov_agreement_approval set clearance = ?, cleared_by = ?, cleared_at = ? where id = ?")
        .params(clearance, actor, now, approvalId).update();
  }

  // ---------------------------------------------------------------- hearings

  void addHearing(long agreementId, long consultationId, LocalDateTime now) {
    jdbc.sql("insert into gov_agreement_hearing (agreement_id, consultation_id, opened_at) values (?, ?, ?)")
        .params(agreementId, consultationId, now).update();
  }

  /** The agreement a hearing (consultation) is about, if it is one. */
  Optional<Long> agreementOfHearing(long consultationId) {
    return jdbc.sql("select agreement_id from gov_agreement_hearing where consultation_id = ?").param(consultationId)
        .query(Long.class).optional();
  }

  /** Consultation ids and when they were opened, oldest first. */
  List<Map.Entry<Long, LocalDateTime>> hearings(long agreementId) {
    return jdbc.sql("select consultation_id, opened_at from gov_agreement_hearing where agreement_id = ?"
            + " order by opened_at, consultation_id")
        .param(agreementId)
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime())).list();
  }

  // ---------------------------------------------------------------- events

  void event(long agreementId, String kind, String text, String actor, LocalDateTime now) {
    jdbc.sql("insert into gov_agreement_event (agreement_id, kind, text, actor, at) values (?, ?, ?, ?, ?)")
        .params(agreementId, kind, text, actor, now).update();
  }

  List<AgreementEvent> events(long agreementId) {
    return jdbc.sql("select id, kind, text, actor, at from gov_agreement_event where agreement_id = ? order by id")
        .param(agreementId).query(AgreementEvent.class).list();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
