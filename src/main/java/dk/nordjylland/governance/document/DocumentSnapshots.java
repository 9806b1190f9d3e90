package dk.nordjylland.governance.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.document.DocumentSnapshot.AttachmentSnapshot;
import dk.nordjylland.governance.document.DocumentSnapshot.ItemSnapshot;
import dk.nordjylland.governance.document.MeetingRecordView.ItemView;
import dk.nordjylland.governance.document.TextBlocks.Block;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.MeetingAttachments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Makes the snapshot of a document from the view it is printed from, and reads and writes it as JSON (ADR 0057). */
@Component
class DocumentSnapshots {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentSnapshots.class);

  private final Items items;
  private final MeetingAttachments meetingAttachments;
  private final ObjectMapper json;
  private final JdbcClient jdbc;

  DocumentSnapshots(Items items, MeetingAttachments meetingAttachments, ObjectMapper json, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.items = items;
    this.meetingAttachments = meetingAttachments;
    this.json = json;
  }

  /** The snapshot of the document printed from {@code view}: each item's texts as printed, its bilag. */
  DocumentSnapshot of(String meetingId, MeetingRecordView view) {
    Map<Integer, Long> itemAt = items.agenda(meetingId).stream()
        .collect(Collectors.toMap(AgendaEntry::position, AgendaEntry::itemId));
    Map<Long, List<MeetingAttachments.Numbered>> bilag = meetingAttachments.byItem(meetingId);
    List<ItemSnapshot> snapshots = new ArrayList<>();
    for (ItemView item : view.items()) {
      Long itemId = itemAt.get(item.position());
      if (itemId == null) {
        continue;
      }
      List<AttachmentSnapshot> attachments = bilag.getOrDefault(itemId, List.of()).stream()
          .map(MeetingAttachments.Numbered::attachment).map(DocumentSnapshots::attachment).toList();
      // Closed items (V21): the public compares them by their public title only (DocumentSnapshot.forPublic).
      // Its public decision (minutes) too, so a corrected one shows as a change (ADR 0059).
      Closure closure = jdbc.sql("select i.closed, i.public_title, e.public_decision from gov_item i"
              + " join gov_agenda_entry e on e.item_id = i.id and e.meeting_id = ? where i.id = ?")
          .params(meetingId, itemId).query((rs, n) -> new Closure(rs.getBoolean("closed"),
              rs.getString("public_title"), view.minutes() ? rs.getString("public_decision") : null)).single();
      snapshots.add(new ItemSnapshot(itemId, item.position(), item.title(), text(item.summary()),
          text(item.presentation()), text(item.economy()), text(item.furtherProcessing()),
          String.join("\n", item.recommendations()), decision(item), attachments, closure.closed(),
          closure.publicTitle(), closure.closed() ? closure.publicDecision() : null));
    }
    return new DocumentSnapshot(view.time(), view.place(), snapshots);
  }

  private record Closure(boolean closed, String publicTitle, String publicDecision) {}

  byte[] write(DocumentSnapshot snapshot) {
    try {
      return json.writeValueAsString(snapshot).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the document's snapshot", e);
    }
  }

  /** Empty for a version stored before snapshots were kept, or one that cannot be read. */
  Optional<DocumentSnapshot> read(byte[] stored) {
    if (stored == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(stored, DocumentSnapshot.class));
    } catch (IOException e) {
      LOG.warn("A document snapshot could not be read: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** What the minutes print under "Beslutning": outcome, text, where it went, postponed part, sub-topics, actions. */
  private static String decision(ItemView item) {
    List<String> lines = new ArrayList<>();
    Optional.ofNullable(item.outcome()).ifPresent(lines::add);
    lines.add(text(item.decision()));
    Optional.ofNullable(item.parts().sentOn()).ifPresent(lines::add);
    Optional.ofNullable(item.parts().postponedPart()).ifPresent(lines::add);
    item.parts().subTopics().forEach(s -> lines.addAll(List.of(s.number() + " " + s.title(), text(s.text()),
        s.outcome() == null ? "" : s.outcome(), text(s.decision()))));
    Optional.ofNullable(item.reservation()).ifPresent(lines::add);
    lines.addAll(item.actions());
    return lines.stream().filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
  }

  private static String text(List<Block> blocks) {
    return blocks.stream().flatMap(b -> Stream.concat(b.markedLines().stream(), Stream.of("")))
        .collect(Collectors.joining("\n")).strip();
  }

  private static AttachmentSnapshot attachment(Attachment a) {
    return new AttachmentSnapshot(a.number(), a.title(), a.toFollow(), a.fileName(), a.size(),
        a.uploadedAt() == null ? null : a.uploadedAt().toString());
  }
}
