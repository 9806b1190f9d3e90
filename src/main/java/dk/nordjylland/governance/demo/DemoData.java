package dk.nordjylland.governance.demo;

import dk.nordjylland.governance.StartupOrder;
import dk.nordjylland.governance.agreement.AgreementStart;
import dk.nordjylland.governance.agreement.AgreementStarts;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.consultation.ContactPersons;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposal.AttachmentProposal;
import dk.nordjylland.governance.item.ItemProposals;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo run's work in progress: FFU meetings at every stage around the day of the first start
 * ({@link DemoMeetings}), items proposed by fictional members for FFU's open call and the next SSF meeting, so a
 * newcomer sees a pipeline at once; a collaboration agreement on its way to FFU and a consultation of the
 * municipalities. Runs once per database. The calendar's meeting cycles start from the calendar
 * (StartDueCyclesSchedule, after this).
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_DATA)
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final ItemProposals itemProposals;
  private final JdbcClient jdbc;
  private final AgreementStarts agreements;
  private final ContactPersons contactPersons;
  private final WorkingDays workingDays;
  private final DemoMeetings demoMeetings;

  DemoData(ItemProposals itemProposals, JdbcClient jdbc, AgreementStarts agreements, ContactPersons contactPersons,
      WorkingDays workingDays, DemoMeetings demoMeetings) {
    this.demoMeetings = demoMeetings;
    this.itemProposals = itemProposals;
    this.jdbc = jdbc;
    this.agreements = agreements;
    this.contactPersons = contactPersons;
    this.workingDays = workingDays;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from gov_item where standing = false").query(Integer.class).single() > 0) {
      return;
    }
    demoMeetings.createOnce();
    for (Proposal p : proposals()) {
      itemProposals.proposeForProcess(p.item(), p.proposedBy());
    }
    LOG.info("Demo: {} items proposed for FFU's open call and the next SSF meeting", proposals().size());
    // An agreement whose terms of reference wait in FFU's pipeline, and the municipalities asked for a contact person.
    long agreementId = agreements.start(new AgreementStart("Samarbejdsaftale om borgere med KOL", "1-22-72-3101-26",
        null, true, null, null, null, null, null, null), "karen.lund");
    long consultationId = contactPersons.request("Kontaktperson for sundhedsberedskab",
        "Udpeg en kontaktperson i kommunen til det videre arbejde med sundhedsberedskabsplanlægningen.",
        "ffu-secretariat", workingDays.plusWorkingDays(EngineClock.today(), 15), null, "karen.lund");
    LOG.info("Demo: agreement {} started, consultation {} opened", agreementId, consultationId);
  }

  record Proposal(String proposedBy, ItemProposal item) {}

  static List<Proposal> proposals() {
    return List.of(
        new Proposal("karen.lund", new ItemProposal("ffu", DemoMeetings.CALL,
            "Godkendelse: Revideret samarbejdsaftale om diabetes", "1-22-72-5012-26",
            "Samarbejdsaftalen om diabetes er revideret af netværksgruppen og fremlægges til godkendelse.",
            "Aftalen fra 2017 er opdateret med nye forløb for borgere med type 2-diabetes og en tydeligere"
                + " opgavefordeling mellem almen praksis, kommuner og hospitaler.",
            "Aftalen medfører ikke øgede udgifter for parterne.",
            "Anbefales aftalen, forelægges den Strategisk Sundhedsforum og Sundhedssamarbejdsudvalget.",
            "Netværksgruppen for diabetes",
            List.of("Godkender, at den reviderede samarbejdsaftale om diabetes indstilles til godkendelse i"
                + " Strategisk Sundhedsforum."),
            List.of(new AttachmentProposal("Samarbejdsaftale om diabetes, udkast november 2026", false)))),
        new Proposal("lone.berg", new ItemProposal("ffu", DemoMeetings.CALL,
            "Orientering: Status på sundhedsrådenes første år", "1-30-72-146-24",
            "Fælles Forretningsudvalg orienteres om erfaringerne fra sundhedsrådenes første år.",
            null, null, "Der er ikke planlagt yderligere behandling af punktet.", null,
            List.of("Tager orienteringen til efterretning."), List.of())),
        new Proposal("karen.lund", new ItemProposal("ffu", DemoMeetings.CALL,
            "Drøftelse: Dagsorden til Strategisk Sundhedsforum", "1-01-72-1044-24",
            "De punkter, der aktuelt er i pipeline til næste møde i Strategisk Sundhedsforum, fremlægges.",
            null, null, null, null,
            List.of("Drøfter punkterne i pipeline.", "Drøfter, om der er øvrige punkter."), List.of())),
        new Proposal("jens.bach", new ItemProposal("ffu", DemoMeetings.CALL,
            "Godkendelse: Kommissorium for arbejdsgruppe om tværsektoriel medicinhåndtering", "1-01-72-2210-26",
            "Kommissoriet for en arbejdsgruppe om medicinhåndtering på tværs af sektorer fremlægges.",
            null, null, null, "PLO-Nordjylland",
            List.of("Godkender kommissoriet."),
            List.of(new AttachmentProposal("Kommissorium, udkast", true)))),
        new Proposal("karen.lund", new ItemProposal("ssf", null,
            "Godkendelse: Midtvejsstatus for Sundhedsaftalen", "1-30-72-240-24",
            "Midtvejsstatus fremlægges efter behandling i Fælles Forretningsudvalg.",
            null, null, "Efter godkendelse forelægges midtvejsstatus Sundhedssamarbejdsudvalget.",
            "Fælles Forretningsudvalg",
            List.of("Godkender midtvejsstatus."), List.of())));
  }
}
