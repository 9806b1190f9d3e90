package dk.nordjylland.governance.document;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposal.AttachmentProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.ForwardedCases.ForwardedCase;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 point 8 (ADR 0057): every kind of agenda and minutes PDF the application makes is tagged PDF/UA-1, checked
 * by veraPDF with 0 failed rules: a continuous agenda with a table of contents, lists and bilag; FFU's page-per-item
 * agenda and minutes; SSF's agenda and minutes with the pre-meeting's conclusions; the pre-meeting's own agenda and
 * minutes; the minutes draft marked UDKAST. And each has the language, title and a bookmark per item a reader
 * navigates by. Meetings of their own in 2168.
 */
@GovernanceTest
class PdfUaTest {

  @Autowired ForwardedCases cases;
  @Autowired MeetingRun run;
  @Autowired ItemProposals agenda;
  @Autowired Meetings meetings;
  @Autowired Documents documents;
  @Autowired MeetingDocuments meetingDocuments;
  @Autowired ProcessEngine engine;
  @Autowired Items items;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void everyKindOfAgendaAndMinutesIsPdfUa1WithLanguageTitleAndABookmarkPerItem() throws IOException {
    ForwardedCase forwarded = cases.ffuToSsf(LocalDateTime.of(2168, 3, 10, 9, 0), LocalDateTime.of(2168, 4, 21, 13, 0),
        "Godkendelse: Samarbejdsaftale om osteoporose", "1-01-72-2168-01");
    String preMeeting = meetings.preMeetingOf(forwarded.ssfMeetingId()).orElseThrow().id();

    // FU runs on (no page per item) with more items than the table of contents' threshold, lists and bilag.
    Clock.set(LocalDateTime.of(2168, 5, 1, 9, 0));
    String fu = run.start("fu", LocalDateTime.of(2168, 6, 12, 12, 0));
    for (int i = 1; i <= 4; i++) {
      agenda.proposeForProcess(new ItemProposal("fu", fu, "Drøftelse: Sag nummer " + i, "1-01-72-2168-1" + i,
          "Resumé af sag " + i + ":\n\n• Første punkt\n  o Underpunkt\n• Andet punkt",
          DocumentLayoutTest.text(3), "Ingen udgifter.", null, "Arbejdsgruppen",
          List.of("Tager orienteringen til efterretning.", "Drøfter den videre proces."),
          List.of(new AttachmentProposal("Notat " + i, i == 2))), "system");
    }
    run.hold(fu);

    Map<String, byte[]> pdfs = new LinkedHashMap<>();
    for (String meetingId : List.of(forwarded.ffuMeetingId(), forwarded.ssfMeetingId(), preMeeting, fu)) {
      for (DocumentInfo info : documents.ofMeeting(meetingId)) {
        if (!info.kind().isCalendar()) {
          pdfs.put(info.fileName() + " v" + info.version(),
              documents.version(meetingId, info.kind(), info.version()).orElseThrow().content());
        }
      }
    }
    // The draft is made on request only: held but not yet approved.
    Clock.set(LocalDateTime.of(2168, 7, 1, 9, 0));
    String held = run.start("fu", LocalDateTime.of(2168, 8, 14, 12, 0));
    agenda.proposeForProcess(new ItemProposal("fu", held, "Orientering: Kort sag", null, "Et afsnit.", null, null,
        null, "Arbejdsgruppen", List.of("Tager orienteringen til efterretning."), List.of()), "system");
    run.toMeeting(held);
    record(held);
    pdfs.put("referatudkast-" + held, meetingDocuments.minutesDraft(held));

    assertThat(pdfs.keySet()).hasSizeGreaterThanOrEqualTo(9)
        .anyMatch(k -> k.startsWith("dagsorden-" + preMeeting)).anyMatch(k -> k.startsWith("referat-" + preMeeting))
        .anyMatch(k -> k.startsWith("dagsorden-" + fu)).anyMatch(k -> k.startsWith("referat-" + fu));
    Map<String, List<String>> failed = new LinkedHashMap<>();
    pdfs.forEach((name, pdf) -> failed.put(name, PdfUaValidator.failedRules(pdf)));
    assertThat(failed).allSatisfy((name, rules) -> assertThat(rules).as(name).isEmpty());

    for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
      try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
        assertThat(document.getDocumentCatalog().getLanguage()).as(pdf.getKey()).isEqualTo("da");
        assertThat(document.getDocumentInformation().getTitle()).as(pdf.getKey()).matches("(Dagsorden|Referat).+");
        assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        List<String> bookmarks = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
          bookmarks.add(item.getTitle());
        }
        assertThat(bookmarks).as(pdf.getKey()).isNotEmpty().allMatch(b -> b.startsWith("Punkt "));
      }
    }
  }

  /** The meeting recorded (every item taken to notice, with a text), the minutes not yet approved. */
  void record(String meetingId) throws IOException {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(RECORD_MEETING).singleResult();
    List<DecisionInput> decisions = items.agenda(meetingId).stream()
        .map(e -> new DecisionInput(e.itemId(), Outcome.TAKEN_TO_NOTICE, "Taget til efterretning.", null, null, null,
            null, null))
        .toList();
    engine.getTaskService().complete(task.getId(), Map.of("decisions", json.writeValueAsString(decisions)));
  }
}
