package dk.nordjylland.governance.screen.followup;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_RESULT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_REPORT;
import static dk.nordjylland.governance.followup.FollowUpActionProcess.RESERVATION_RESOLUTION;

import dk.nordjylland.governance.followup.ActionOwnerNames;
import dk.nordjylland.governance.followup.Actions;
import dk.nordjylland.governance.item.Items;
import org.springframework.stereotype.Component;

/** The three follow-up screens: carry out an action, clear a reservation, report the clearance to the forum. */
final class FollowUpScreens {

  private FollowUpScreens() {}

  @Component
  static class CarryOutAction extends FollowUpScreen {

    CarryOutAction(Actions actions, Items items, ActionOwnerNames owners, ClosedItemsOnScreen closed) {
      super(actions, items, owners, closed);
    }

    @Override public String name() { return "carry-out-action"; }
    @Override String field() { return ACTION_RESULT.getName(); }
    @Override String label() { return "Hvad er gjort?"; }
    @Override String kindLabel() { return "Handling"; }
    @Override String instruction() {
      return "Beskriv, hvad der er gjort. Sekretariatet får besked, når opgaven er udført.";
    }
  }

  @Component
  static class ClearReservation extends FollowUpScreen {

    ClearReservation(Actions actions, Items items, ActionOwnerNames owners, ClosedItemsOnScreen closed) {
      super(actions, items, owners, closed);
    }

    @Override public String name() { return "clear-reservation"; }
    @Override String field() { return RESERVATION_RESOLUTION.getName(); }
    @Override String label() { return "Hvordan er forbeholdet afklaret?"; }
    @Override String kindLabel() { return "Forbehold"; }
    @Override String instruction() {
      return "Punktet blev godkendt med forbehold. Beskriv, hvordan forbeholdet er afklaret. Bagefter giver du en"
          + " skriftlig tilbagemelding til forummet.";
    }
  }

  @Component
  static class ReportReservation extends FollowUpScreen {

    ReportReservation(Actions actions, Items items, ActionOwnerNames owners, ClosedItemsOnScreen closed) {
      super(actions, items, owners, closed);
    }

    @Override public String name() { return "report-reservation"; }
    @Override String field() { return RESERVATION_REPORT.getName(); }
    @Override String label() { return "Tilbagemelding til forummet"; }
    @Override String kindLabel() { return "Forbehold"; }
    @Override String instruction() {
      return "Skriv tilbagemeldingen til forummet. Den sendes til forummets medlemmer, når opgaven er udført.";
    }
  }
}
