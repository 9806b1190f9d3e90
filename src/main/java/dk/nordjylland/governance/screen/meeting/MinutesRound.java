package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.minutes.Minutes;
import dk.nordjylland.governance.screen.TaskScreen.Preview;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * What the three minutes screens show of the minutes round (issue 14, point 4): the draft as the members will get it
 * (marked UDKAST), the members' comments and the chair's send-backs with who and when. Fragments in
 * {@code templates/screens/minutes-round.html}.
 */
@Component
class MinutesRound {

  private final Minutes minutes;
  private final MeetingDocuments documents;

  MinutesRound(Minutes minutes, MeetingDocuments documents) {
    this.minutes = minutes;
    this.documents = documents;
  }

  record CommentLine(String author, String when, String text, int round) {}

  record SendBackLine(String author, String when, String remarks) {}

  /** The draft as this reader may read it: a closed item he or she may not read in its public wording (ADR 0055). */
  void draft(String meetingId, LongPredicate showsConfidential, Map<String, Object> model) {
    model.put("draftHtml", documents.minutesDraftHtml(meetingId, showsConfidential));
  }

  void comments(String meetingId, Map<String, Object> model) {
    model.put("comments", minutes.comments(meetingId).stream().map(c -> new CommentLine(c.authorName(),
        DanishDates.longDateTime(c.writtenAt()), c.text(), c.round())).toList());
  }

  void sendBacks(String meetingId, Map<String, Object> model) {
    List<SendBackLine> lines = minutes.sendBacks(meetingId).stream().map(s -> new SendBackLine(s.authorName(),
        DanishDates.longDateTime(s.writtenAt()), s.remarks())).toList();
    model.put("sendBacks", lines);
    model.put("latestSendBack", lines.isEmpty() ? null : lines.get(lines.size() - 1));
  }

  Preview preview(String meetingId, LongPredicate showsConfidential) {
    return new Preview("referatudkast-" + meetingId + ".pdf", documents.minutesDraft(meetingId, showsConfidential));
  }
}
