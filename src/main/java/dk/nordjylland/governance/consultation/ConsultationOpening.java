package dk.nordjylland.governance.consultation;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a consultation (the start of consultation.bpmn): validates the whole request first (Danish messages),
 * then stores it and its respondents and, for {@link #open}, starts its process, in one transaction.
 */
@Service
public class ConsultationOpening {
  static final int MAX_RESPONDENTS = 50;

  private final ConsultationTable table;
  private final MasterData masterData;
  private final WorkingDays workingDays;
  private final Directory directory;
  private final RespondentLookup lookup;
  private final ConsultationInstances instances;

  ConsultationOpening(ConsultationTable table, MasterData masterData, WorkingDays workingDays, Directory directory,
      RespondentLookup lookup, ConsultationInstances instances) {
    this.table = table;
    this.masterData = masterData;
    this.workingDays = workingDays;
    this.directory = directory;
    this.lookup = lookup;
    this.instances = instances;
  }

  /**
   * Validates and stores a consultation whose replies are text answers; starts no process (a caller starts
   * {@code consultation} itself, e.g. as a call activity).
   *
   * @return the consultation's id
   * @throws UserInputException (Danish) listing every problem with the request
   */
  @Transactional
  public long create(ConsultationRequest request, String actor) {
    return create(request, ConsultationKind.TEXT, actor);
  }

  /** {@link #create} and start the {@code consultation} process with business key {@code consultation-<id>}. */
  @Transactional
  public long open(ConsultationRequest request, String actor) {
    return open(request, ConsultationKind.TEXT, actor);
  }

  @Transactional
  long open(ConsultationRequest request, ConsultationKind kind, String actor) {
    long id = create(request, kind, actor);
    instances.start(ConsultationProcess.KEY, ConsultationProcess.businessKey(id), id);
    return id;
  }

  @Transactional
  long create(ConsultationRequest request, ConsultationKind kind, String actor) {
    Problems problems = new Problems();
    problems.requireText(request.subject(), "Høringen skal have et emne.");
    problems.maxLength(request.subject(), TextLimits.TITLE, "Emne");
    problems.requireText(request.question(), "Skriv det spørgsmål, der skal besvares.");
    problems.maxLength(request.question(), TextLimits.NOTE, "Spørgsmål");
    if (request.ownerGroup() == null || request.ownerGroup().isBlank()) {
      problems.add("Angiv det sekretariat (gruppe-id), der ejer høringen og lukker den.");
    } else if (!directory.isGroup(request.ownerGroup().strip())) {
      problems.add("Sekretariatet '" + request.ownerGroup() + "' findes ikke som gruppe.");
    }
    List<Respondent> respondents = respondents(request.respondents(), problems);
    LocalDate today = EngineClock.today();
    if (request.replyBy() == null) {
      problems.add("Angiv en svarfrist.");
    } else if (!request.replyBy().isAfter(today)) {
      problems.add("Svarfristen " + request.replyBy().format(DanishDates.LONG_DATE) + " skal ligge efter i dag ("
          + today.format(DanishDates.LONG_DATE) + ").");
    } else {
      workingDays.closedReason(request.replyBy()).ifPresent(reason -> problems.add("Svarfristen "
          + request.replyBy().format(DanishDates.LONG_DATE) + " er " + reason + " og ikke en arbejdsdag."));
    }
    if (request.forumId() != null && !request.forumId().isBlank() && masterData.forum(request.forumId()).isEmpty()) {
      problems.add("Forummet '" + request.forumId() + "' findes ikke.");
    }
    problems.throwIfAny("Høringen kan ikke oprettes");

    String forumId = request.forumId() == null || request.forumId().isBlank() ? null : request.forumId();
    long id = table.insert(kind, request.subject().strip(), request.question().strip(), request.ownerGroup().strip(),
        request.replyBy(), forumId, actor == null ? "system" : actor, EngineClock.now());
    respondents.forEach(r -> table.insertRespondent(id, r));
    return id;
  }

  private List<Respondent> respondents(List<String> ids, Problems problems) {
    if (ids.isEmpty()) {
      problems.add("Angiv mindst én, der skal svare (bruger- eller gruppe-id).");
    }
    if (ids.size() > MAX_RESPONDENTS) {
      problems.add("En høring kan højst have " + MAX_RESPONDENTS + " parter.");
    }
    List<Respondent> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : ids) {
      String id = raw == null ? "" : raw.strip();
      if (id.isEmpty()) {
        problems.add("En part uden id kan ikke svare.");
      } else if (!seen.add(id)) {
        problems.add("'" + id + "' er nævnt flere gange blandt parterne.");
      } else {
        String groupName = lookup.groupName(id);
        if (groupName != null) {
          result.add(new Respondent(id, true, groupName, result.size() + 1));
        } else {
          String userName = lookup.userName(id);
          if (userName == null) {
            problems.add("Parten '" + id + "' findes ikke som bruger eller gruppe.");
          } else {
            result.add(new Respondent(id, false, userName, result.size() + 1));
          }
        }
      }
    }
    return result;
  }
}
