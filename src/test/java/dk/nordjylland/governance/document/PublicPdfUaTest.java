package dk.nordjylland.governance.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.GovernanceTest;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17's test list: veraPDF validates EVERY generated agenda and minutes PDF as PDF/UA-1, so also the public
 * version stored beside each one when the meeting has a closed item (ADR 0055), as the public downloads it from the
 * portal: 0 failed rules, language da, a title and a bookmark per item.
 */
@GovernanceTest
class PublicPdfUaTest {

  static final String MARKER = "UAMARKOER";

  @Autowired ClosedItemCases closedCases;
  @Autowired TestRestTemplate http;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void thePublicAgendaAndMinutesOfAMeetingWithAClosedItemArePdfUa1() throws IOException {
    ClosedCase c = closedCases.held(LocalDateTime.of(2193, 9, 9, 9, 0), MARKER);
    for (String file : List.of("dagsorden.pdf", "referat.pdf")) {
      ResponseEntity<byte[]> response = http.getForEntity("/moeder/" + c.meetingId() + "/" + file, byte[].class);
      assertThat(response.getStatusCode().value()).as(file).isEqualTo(200);
      byte[] pdf = response.getBody();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        // The public version indeed (the confidential words are not in it), ...
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertThat(text).as(file).contains(ClosedItemCases.PUBLIC_TITLE).doesNotContain(MARKER);
        // ... tagged as the full one is.
        assertThat(document.getDocumentCatalog().getLanguage()).as(file).isEqualTo("da");
        assertThat(document.getDocumentInformation().getTitle()).as(file).matches("(Dagsorden|Referat).+");
        assertThat(document.getDocumentCatalog().getDocumentOutline().children()).as(file).isNotEmpty()
            .allMatch(b -> b.getTitle().startsWith("Punkt "));
      }
      assertThat(PdfUaValidator.failedRules(pdf)).as(file).isEmpty();
    }
  }
}
