package dk.nordjylland.governance.document;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposal.AttachmentProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 point 9: the agenda and minutes run on item after item (FU's seeds) unless the forum lays them out a page
 * per item (FFU, governance.documents.forums.ffu.page-per-item); no heading is left alone at a page's bottom; bilag
 * are numbered across the meeting; nested lists keep their levels. Meetings of their own in 2036.
 */
@GovernanceTest
class DocumentLayoutTest {

  /** A heading of an item or of one of its parts, as the PDF's text has it. */
  static final Pattern HEADING = Pattern.compile("^(Punkt \\d+: .*|Resumé|Sagsfremstilling|Økonomi|Indstilling"
      + "|Fortsat sagsbehandling|Bilag|Det indstilles, at .*:)$");

  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Agenda agenda;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired MeetingDocuments documents;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aTenItemMeetingOfFuRunsOnWithoutOrphanHeadingsAndItsBilagNumberedAcrossTheMeeting() throws IOException {
    String meetingId = meeting("fu", LocalDateTime.of(2036, 6, 10, 12, 0));
    // FU's six standing items (no content) and four items with text enough for a page or more each.
    for (int i = 1; i <= 4; i++) {
      propose("fu", meetingId, "Drøftelse: Sag nummer " + i, text(6 + 5 * i),
          List.of(new AttachmentProposal("Notat " + i + "a", false), new AttachmentProposal("Notat " + i + "b", i == 2)));
    }
    publishAgenda(meetingId);
    List<AgendaEntry> entries = items.agenda(meetingId);
    assertThat(entries).hasSize(10);

    byte[] pdf = documents.render(meetingId, DocumentKind.AGENDA);
    keep(pdf, "fu-continuous");
    List<String> pages = pages(pdf);
    // Continuous: fewer pages than items (before issue 15: a page per item above 8 items, 12 pages).
    assertThat(pages.size()).isLessThan(entries.size());
    // A standing item without content is its heading alone: it may end a page; a heading with text may not.
    List<String> empty = entries.stream().filter(e -> items.find(e.itemId()).orElseThrow().standing())
        .map(e -> "Punkt " + e.position() + ": " + items.find(e.itemId()).orElseThrow().title()).toList();
    assertThat(orphanHeadings(pages, empty)).isEmpty();
    // Bilag 1..8 across the items, in agenda order; each item's own first bilag is not "Bilag 1" again.
    String text = String.join("\n", pages);
    assertInOrder(text, List.of("Bilag 1: Notat 1a", "Bilag 2: Notat 1b", "Bilag 3: Notat 2a",
        "Bilag 4: Notat 2b (eftersendes)", "Bilag 5: Notat 3a", "Bilag 6: Notat 3b", "Bilag 7: Notat 4a",
        "Bilag 8: Notat 4b"));
    assertThat(text).doesNotContain("Bilag 1: Notat 2a");
    // The agenda's text in the approval task and the mails number them the same way.
    assertThat(agenda.agendaText(meetingId)).contains("Bilag 3: Notat 2a", "Bilag 8: Notat 4b");
  }

  @Test
  void ffuConfiguresAPagePerItemAndItsStandingItemsWithoutContentTakeNoPage() throws IOException {
    String meetingId = meeting("ffu", LocalDateTime.of(2036, 9, 16, 12, 0));
    propose("ffu", meetingId, "Orientering: Kort sag", "Et afsnit.", List.of());
    propose("ffu", meetingId, "Godkendelse: Anden kort sag", "Et andet afsnit.", List.of());
    publishAgenda(meetingId);
    List<AgendaEntry> entries = items.agenda(meetingId);

    byte[] pdf = documents.render(meetingId, DocumentKind.AGENDA);
    keep(pdf, "ffu-page-per-item");
    List<String> pages = pages(pdf);
    List<Integer> contentPositions = entries.stream()
        .filter(e -> items.find(e.itemId()).orElseThrow().summary() != null).map(AgendaEntry::position).toList();
    assertThat(contentPositions).hasSize(2);
    // The meeting's facts and the standing items on page 1, then one page per item with content, nothing else.
    assertThat(pages).hasSize(1 + contentPositions.size());
    for (int i = 0; i < contentPositions.size(); i++) {
      String page = pages.get(1 + i);
      assertThat(page).contains("Punkt " + contentPositions.get(i) + ": ");
      assertThat(headings(page).stream().filter(h -> h.startsWith("Punkt ")).count()).isEqualTo(1);
    }
  }

  @Test
  void nestedListsKeepTheirLevelsAndOrder() throws IOException {
    String meetingId = meeting("fu", LocalDateTime.of(2036, 10, 14, 12, 0));
    propose("fu", meetingId, "Orientering: Opfølgning på møder", """
        Forretningsudvalget drøfter relevante møder siden sidst, herunder:

        • Formandskabsmøde Strategisk Sundhedsforum 28. marts
          o Dagsordenen til maj
          o Sundhedsreformen
            - Økonomien
        • Sundhedsprofil-konferencen 31. marts
          1. Første oplæg
          2. Andet oplæg
             med en ombrudt linje
        • Det sidste punkt""", List.of());
    publishAgenda(meetingId);

    String html = documents.html(meetingId, DocumentKind.AGENDA).replaceAll("\\s+", " ");
    // The HTML nests as typed: a list inside the first point, a list inside its second point, a numbered list.
    assertThat(html).containsPattern("<li><span class=\"marker\">•</span><span>Formandskabsmøde Strategisk"
        + " Sundhedsforum 28\\. marts</span> ?<ul class=\"points\"> ?<li><span class=\"marker\">o</span><span>Dagsordenen"
        + " til maj</span></li>");
    assertThat(html).containsPattern("<span>Sundhedsreformen</span> ?<ul class=\"points\"> ?<li><span class=\"marker\">"
        + "▪</span><span>Økonomien</span></li> ?</ul>");
    assertThat(html).containsPattern("<ol class=\"points\"> ?<li><span class=\"marker\">1\\.</span><span>Første"
        + " oplæg</span></li> ?<li><span class=\"marker\">2\\.</span><span>Andet oplæg med en ombrudt linje</span>");

    byte[] pdf = documents.render(meetingId, DocumentKind.AGENDA);
    keep(pdf, "nested-lists");
    String text = String.join("\n", pages(pdf));
    assertInOrder(text, List.of("• Formandskabsmøde", "o Dagsordenen til maj", "o Sundhedsreformen", "▪ Økonomien",
        "• Sundhedsprofil-konferencen", "1. Første oplæg", "2. Andet oplæg med en ombrudt linje",
        "• Det sidste punkt"));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  String meeting(String forumId, LocalDateTime at) {
    Clock.set(at.minusDays(45));
    String meetingId = testMeetings.create(forumId, at);
    assertThat(starter.start(meetingId)).contains(meetingId);
    return meetingId;
  }

  void propose(String forumId, String meetingId, String title, String summary, List<AttachmentProposal> attachments) {
    itemProposals.proposeForProcess(new ItemProposal(forumId, meetingId, title, null, summary, null, null, null,
        "Arbejdsgruppen", List.of("Tager orienteringen til efterretning.", "Drøfter den videre proces."),
        attachments), "system");
  }

  void publishAgenda(String meetingId) {
    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(meetingId).singleResult();
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));
  }

  /** {@code paragraphs} paragraphs of four lines each. */
  static String text(int paragraphs) {
    List<String> parts = new ArrayList<>();
    for (int p = 1; p <= paragraphs; p++) {
      parts.add("Afsnit " + p + ". Kommunerne og regionen har drøftet sagen i arbejdsgruppen, og der er enighed om"
          + " at fortsætte arbejdet med udgangspunkt i de erfaringer, der er gjort i klyngerne og i de tværsektorielle"
          + " fora, herunder i forretningsudvalget og i det administrative styregruppearbejde.");
    }
    return String.join("\n\n", parts);
  }

  /** Each page's text without its footer lines ("Side n af m", the running footer). */
  static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(String.join("\n", stripper.getText(document).lines()
            .filter(line -> !line.startsWith("Side ") && !line.startsWith("Dagsorden · ")
                && !line.startsWith("Referat · ") && !line.isBlank())
            .toList()));
      }
    }
    return pages;
  }

  static List<String> headings(String page) {
    return page.lines().map(String::strip).filter(l -> HEADING.matcher(l).matches()).toList();
  }

  /** The pages whose last line is a heading (other than {@code alone}, headings without text), but the last page. */
  static List<String> orphanHeadings(List<String> pages, List<String> alone) {
    List<String> orphans = new ArrayList<>();
    for (int p = 0; p < pages.size() - 1; p++) {
      List<String> lines = pages.get(p).lines().map(String::strip).toList();
      String last = lines.get(lines.size() - 1);
      if (HEADING.matcher(last).matches() && !alone.contains(last)) {
        orphans.add("side " + (p + 1) + ": " + last);
      }
    }
    return orphans;
  }

  static void assertInOrder(String text, List<String> parts) {
    int at = 0;
    for (String part : parts) {
      int found = text.indexOf(part, at);
      assertThat(found).as("'%s' after position %d in:%n%s", part, at, text).isGreaterThanOrEqualTo(0);
      at = found + part.length();
    }
  }

  /** The PDF in target/, to look at. */
  static void keep(byte[] pdf, String name) throws IOException {
    Files.createDirectories(Path.of("target", "documents"));
    Files.write(Path.of("target", "documents", "layout-" + name + ".pdf"), pdf);
  }
}
