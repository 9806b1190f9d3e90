package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.document.TextBlocks.Block;
import java.util.List;

/** The model of templates/mail/notification.html and notification-text.txt. */
public record MailView(
    String subject,
    String greeting,
    List<Block> body,
    String itemsHeading,
    List<String> items,
    List<Link> links,
    List<String> attachments) {

  public record Link(String label, String url) {}
}
