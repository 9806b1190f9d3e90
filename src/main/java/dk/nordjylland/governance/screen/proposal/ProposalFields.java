package dk.nordjylland.governance.screen.proposal;

import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.validation.TextCharacters;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal screen's fields read with a Danish message on each wrong one, and turned into the start variables of
 * processes/item-proposal.bpmn (the names its delegate reads, as the old start form sent them). The limits are the
 * use case's (ItemProposals), checked here too so that the message lands on the field.
 */
final class ProposalFields {

  private ProposalFields() {}

  static Map<String, Object> read(ScreenInput input, ProposalChoices.Choices choices, ProposalChoices names) {
    String forumId = forum(input, choices, names);
    String meetingId = meeting(input, choices, forumId);
    Map<String, Object> variables = new HashMap<>();
    variables.put("forumId", forumId);
    if (meetingId != null) {
      variables.put("meetingId", meetingId);
    }
    variables.put("title", text(input, "title", "Titel", true, 300));
    variables.put("caseNumber", text(input, "caseNumber", "Sagsnr.", false, 40));
    variables.put("proposerBody", text(input, "proposerBody", "Forslagsstiller", false, 200));
    variables.put("summary", text(input, "summary", "Resumé", false, TextLimits.ITEM_TEXT));
    variables.put("presentation", text(input, "presentation", "Sagsfremstilling", false, TextLimits.PRESENTATION));
    variables.put("economy", text(input, "economy", "Økonomi", false, TextLimits.ITEM_TEXT));
    variables.put("furtherProcessing", text(input, "furtherProcessing", "Fortsat sagsbehandling", false, TextLimits.ITEM_TEXT));
    String recommendations = text(input, "recommendations", "Indstilling", false, TextLimits.ITEM_TEXT);
    if (!input.hasError("recommendations") && recommendations.lines().anyMatch(l -> l.strip().length() > TextLimits.RECOMMENDATION)) {
      input.error("recommendations", "En indstilling (én linje) må højst have " + TextLimits.RECOMMENDATION + " tegn.");
    }
    variables.put("recommendations", recommendations);
    String attachments = text(input, "attachments", "Bilag", false, TextLimits.NOTE);
    if (!input.hasError("attachments") && attachments.lines().anyMatch(l -> l.strip().length() > TextLimits.TITLE)) {
      input.error("attachments", "Et bilags titel (én linje) må højst have " + TextLimits.TITLE + " tegn.");
    }
    variables.put("attachments", attachments);
    input.requireValid();
    variables.values().removeIf(v -> v instanceof String s && s.isEmpty());
    return variables;
  }

  /** One of the offered forums; a forum the person may not propose to is named in the message. */
  private static String forum(ScreenInput input, ProposalChoices.Choices choices, ProposalChoices names) {
    String typed = input.text("forumId");
    if (!typed.isEmpty() && !choices.forumIds().contains(typed)) {
      input.error("forumId", names.forumName(typed)
          .map(name -> "Du kan ikke foreslå punkter til " + name + ". Vælg et af de viste fora.")
          .orElse("\"Forum\": vælg et af de viste fora."));
      return null;
    }
    return input.choice("forumId", "Forum", choices.forumIds(), true);
  }

  /** "naeste" (null: the use case places the item on the next meeting that takes items) or a meeting of the forum. */
  private static String meeting(ScreenInput input, ProposalChoices.Choices choices, String forumId) {
    List<String> offered = new ArrayList<>(List.of(ProposeItemScreen.NEXT));
    choices.forums().forEach(f -> offered.addAll(f.meetingIds()));
    String chosen = input.choice("meeting", "Møde", offered, true);
    if (chosen == null || forumId == null) {
      return null;
    }
    ProposalChoices.ForumChoice forum = choices.forum(forumId).orElseThrow();
    if (ProposeItemScreen.NEXT.equals(chosen)) {
      if (forum.next() == null) {
        input.error("meeting", forum.name() + " har intet kommende møde, der tager imod punkter. Kontakt forummets"
            + " sekretariat, eller foreslå punktet, når næste møde er planlagt.");
      }
      return null;
    }
    if (!forum.meetingIds().contains(chosen)) {
      String other = choices.forumOfMeeting(chosen).map(ProposalChoices.ForumChoice::name).orElse("et andet forum");
      input.error("meeting", "Det valgte møde er et møde i " + other + ", ikke i " + forum.name()
          + ". Vælg et møde i " + forum.name() + " eller \"Næste møde, der tager imod punkter\".");
      return null;
    }
    return chosen;
  }

  private static String text(ScreenInput input, String field, String label, boolean required, int max) {
    String value = input.text(field);
    if (required && value.isEmpty()) {
      input.error(field, "Udfyld feltet \"" + label + "\".");
    } else if (value.length() > max) {
      input.error(field, label + " er for lang: højst " + max + " tegn (nu " + value.length() + ").");
    } else {
      TextCharacters.problem(label, value).ifPresent(problem -> input.error(field, problem));
    }
    return value;
  }
}
