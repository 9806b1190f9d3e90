package dk.nordjylland.governance.item;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextCharacters;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Closed items (lukket punkt, issue 17 point 6, ADR 0055) and inhabilitet (point 7): which items are closed with
 * which public wording, the public decision of a closed item at a meeting, who was disqualified, and the one rule of
 * who may read an item's confidential content. The publication checks refuse an agenda whose closed items lack their
 * public title and minutes whose closed items lack their public decision.
 */
@Service
public class ClosedItems {

  private final JdbcClient jdbc;
  private final Items items;
  private final Meetings meetings;
  private final MasterData masterData;

  ClosedItems(JdbcClient jdbc, Items items, Meetings meetings, MasterData masterData) {
    this.jdbc = jdbc;
    this.items = items;
    this.meetings = meetings;
    this.masterData = masterData;
  }

  public Closure closure(long itemId) {
    return jdbc.sql("select closed, public_title, closure_reason from gov_item where id = ?").param(itemId)
        .query((rs, n) -> rs.getBoolean("closed")
            ? new Closure(true, rs.getString("public_title"), rs.getString("closure_reason")) : Closure.OPEN)
        .optional().orElse(Closure.OPEN);
  }

  public boolean isClosed(long itemId) {
    return closure(itemId).closed();
  }

  /** Whether any item on the meeting's agenda is closed: its documents then have a public variant. */
  public boolean anyClosed(String meetingId) {
    return jdbc.sql("select count(*) from gov_agenda_entry e join gov_item i on i.id = e.item_id"
        + " where e.meeting_id = ? and i.closed = true").param(meetingId).query(Integer.class).single() > 0;
  }

  /** Which of these items are closed, in one read (the portal: items of every sent version of a meeting). */
  public Set<Long> closedAmong(Collection<Long> itemIds) {
    return itemIds.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql("select id from gov_item where closed = true"
        + " and id in (:ids)").param("ids", itemIds).query(Long.class).list());
  }

  /** The items the person was disqualified for at any meeting, in one read. */
  public Set<Long> disqualifiedItems(String personId) {
    return personId == null ? Set.of() : Set.copyOf(jdbc.sql("select distinct item_id from gov_item_disqualification"
        + " where person_id = ?").param(personId).query(Long.class).list());
  }

  /**
   * Marks the item closed with its public wording, or open again (the wording is then cleared). The public title may
   * follow later: the agenda is not sent without it (agendaProblems).
   *
   * @throws dk.nordjylland.governance.validation.UserInputException (Danish) for bad input, nothing saved
   */
  public Closure mark(long itemId, boolean closed, String publicTitle, String reason) {
    items.find(itemId).orElseThrow(() -> ItemAccess.unknown(itemId));
    String title = strip(publicTitle);
    String why = strip(reason);
    Problems problems = new Problems();
    if (closed) {
      problems.maxLength(title, TextLimits.TITLE, "Offentlig titel").maxLength(why, TextLimits.TITLE, "Begrundelse");
      TextCharacters.problem("Offentlig titel", title == null ? "" : title).ifPresent(problems::add);
      TextCharacters.problem("Begrundelse", why == null ? "" : why).ifPresent(problems::add);
    }
    problems.throwIfAny("Punktet kan ikke gemmes som lukket");
    jdbc.sql("update gov_item set closed = ?, public_title = ?, closure_reason = ?, version = version + 1"
            + " where id = ?")
        .params(closed, closed ? title : null, closed ? why : null, itemId).update();
    return closure(itemId);
  }

  public String publicDecision(String meetingId, long itemId) {
    return jdbc.sql("select public_decision from gov_agenda_entry where meeting_id = ? and item_id = ?")
        .params(meetingId, itemId).query(String.class).optional().orElse(null);
  }

  /** The decision as the public reads it, beside the confidential one; only for a closed item on the agenda. */
  public void setPublicDecision(String meetingId, long itemId, String text) {
    requireOnAgenda(meetingId, itemId);
    String decision = strip(text);
    Problems problems = new Problems();
    problems.require(isClosed(itemId), "Punktet er ikke lukket: dets beslutning er offentlig, som den er.");
    problems.maxLength(decision, TextLimits.NOTE, "Offentlig beslutning");
    TextCharacters.problem("Offentlig beslutning", decision == null ? "" : decision).ifPresent(problems::add);
    problems.throwIfAny("Den offentlige beslutning kan ikke gemmes");
    jdbc.sql("update gov_agenda_entry set public_decision = ? where meeting_id = ? and item_id = ?")
        .params(decision, meetingId, itemId).update();
  }

  public List<Disqualification> disqualifications(String meetingId) {
    return jdbc.sql("select meeting_id, item_id, person_id, reason from gov_item_disqualification"
            + " where meeting_id = ? order by item_id, person_id").param(meetingId)
        .query((rs, n) -> new Disqualification(rs.getString("meeting_id"), rs.getLong("item_id"),
            rs.getString("person_id"), rs.getString("reason"))).list();
  }

  public List<Disqualification> disqualifications(String meetingId, long itemId) {
    return disqualifications(meetingId).stream().filter(d -> d.itemId() == itemId).toList();
  }

  /** One entry of the list the secretariat records for an item: who, and why. */
  public record Disqualified(String personId, String reason) {}

  /**
   * Replaces the item's disqualifications at the meeting: each a member of the meeting's forum (on its date), once,
   * with a reason.
   */
  public void setDisqualifications(String meetingId, long itemId, List<Disqualified> people, String actor) {
    Meeting meeting = requireOnAgenda(meetingId, itemId);
    Set<String> members = new HashSet<>();
    masterData.membershipsOn(meeting.forumId(), meeting.startsAt().toLocalDate()).stream()
        .map(Membership::personId).forEach(members::add);
    Problems problems = new Problems();
    Set<String> seen = new HashSet<>();
    for (Disqualified d : people == null ? List.<Disqualified>of() : people) {
      String person = d == null ? null : strip(d.personId());
      String reason = d == null ? null : strip(d.reason());
      if (person == null || !members.contains(person)) {
        problems.add("Personen '" + (person == null ? "" : person) + "' er ikke med i forummet på mødets dato.");
        continue;
      }
      String name = masterData.person(person).map(Person::name).orElse(person);
      problems.require(seen.add(person), name + " er nævnt to gange.");
      problems.requireText(reason, "Skriv begrundelsen for, at " + name + " er inhabil.");
      problems.maxLength(reason, TextLimits.REASON, "Begrundelse for inhabilitet");
      TextCharacters.problem("Begrundelse for inhabilitet", reason == null ? "" : reason).ifPresent(problems::add);
    }
    problems.throwIfAny("Inhabiliteten kan ikke gemmes");
    jdbc.sql("delete from gov_item_disqualification where meeting_id = ? and item_id = ?")
        .params(meetingId, itemId).update();
    for (Disqualified d : people == null ? List.<Disqualified>of() : people) {
      jdbc.sql("insert into gov_item_disqualification (meeting_id, item_id, person_id, reason, recorded_by,"
              + " recorded_at) values (?, ?, ?, ?, ?, ?)")
          .params(meetingId, itemId, d.personId().strip(), d.reason().strip(), actor, EngineClock.now()).update();
    }
  }

  public boolean disqualified(String personId, long itemId) {
    return personId != null && jdbc.sql("select count(*) from gov_item_disqualification where person_id = ?"
        + " and item_id = ?").params(personId, itemId).query(Integer.class).single() > 0;
  }

  /**
   * THE rule of who reads a closed item's confidential content (case text, attachments, decision): nobody without a
   * login; the people of the forums it has been in, its proposer and process owners, unless they were disqualified
   * for it. An open item: everyone who may read it at all. The portal (PortalAccess) and our API both ask here.
   */
  public boolean seesConfidential(ForumAccess.Reader reader, long itemId) {
    Item item = items.find(itemId).orElse(null);
    if (item == null || !isClosed(itemId)) {
      return item != null;
    }
    if (reader == null || disqualified(reader.userId(), itemId)) {
      return false;
    }
    return reader.readsAll() || ItemAccess.mayRead(item, items.history(itemId), reader)
        || items.agendaEntriesOf(itemId).stream().map(AgendaEntry::meetingId).map(meetings::find)
            .flatMap(Optional::stream).anyMatch(m -> reader.mayRead(m.forumId()));
  }

  /**
   * {@link #seesConfidential} for one reader, as the documents' views ask it per item (MeetingRecords.view): the task
   * screens and the draft PDFs show each reader the full or the public version of each item by it.
   */
  public LongPredicate readableBy(ForumAccess.Reader reader) {
    return itemId -> seesConfidential(reader, itemId);
  }

  /** Whether the reader may read the confidential content of every closed item on the meeting's agenda. */
  public boolean seesEveryClosedItem(ForumAccess.Reader reader, String meetingId) {
    // Only the closed ones are asked (one read finds them): an open item on the agenda is everyone's.
    return closedAmong(items.agenda(meetingId).stream().map(AgendaEntry::itemId).toList()).stream()
        .allMatch(id -> seesConfidential(reader, id));
  }

  /** Closed items on the agenda without a public title: the agenda is not sent (issue 17: refused in Danish). */
  public Problems agendaProblems(String meetingId) {
    Problems problems = new Problems();
    for (AgendaEntry entry : items.agenda(meetingId)) {
      Closure closure = closure(entry.itemId());
      if (closure.closed() && (closure.publicTitle() == null || closure.publicTitle().isBlank())) {
        problems.add(ProblemSubjects.subject(entry.itemId()), "Punkt " + entry.position() + " er et lukket punkt uden"
            + " offentlig titel. Skriv en titel, der lader borgerne se, hvad sagen handler om (send dagsordenen"
            + " tilbage til sekretariatet).");
      }
    }
    return problems;
  }

  /** Closed items with a decision but no public decision: the minutes are not approved (published). */
  public Problems minutesProblems(String meetingId) {
    Problems problems = new Problems();
    for (AgendaEntry entry : items.agenda(meetingId)) {
      if (isClosed(entry.itemId()) && entry.outcome() != null
          && (publicDecision(meetingId, entry.itemId()) == null)) {
        problems.add(ProblemSubjects.subject(entry.itemId()), "Punkt " + entry.position() + " er et lukket punkt uden"
            + " offentlig beslutning. Skriv den beslutning, offentligheden må læse, før referatet godkendes.");
      }
    }
    return problems;
  }

  private Meeting requireOnAgenda(String meetingId, long itemId) {
    Meeting meeting = meetings.find(meetingId)
        .orElseThrow(() -> new NotFoundException("Mødet findes ikke."));
    if (items.agenda(meetingId).stream().noneMatch(e -> e.itemId() == itemId)) {
      throw new ConflictException("Punktet er ikke på mødets dagsorden.");
    }
    return meeting;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
