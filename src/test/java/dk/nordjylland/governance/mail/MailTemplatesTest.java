package dk.nordjylland.governance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.document.TextBlocks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Danish mail templates without Spring: text escaped in HTML, plain in the text part. */
class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates();

  MailView view() {
    return new MailView("Dagsorden: Fælles Forretningsudvalg", "Til FFU - medlemmer",
        TextBlocks.of("Dagsordenen er udsendt.\n\n- første\n- anden"), "Dagsordenens punkter",
        List.of("Punkt 1: <script>alert('x')</script> & <b>fed</b>"),
        List.of(new MailView.Link("Dagsorden (PDF)", "http://localhost:8080/api/meetings/m/documents/agenda.pdf")),
        List.of("dagsorden-m.pdf"));
  }

  @Test
  void htmlEscapesWhatUsersTyped() {
    String html = templates.html(NotificationBodies.TEMPLATE, Map.of("mail", view()));
    assertThat(html).contains("Til FFU - medlemmer", "Dagsorden: Fælles Forretningsudvalg", "<li>første</li>",
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;", "dagsorden-m.pdf",
        "href=\"http://localhost:8080/api/meetings/m/documents/agenda.pdf\"");
    assertThat(html).doesNotContain("<script>", "<b>fed</b>");
  }

  @Test
  void textPartIsPlain() {
    String text = templates.text(NotificationBodies.TEMPLATE, Map.of("mail", view()));
    assertThat(text).contains("Til FFU - medlemmer", "Dagsordenen er udsendt.", "- første", "- anden",
        "- Punkt 1: <script>alert('x')</script> & <b>fed</b>", "Vedhæftet: dagsorden-m.pdf",
        "Dagsorden (PDF): http://localhost:8080/api/meetings/m/documents/agenda.pdf");
  }
}
