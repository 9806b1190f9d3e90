package dk.nordjylland.governance.document;

import dk.nordjylland.governance.attachment.FileSizes;
import dk.nordjylland.governance.document.MeetingRecordView.AttachmentView;
import dk.nordjylland.governance.document.MeetingRecordView.ItemView;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.DecidedAction;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.MeetingAttachments;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.meeting.Meeting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/** The item part of a meeting's agenda or minutes: one view per agenda entry, in the agenda's order. */
@Component
class AgendaItemViews {

  private final Items items;
  private final MeetingAttachments meetingAttachments;
  private final DocumentLayout layout;
  private final ClosedItemWording closedItems;
  private final DecisionWording decisions;

  AgendaItemViews(Items items, MeetingAttachments meetingAttachments, DocumentLayout layout,
      ClosedItemWording closedItems, DecisionWording decisions) {
    this.items = items;
    this.meetingAttachments = meetingAttachments;
    this.layout = layout;
    this.closedItems = closedItems;
    this.decisions = decisions;
  }

  /**
   * The items, the case numbers they name (in order), and the positions of closed items shown only in their public
   * wording.
   */
  record Part(List<AgendaEntry> agenda, List<ItemView> views, List<String> caseNumbers, Set<Integer> hidden) {}

  /** {@code itemGuests}: per item id as recorded with the attendance, or null until it is recorded. */
  Part of(Meeting meeting, Forum forum, boolean minutes, LongPredicate showsConfidential,
      Map<Long, String> itemGuests) {
    return of(meeting, forum, minutes, showsConfidential, itemGuests, items.agenda(meeting.id()));
  }

  /** {@code agenda}: the entries to show, e.g. the agenda as last sent (SentAgendas) rather than as it stands. */
  Part of(Meeting meeting, Forum forum, boolean minutes, LongPredicate showsConfidential,
      Map<Long, String> itemGuests, List<AgendaEntry> agenda) {
    String meetingId = meeting.id();
    List<DecidedAction> actions = minutes ? items.decidedActions(meetingId) : List.of();
    List<ItemView> views = new ArrayList<>();
    Map<Long, List<MeetingAttachments.Numbered>> numbered = meetingAttachments.byItem(agenda);
    boolean pagePerItem = layout.pagePerItem(forum.id());
    Set<String> caseNumbers = new LinkedHashSet<>();
    Set<Integer> hidden = new HashSet<>();
    Set<Integer> standing = new HashSet<>();
    for (AgendaEntry entry : agenda) {
      Item item = items.find(entry.itemId()).orElseThrow();
      if (item.standing()) {
        standing.add(entry.position());
      }
      if (item.caseNumber() != null && !item.caseNumber().isBlank()) {
        caseNumbers.add(item.caseNumber().strip());
      }
      List<String> recommendations = items.recommendations(item.id()).stream().map(r -> r.text()).toList();
      List<AttachmentView> attachments = numbered.getOrDefault(item.id(), List.of()).stream()
          .map(n -> new AttachmentView(n.number(), n.attachment().title(), n.attachment().toFollow(),
              n.attachment().hasFile() ? n.attachment().fileName() + ", " + FileSizes.danish(n.attachment().size())
                  : null, n.attachment().number())).toList();
      List<String> itemActions = decisions.actionLines(actions, item.id());
      Closure closure = closedItems.closure(item.id());
      List<String> disqualified = minutes ? closedItems.disqualifiedLines(meetingId, item.id()) : List.of();
      if (closure.closed() && !showsConfidential.test(item.id())) {
        hidden.add(entry.position());
        views.add(closedItems.publicItem(entry, item, closure, minutes, meeting, disqualified));
        continue;
      }
      views.add(new ItemView(entry.position(), "punkt-" + entry.position(), item.title(), item.caseNumber(),
          itemGuests != null ? itemGuests.get(item.id()) : entry.guests(), TextBlocks.of(item.summary()),
          TextBlocks.of(item.presentation()), TextBlocks.of(item.economy()), TextBlocks.of(item.furtherProcessing()),
          "Det indstilles, at " + forum.name() + ":", recommendations,
          minutes ? decisions.outcome(entry, meeting) : null,
          minutes ? decisions.withExternalReceivers(TextBlocks.of(entry.decisionText()), meetingId, item.id())
              : List.of(),
          minutes ? entry.reservation() : null, itemActions, attachments,
          minutes ? decisions.parts(entry, meeting) : MeetingRecordView.OutcomeParts.NONE, false,
          closedItems.note(closure),
          minutes && closure.closed() ? closedItems.publicDecision(meetingId, item.id()) : List.of(),
          disqualified));
    }
    if (pagePerItem) {
      // A page of its own for every item with something to read; the first follows the meeting's facts. A standing
      // item without text of its own ("Godkendelse af dagsorden" with its "Godkendt") is a short block (ADR 0057).
      views.replaceAll(v -> v.position() > 1 && !v.isEmpty(minutes)
          && !(standing.contains(v.position()) && v.isEmpty(false)) ? v.onNewPage() : v);
    }
    return new Part(agenda, views, List.copyOf(caseNumbers), hidden);
  }
}
