package dk.nordjylland.governance.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of a message GreenMail received: its text and HTML bodies and its attachments by file name. */
public record ReceivedMail(String text, String html, Map<String, byte[]> attachments) {

  public static ReceivedMail of(MimeMessage message) throws Exception {
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder();
    Map<String, byte[]> attachments = new LinkedHashMap<>();
    walk(message, text, html, attachments);
    return new ReceivedMail(text.toString(), html.toString(), attachments);
  }

  private static void walk(Part part, StringBuilder text, StringBuilder html, Map<String, byte[]> attachments)
      throws Exception {
    if (part.getFileName() != null) {
      attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        walk(child, text, html, attachments);
      }
    } else if (part.isMimeType("text/plain")) {
      text.append(part.getContent());
    } else if (part.isMimeType("text/html")) {
      html.append(part.getContent());
    }
  }
}
