package dk.nordjylland.governance.attachment;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachments' rows (gov_item_attachment) and their files (gov_item_attachment_file, V14). */
@Repository
class AttachmentFiles {

  /** A stored file with its content, for download. */
  record StoredFile(String fileName, String contentType, byte[] content) {}

  private final JdbcClient jdbc;

  AttachmentFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new attachment row after the item's last one; returns its number. */
  int add(long itemId, String title) {
    int number = jdbc.sql("select coalesce(max(number), 0) + 1 from gov_item_attachment where item_id = ?")
        .param(itemId).query(Integer.class).single();
    jdbc.sql("insert into gov_item_attachment (item_id, number, title, to_follow) values (?, ?, ?, false)")
        .params(itemId, number, title).update();
    return number;
  }

  void store(long itemId, int number, String fileName, FileType type, byte[] content, String uploadedBy,
      LocalDateTime at) {
    jdbc.sql("insert into gov_item_attachment_file (item_id, number, file_name, content_type, size_bytes, content,"
            + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(itemId, number, fileName, type.contentType(), (long) content.length, content, uploadedBy, at)
        .update();
    // The file is there: no longer "eftersendes".
    jdbc.sql("update gov_item_attachment set to_follow = false where item_id = ? and number = ?")
        .params(itemId, number).update();
  }

  Optional<StoredFile> file(long itemId, int number) {
    return jdbc.sql("select file_name, content_type, content from gov_item_attachment_file"
            + " where item_id = ? and number = ?")
        .params(itemId, number)
        .query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .optional();
  }
}
