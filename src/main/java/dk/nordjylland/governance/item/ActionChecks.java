package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ProblemSubjects.DUE_DATE;
import static dk.nordjylland.governance.item.ProblemSubjects.actionSubject;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.followup.GuestEmails;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The checks of a meeting record's actions (MeetingRecording): item, description, owner or guest, due date. */
@Component
class ActionChecks {

  private final Directory directory;
  private final MasterData masterData;
  private final WorkingDays workingDays;

  ActionChecks(Directory directory, MasterData masterData, WorkingDays workingDays) {
    this.directory = directory;
    this.masterData = masterData;
    this.workingDays = workingDays;
  }

  /**
   * Adds a Danish problem for each wrong action; returns the due dates in the actions' order (null where wrong).
   * {@code archived}: a past meeting registered for the archive records its actions as they were decided.
   */
  List<LocalDate> check(List<ActionInput> actions, Map<Long, AgendaEntry> onAgenda, boolean archived,
      Problems problems) {
    List<LocalDate> dueDates = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      ActionInput a = actions.get(i);
      String name = "Handling '" + (a.description() == null ? "" : abbreviate(a.description())) + "'";
      String row = actionSubject(i + 1);
      String dueField = row + DUE_DATE;
      problems.require(a.itemId() != null && onAgenda.containsKey(a.itemId()), row,
          name + ": punkt " + a.itemId() + " er ikke på dagsordenen for mødet.");
      problems.requireText(a.description(), row, "En handling mangler en beskrivelse.");
      problems.require(a.description() == null || a.description().length() <= 4000, row,
          "Feltet 'Handling' må højst have 4000 tegn.");
      checkOwner(a, name, row, problems);
      LocalDate due = dueDate(a, i + 1, name, problems, dueField);
      // A past meeting registered for the archive records its actions as they were decided (issue 15).
      problems.require(due == null || !due.isBefore(EngineClock.today()) || archived, dueField,
          name + ": fristen ligger i fortiden.");
      // A due date on a closed day (Grundlovsdag is one of ours) would fall due when nobody works (issue 15).
      if (due != null) {
        workingDays.closedReason(due).ifPresent(reason -> problems.add(dueField, name + ": fristen "
            + due.format(DanishDates.LONG_DATE) + " er " + reason + " og ikke en arbejdsdag."));
      }
      dueDates.add(due);
    }
    return dueDates;
  }

  /**
   * An action's owner (issue 15): a user, a group or an external body of the master data, or a guest by name and
   * e-mail, not both.
   */
  private void checkOwner(ActionInput a, String name, String row, Problems problems) {
    if (!a.guest()) {
      String owner = a.owner() == null ? null : a.owner().strip();
      problems.require(directory.isUserOrGroup(owner) || owner != null && masterData.externalBody(owner).isPresent(),
          row, a.owner() == null || a.owner().isBlank()
              ? name + ": angiv en ansvarlig (en person, en gruppe, en ekstern part eller en gæst)."
              : name + ": den ansvarlige '" + a.owner() + "' findes ikke.");
      return;
    }
    problems.require(a.owner() == null || a.owner().isBlank(), row,
        name + ": angiv enten en ansvarlig eller en gæst (navn og e-mail), ikke begge.");
    problems.require(a.guestName() != null && !a.guestName().isBlank() && a.guestName().strip().length() <= 200, row,
        name + ": angiv gæstens navn (højst " + TextLimits.NAME + " tegn).");
    problems.require(GuestEmails.valid(a.guestEmail()), row,
        name + ": angiv gæstens e-mailadresse (fx navn@eksempel.dk).");
  }

  /**
   * The action's due date as typed (dd-mm-åååå in the form, ISO from the API); an impossible or ambiguous date is
   * refused naming the action's number ("Frist for handling 3: ..."), never read as another day.
   */
  private static LocalDate dueDate(ActionInput action, int number, String name, Problems problems, String subject) {
    try {
      LocalDate due = DanishDates.parse("Frist for handling " + number, action.dueDate()).orElse(null);
      problems.require(due != null, subject, name + ": angiv en frist (" + DanishDates.TYPED_FORMAT + ").");
      return due;
    } catch (UserInputException e) {
      problems.add(subject, e.getMessage());
      return null;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
