package dk.nordjylland.governance.screen.proposal;

import static dk.nordjylland.governance.item.ItemProposalProcess.ATTACHMENTS;
import static dk.nordjylland.governance.item.ItemProposalProcess.CASE_NUMBER;
import static dk.nordjylland.governance.item.ItemProposalProcess.ECONOMY;
import static dk.nordjylland.governance.item.ItemProposalProcess.FORUM_ID;
import static dk.nordjylland.governance.item.ItemProposalProcess.FURTHER_PROCESSING;
import static dk.nordjylland.governance.item.ItemProposalProcess.MEETING_FIELD;
import static dk.nordjylland.governance.item.ItemProposalProcess.MEETING_ID;
import static dk.nordjylland.governance.item.ItemProposalProcess.PRESENTATION;
import static dk.nordjylland.governance.item.ItemProposalProcess.PROPOSER_BODY;
import static dk.nordjylland.governance.item.ItemProposalProcess.RECOMMENDATIONS;
import static dk.nordjylland.governance.item.ItemProposalProcess.SUMMARY;
import static dk.nordjylland.governance.item.ItemProposalProcess.TITLE;

import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.validation.TextCharacters;
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
    variables.put(FORUM_ID.getName(), forumId);
    if (meetingId != null) {
      variables.put(MEETING_ID.getName(), meetingId);
    }
    variables.put(TITLE.getName(), text(input, TITLE.getName(), "Titel", true, 300));
    variables.put(CASE_NUMBER.getName(), text(input, CASE_NUMBER.getName(), "Sagsnr.", false, 40));
    variables.put(PROPOSER_BODY.getName(), text(input, PROPOSER_BODY.getName(), "Forslagsstiller", false, 200));
    variables.put(SUMMARY.getName(), text(input, SUMMARY.getName(), "Resumé", false, 8000));
    variables.put(PRESENTATION.getName(), text(input, PRESENTATION.getName(), "Sagsfremstilling", false, 30000));
    variables.put(ECONOMY.getName(), text(input, ECONOMY.getName(), "Økonomi", false, 8000));
    variables.put(FURTHER_PROCESSING.getName(),
        text(input, FURTHER_PROCESSING.getName(), "Fortsat sagsbehandling", false, 8000));
    String recommendations = text(input, RECOMMENDATIONS.getName(), "Indstilling", false, 8000);
    if (!input.hasError(RECOMMENDATIONS.getName())
        && recommendations.lines().anyMatch(l -> l.strip().length() > 2000)) {
      input.error(RECOMMENDATIONS.getName(), "En indstilling (én linje) må højst have 2000 tegn.");
    }
    variables.put(RECOMMENDATIONS.getName(), recommendations);
    String attachments = text(input, ATTACHMENTS.getName(), "Bilag", false, 4000);
    if (!input.hasError(ATTACHMENTS.getName()) && attachments.lines().anyMatch(l -> l.strip().length() > 300)) {
      input.error(ATTACHMENTS.getName(), "Et bilags titel (én linje) må højst have 300 tegn.");
    }
    variables.put(ATTACHMENTS.getName(), attachments);
    input.requireValid();
    variables.values().removeIf(v -> v instanceof String s && s.isEmpty());
    return variables;
  }

  /** One of the offered forums; a forum the person may not propose to is named in the message. */
  private static String forum(ScreenInput input, ProposalChoices.Choices choices, ProposalChoices names) {
    String typed = input.text(FORUM_ID.getName());
    if (!typed.isEmpty() && !choices.forumIds().contains(typed)) {
      input.error(FORUM_ID.getName(), names.forumName(typed)
          .map(name -> "Du kan ikke foreslå punkter til " + name + ". Vælg et af de viste fora.")
          .orElse("\"Forum\": vælg et af de viste fora."));
      return null;
    }
    return input.choice(FORUM_ID.getName(), "Forum", choices.forumIds(), true);
  }

  /** "naeste" (null: the use case places the item on the next meeting that takes items) or a meeting of the forum. */
  private static String meeting(ScreenInput input, ProposalChoices.Choices choices, String forumId) {
    List<String> offered = new ArrayList<>(List.of(ProposeItemScreen.NEXT));
    choices.forums().forEach(f -> offered.addAll(f.meetingIds()));
    String chosen = input.choice(MEETING_FIELD, "Møde", offered, true);
    if (chosen == null || forumId == null) {
      return null;
    }
    ProposalChoices.ForumChoice forum = choices.forum(forumId).orElseThrow();
    if (ProposeItemScreen.NEXT.equals(chosen)) {
      if (forum.next() == null) {
        input.error(MEETING_FIELD, forum.name() + " har intet kommende møde, der tager imod punkter. Kontakt forummets"
            + " sekretariat, eller foreslå punktet, når næste møde er planlagt.");
      }
      return null;
    }
    if (!forum.meetingIds().contains(chosen)) {
      String other = choices.forumOfMeeting(chosen).map(ProposalChoices.ForumChoice::name).orElse("et andet forum");
      input.error(MEETING_FIELD, "Det valgte møde er et møde i " + other + ", ikke i " + forum.name()
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
