package dk.nordjylland.governance.support;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * An FFU meeting with a closed item (lukket punkt, ADR 0055) taken through its cycle as the secretariat would: the
 * item's confidential title, case text, recommendation, bilag and decision carry a marker word; it is closed with a
 * public title, decided, given its public decision, Lone Berg disqualified for it, sent on to KKR, and the minutes
 * approved. Another, open item stands beside it.
 */
@Component
public class ClosedItemCases {

  public static final String PUBLIC_TITLE = "Klage over et patientforløb i almen praksis";
  public static final String PUBLIC_DECISION = "Udvalget drøftede klagen og besluttede, hvordan den følges op.";
  public static final String DISQUALIFIED_LINE = "Lone Berg deltog ikke i behandlingen af punktet.";

  /** The meeting, its closed item and its open item. */
  public record ClosedCase(String meetingId, long closedItem, long openItem) {}

  private final MeetingRun run;
  private final ForwardedCases cases;
  private final ApiClient api;
  private final ProcessEngine engine;
  private final Items items;
  private final ObjectMapper json = new ObjectMapper();

  ClosedItemCases(MeetingRun run, ForwardedCases cases, ApiClient api, ProcessEngine engine, Items items) {
    this.run = run;
    this.cases = cases;
    this.api = api;
    this.engine = engine;
    this.items = items;
  }

  /** Up to the meeting: the item proposed with the marker in its confidential parts, closed, the agenda sent. */
  public ClosedCase toMeeting(LocalDateTime at, String marker) {
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("forumId", "ffu");
    proposal.put("meetingId", meetingId);
    proposal.put("title", "Beslutning: Klage fra " + marker + " over lægens journalføring");
    proposal.put("caseNumber", "1-01-72-9001-26");
    proposal.put("summary", "Resumé med " + marker + "s helbredsoplysninger.");
    proposal.put("presentation", "Sagsfremstilling: " + marker + " klagede den 3. marts.");
    proposal.put("recommendations", List.of("Tager klagen fra " + marker + " til efterretning."));
    long closedItem = api.body(api.post("/api/items", "karen.lund", proposal)).get("item").get("id").asLong();
    long openItem = cases.propose("ffu", meetingId, "Orientering: Status på sundhedsaftalen", null);
    cases.attach(closedItem, "Journalnotat om " + marker);
    api.body(api.exchange(HttpMethod.PUT, "/api/items/" + closedItem + "/closure", "karen.lund",
        Map.of("closed", true, "publicTitle", PUBLIC_TITLE, "reason", "Personoplysninger")));
    run.toMeeting(meetingId);
    return new ClosedCase(meetingId, closedItem, openItem);
  }

  /** The whole cycle: {@link #toMeeting}, then recorded, public decision, inhabilitet, minutes approved. */
  public ClosedCase held(LocalDateTime at, String marker) {
    ClosedCase c = toMeeting(at, marker);
    String meetingId = c.meetingId();
    List<DecisionInput> decisions = new ArrayList<>();
    for (AgendaEntry entry : items.agenda(meetingId)) {
      decisions.add(entry.itemId() == c.closedItem()
          ? new DecisionInput(c.closedItem(), Outcome.APPROVED, "Klagen fra " + marker + " afvises.", null, null,
              null, null, null)
          : new DecisionInput(entry.itemId(), Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    }
    try {
      complete(meetingId, RECORD_MEETING, Map.of("decisions", json.writeValueAsString(decisions),
          "externalForwards", json.writeValueAsString(List.of(Map.of("itemId", c.closedItem(),
              "externalBodyId", "kkr-nordjylland")))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/items/" + c.closedItem()
        + "/public-decision", "karen.lund", Map.of("publicDecision", PUBLIC_DECISION)));
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/items/" + c.closedItem()
        + "/disqualifications", "karen.lund", List.of(Map.of("personId", "lone.berg",
            "reason", "Nær familie til klageren " + marker))));
    complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    complete(meetingId, APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));
    return c;
  }

  private void complete(String meetingId, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(key).singleResult().getId(), variables);
  }
}
