package dk.nordjylland.governance.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.stereotype.Component;

/**
 * A case that FFU forwards to SSF and SSF approves, both meetings held to approved minutes through the engine: the
 * path a case passport shows (issue 17). Sets the engine clock; the caller resets it.
 */
@Component
public class ForwardedCases {

  public static final String SUMMARY = "Aftalen om osteoporose er revideret efter høringen i netværksgruppen.";
  public static final String FFU_DECISION = "FFU anbefaler aftalen over for SSF.";
  public static final String ATTACHMENT = "Udkast til samarbejdsaftale";

  /** The two meetings and the item. */
  public record ForwardedCase(String ffuMeetingId, String ssfMeetingId, long itemId) {}

  private final MeetingRun run;
  private final TestMeetings testMeetings;
  private final MeetingCycleStarter starter;
  private final ApiClient api;
  private final Items items;
  private final ItemAttachments attachments;

  ForwardedCases(MeetingRun run, TestMeetings testMeetings, MeetingCycleStarter starter, ApiClient api, Items items,
      ItemAttachments attachments) {
    this.attachments = attachments;
    this.run = run;
    this.testMeetings = testMeetings;
    this.starter = starter;
    this.api = api;
    this.items = items;
  }

  /** FFU at {@code ffu} forwards the item (with a PDF as bilag 1) to SSF's meeting at {@code ssf}, which approves it. */
  public ForwardedCase ffuToSsf(LocalDateTime ffu, LocalDateTime ssf, String title, String caseNumber) {
    Clock.set(ffu.minusDays(40));
    String ffuMeeting = run.start("ffu", ffu);
    String ssfMeeting = testMeetings.create("ssf", ssf);
    long itemId = propose("ffu", ffuMeeting, title, caseNumber);
    attach(itemId, ATTACHMENT);
    run.hold(ffuMeeting, forward(itemId, FFU_DECISION, "ssf", ssfMeeting));
    assertThat(items.find(itemId).orElseThrow().forumId()).isEqualTo("ssf");
    Clock.set(ssf.minusDays(45));
    assertThat(starter.start(ssfMeeting)).contains(ssfMeeting);
    run.hold(ssfMeeting, Map.of(itemId, Outcome.APPROVED));
    return new ForwardedCase(ffuMeeting, ssfMeeting, itemId);
  }

  public static final String SSF_DECISION = "SSF anbefaler aftalen over for SSU.";

  /** The three meetings of a case that went all the way, and the item. */
  public record ForwardedToSsu(String ffuMeetingId, String ssfMeetingId, String ssuMeetingId, long itemId) {}

  /**
   * The whole chain of a collaboration agreement (issue 17's case passport): FFU at {@code ffu} forwards the item
   * (with a PDF as bilag 1) to SSF at {@code ssf}, SSF forwards it to SSU at {@code ssu}, which approves it.
   */
  public ForwardedToSsu ffuToSsfToSsu(LocalDateTime ffu, LocalDateTime ssf, LocalDateTime ssu, String title,
      String caseNumber) {
    Clock.set(ffu.minusDays(40));
    String ffuMeeting = run.start("ffu", ffu);
    String ssfMeeting = testMeetings.create("ssf", ssf);
    String ssuMeeting = testMeetings.create("ssu", ssu);
    long itemId = propose("ffu", ffuMeeting, title, caseNumber);
    attach(itemId, ATTACHMENT);
    run.hold(ffuMeeting, forward(itemId, FFU_DECISION, "ssf", ssfMeeting));
    Clock.set(ssf.minusDays(45));
    assertThat(starter.start(ssfMeeting)).contains(ssfMeeting);
    run.hold(ssfMeeting, forward(itemId, SSF_DECISION, "ssu", ssuMeeting));
    assertThat(items.find(itemId).orElseThrow().forumId()).isEqualTo("ssu");
    Clock.set(ssu.minusDays(45));
    assertThat(starter.start(ssuMeeting)).contains(ssuMeeting);
    run.hold(ssuMeeting, Map.of(itemId, Outcome.APPROVED));
    return new ForwardedToSsu(ffuMeeting, ssfMeeting, ssuMeeting, itemId);
  }

  /** The item forwarded with a decision text to the forum's meeting; the other items taken to notice. */
  private static Function<Long, DecisionInput> forward(long itemId, String decision, String forumId, String meetingId) {
    return id -> id == itemId
        ? new DecisionInput(id, Outcome.FORWARDED, decision, forumId, meetingId, null, null, null)
        : new DecisionInput(id, Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null);
  }

  /** A one-page PDF uploaded by the secretariat as the item's next bilag; returns the file's bytes. */
  public byte[] attach(long itemId, String title) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      byte[] pdf = out.toByteArray();
      attachments.upload(itemId, title, new ItemAttachments.Upload("aftale.pdf", pdf.length, pdf), "karen.lund");
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An item proposed by the secretariat over our API, with a summary and one recommendation. */
  public long propose(String forumId, String meetingId, String title, String caseNumber) {
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("forumId", forumId);
    proposal.put("meetingId", meetingId);
    proposal.put("title", title);
    if (caseNumber != null) {
      proposal.put("caseNumber", caseNumber);
    }
    proposal.put("summary", SUMMARY);
    proposal.put("recommendations", List.of("Godkender aftalen."));
    return api.body(api.post("/api/items", "karen.lund", proposal)).get("item").get("id").asLong();
  }
}
