package dk.nordjylland.governance.agreement;

import dk.nordjylland.governance.agreement.AgreementProperties.PartyApprovalSetting;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting an agreement (the first step of collaboration-agreement.bpmn) and its revision (the last): validates
 * everything first (Danish {@link UserInputException}), then writes and starts the process in the caller's
 * transaction, so a rejected start leaves nothing behind.
 */
@Service
public class AgreementStarts {

  private final AgreementStore store;
  private final AgreementProperties properties;
  private final Directory directory;
  private final Meetings meetings;
  private final AgreementAccess access;
  private final AgreementInstances instances;

  AgreementStarts(AgreementStore store, AgreementProperties properties, Directory directory, Meetings meetings,
      AgreementAccess access, AgreementInstances instances) {
    this.store = store;
    this.properties = properties;
    this.directory = directory;
    this.meetings = meetings;
    this.access = access;
    this.instances = instances;
  }

  /**
   * Starts an agreement and its process (business key {@code agreement-<id>}).
   *
   * @throws AuthorizationException if the actor is in none of {@code governance.agreement.starter-groups}
   * @throws UserInputException (Danish) for a missing title, an unknown agreement to revise, unknown groups,
   *     invalid parties or an invalid first version
   */
  @Transactional
  public long start(AgreementStart s, String actor) {
    access.requireStarter(actor);
    return startChecked(s, actor);
  }

  private long startChecked(AgreementStart s, String actor) {
    Problems problems = new Problems();
    problems.requireText(s.title(), "Aftalen skal have en titel.");
    problems.maxLength(s.title(), TextLimits.TITLE, "Titel");
    problems.maxLength(s.caseNumber(), 40, "Sagsnr.");
    Optional<Agreement> revises = Optional.empty();
    if (s.revisesId() != null) {
      revises = store.find(s.revisesId());
      problems.require(revises.isPresent(), "Samarbejdsaftale " + s.revisesId() + ", der skal revideres, findes ikke.");
    }
    String workingGroup = group(s.workingGroup(), revises.map(Agreement::workingGroup).orElse(properties.defaultWorkingGroup()),
        "Arbejdsgruppen", problems);
    String networkGroup = group(s.networkGroup(), revises.map(Agreement::networkGroup).orElse(properties.defaultNetworkGroup()),
        "Netværksgruppen", problems);
    String responsibleGroup = group(s.responsibleGroup(), revises.map(Agreement::responsibleGroup).orElse(workingGroup),
        "Den ansvarlige gruppe", problems);
    List<PartyApprovalSetting> parties = s.partyApprovals() == null ? properties.partyApprovals() : s.partyApprovals();
    for (PartyApprovalSetting p : parties) {
      String name = p.name() == null || p.name().isBlank() ? p.group() : p.name();
      problems.require(p.group() != null && directory.isGroup(p.group()),
          "Parten '" + name + "' skal være en gruppe, der findes.");
      problems.require(p.name() != null && !p.name().isBlank() && p.name().length() <= 200,
          "Parten '" + p.group() + "' skal have et navn på højst " + TextLimits.NAME + " tegn.");
      problems.require(p.workingDays() >= 1 && p.workingDays() <= 60,
          "Fristen for " + name + " skal være mellem 1 og 60 arbejdsdage.");
    }
    byte[] content = s.firstVersion() == null ? null : AgreementVersions.validVersion(s.firstVersion(), problems);
    if (s.ffuMeetingId() != null && !s.ffuMeetingId().isBlank()) {
      Optional<Meeting> meeting = meetings.find(s.ffuMeetingId());
      problems.require(meeting.isPresent() && meeting.get().forumId().equals(properties.recommendingForum()),
          "Mødet '" + s.ffuMeetingId() + "' er ikke et møde i Fælles Forretningsudvalg.");
    }
    problems.throwIfAny("Samarbejdsaftalen kan ikke startes");

    boolean withTerms = s.withTermsOfReference() != null ? s.withTermsOfReference() : s.revisesId() == null;
    LocalDateTime now = EngineClock.now();
    long id = store.insert(s, s.revisesId() == null ? AgreementKind.NEW : AgreementKind.REVISION, withTerms, workingGroup, networkGroup,
        responsibleGroup, actor, now);
    for (PartyApprovalSetting p : parties) {
      store.insertParty(id, p.group(), p.name().strip(), p.workingDays());
    }
    if (s.ffuMeetingId() != null && !s.ffuMeetingId().isBlank()) {
      store.plan(id, properties.recommendingForum(), s.ffuMeetingId().strip());
    }
    if (s.firstVersion() != null) {
      store.insertVersion(id, 1, s.firstVersion(), content, actor, now);
    }
    store.event(id, "STARTED", s.revisesId() == null ? "Ny samarbejdsaftale" : "Revision af samarbejdsaftale " + s.revisesId(),
        actor, now);
    store.attachProcess(id, instances.start(id, withTerms));
    return id;
  }

  private String group(String given, String fallback, String what, Problems problems) {
    String id = given == null || given.isBlank() ? fallback : given.strip();
    problems.require(directory.isGroup(id), what + " '" + id + "' findes ikke som gruppe.");
    return id;
  }

  /** The revision is due: a new agreement that revises this one, with its own process. */
  @Transactional
  public long startRevision(long agreementId) {
    Agreement a = store.find(agreementId).orElseThrow();
    List<PartyApprovalSetting> parties = store.parties(agreementId).stream()
        .map(p -> new PartyApprovalSetting(p.partyGroup(), p.partyName(), p.workingDays())).toList();
    return startChecked(new AgreementStart(a.title(), a.caseNumber(), a.id(), false, a.workingGroup(), a.networkGroup(),
        a.responsibleGroup(), parties, null, null), "system");
  }
}
