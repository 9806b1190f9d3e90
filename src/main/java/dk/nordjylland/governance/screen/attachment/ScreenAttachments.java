package dk.nordjylland.governance.screen.attachment;

import dk.nordjylland.governance.attachment.FileSizes;
import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.attachment.ItemAttachments.Upload;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * An item's attachments on a task screen (ADR 0033, 0035), for the fragments of templates/screens/attachments.html:
 * the lines to list (with download links into our API, which takes the Tasklist's session), and the file field a
 * screen's own form may carry per item. A screen reads the field with {@link #read} before
 * {@link ScreenInput#requireValid()} (a refused file is a message on the field, nothing is done) and stores it with
 * {@link #store} in the same transaction as the task's completion.
 */
@Component
public class ScreenAttachments {

  /** One attachment as a screen shows it. */
  public record Line(int number, String title, boolean toFollow, String fileName, String link, String type,
      String size, String uploaded) {

    public boolean hasFile() {
      return link != null;
    }
  }

  /** An item's attachments under its agenda position, for a screen that shows a whole agenda. */
  public record ItemLines(long itemId, int position, String title, List<Line> attachments) {}

  /** A file a person chose on a screen's form, checked, not stored yet. */
  public record Pending(long itemId, String title, Upload upload) {}

  private static final Map<String, String> TYPES = Map.of(
      "application/pdf", "PDF",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel",
      "image/png", "PNG-billede",
      "image/jpeg", "JPEG-billede");

  private final Items items;
  private final ItemAttachments attachments;
  private final MasterData masterData;

  ScreenAttachments(Items items, ItemAttachments attachments, MasterData masterData) {
    this.items = items;
    this.attachments = attachments;
    this.masterData = masterData;
  }

  /** The file field of an item on a screen's form: "bilag-42"; its title field is "bilag-42-titel". */
  public static String fileField(long itemId) {
    return "bilag-" + itemId;
  }

  public static String titleField(long itemId) {
    return fileField(itemId) + "-titel";
  }

  /** "PDF, Word (DOCX), Excel (XLSX) og billeder (PNG, JPEG); højst 20 MB": the hint under a file field. */
  public String hint() {
    return "PDF, Word (DOCX), Excel (XLSX) eller billeder (PNG, JPEG); højst " + attachments.maxSizeText() + ".";
  }

  public List<Line> of(long itemId) {
    return items.attachments(itemId).stream().map(this::line).toList();
  }

  /** Every item of the meeting's agenda that has attachments, in agenda order. */
  public List<ItemLines> ofAgenda(String meetingId) {
    return ofAgenda(meetingId, itemId -> true);
  }

  /**
   * {@link #ofAgenda(String)} for a reader: the bilag of a closed item he or she may not read
   * ({@code showsConfidential} false: a member disqualified for it, ADR 0055) are not listed.
   */
  public List<ItemLines> ofAgenda(String meetingId, LongPredicate showsConfidential) {
    List<ItemLines> result = new ArrayList<>();
    for (AgendaEntry entry : items.agenda(meetingId)) {
      if (!showsConfidential.test(entry.itemId())) {
        continue;
      }
      List<Line> lines = of(entry.itemId());
      if (!lines.isEmpty()) {
        String title = items.find(entry.itemId()).map(i -> i.title()).orElse("");
        result.add(new ItemLines(entry.itemId(), entry.position(), title, lines));
      }
    }
    return result;
  }

  /**
   * The file chosen in the item's field, if any: checked for the user (may add to the item, type, size) with a Danish
   * message on the field when refused.
   */
  public Optional<Pending> read(ScreenInput input, long itemId, String user) {
    String title = input.text(titleField(itemId), "Titel på bilag", false);
    if (title.length() > TextLimits.TITLE) {
      input.error(titleField(itemId), "Titlen på bilaget må højst have " + TextLimits.TITLE + " tegn.");
    }
    Optional<Upload> upload = input.file(fileField(itemId)).map(Upload::of);
    if (upload.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> refusal = attachments.refusal(itemId, upload.get(), user);
    refusal.ifPresent(message -> input.error(fileField(itemId), message));
    return refusal.isPresent() ? Optional.empty() : Optional.of(new Pending(itemId, title, upload.get()));
  }

  /** Stores a file read by {@link #read}, as the user. */
  public Attachment store(Pending pending, String user) {
    return attachments.upload(pending.itemId(), pending.title(), pending.upload(), user);
  }

  private Line line(Attachment a) {
    String type = a.hasFile() ? TYPES.getOrDefault(a.contentType(), a.contentType()) : null;
    String uploaded = a.hasFile() ? masterData.person(a.uploadedBy()).map(Person::name).orElse(a.uploadedBy())
        + ", " + a.uploadedAt().format(DanishDates.DATE_TIME) : null;
    return new Line(a.number(), a.title(), a.toFollow(), a.fileName(), a.link(), type,
        a.hasFile() ? FileSizes.danish(a.size()) : null, uploaded);
  }
}
