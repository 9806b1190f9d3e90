package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.item.ItemProposalProcess.ATTACHMENTS;
import static dk.nordjylland.governance.item.ItemProposalProcess.CASE_NUMBER;
import static dk.nordjylland.governance.item.ItemProposalProcess.ECONOMY;
import static dk.nordjylland.governance.item.ItemProposalProcess.FORUM_ID;
import static dk.nordjylland.governance.item.ItemProposalProcess.FURTHER_PROCESSING;
import static dk.nordjylland.governance.item.ItemProposalProcess.PRESENTATION;
import static dk.nordjylland.governance.item.ItemProposalProcess.PROPOSER_BODY;
import static dk.nordjylland.governance.item.ItemProposalProcess.RECOMMENDATIONS;
import static dk.nordjylland.governance.item.ItemProposalProcess.SUMMARY;
import static dk.nordjylland.governance.item.ItemProposalProcess.TITLE;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_OPENED_AT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meeting-cycle service tasks whose use cases work on the agenda. */
@Configuration(proxyBeanMethods = false)
class AgendaDelegates {

  @Bean
  JavaDelegate openCallForItems(CallForItems call) {
    return execution -> {
      call.openCall(MEETING_ID.from(execution).get());
      // The reminder and escalation skip moments that had passed before the call opened (a late start).
      CALL_OPENED_AT.on(execution).set(EngineClock.currentTime());
    };
  }

  /** The start form's fields become an item; the process keeps its id only. */
  @Bean
  JavaDelegate registerItemProposal(ItemProposals proposals) {
    return execution -> {
      Function<VariableFactory<String>, String> field = f ->
          execution.getVariable(f.getName()) instanceof String s && !s.isBlank() ? s.strip() : null;
      // The form's fields that become lists: their limits as the form announces them (the items' own are checked by
      // ItemProposals, per recommendation and attachment).
      new Problems()
          .maxLength(field.apply(RECOMMENDATIONS), TextLimits.ITEM_TEXT, "Indstilling")
          .maxLength(field.apply(ATTACHMENTS), TextLimits.NOTE, "Bilag")
          .throwIfAny("Punktet kan ikke foreslås");
      ItemProposal proposal = new ItemProposal(field.apply(FORUM_ID), field.apply(ItemProposalProcess.MEETING_ID),
          field.apply(TITLE), field.apply(CASE_NUMBER), field.apply(SUMMARY), field.apply(PRESENTATION),
          field.apply(ECONOMY), field.apply(FURTHER_PROCESSING), field.apply(PROPOSER_BODY),
          lines(field.apply(RECOMMENDATIONS)),
          lines(field.apply(ATTACHMENTS)).stream().map(AgendaDelegates::attachment).toList());
      String proposedBy = proposer(execution);
      long id = proposals.propose(proposal, proposedBy);
      ItemProposalProcess.PROPOSED_BY.on(execution).set(proposedBy);
      ItemProposalProcess.FORM_FIELDS.forEach(f -> execution.removeVariable(f.getName()));
      ItemProposalProcess.ITEM_ID.on(execution).set(id);
    };
  }

  /**
   * The logged-in user who started the proposal (camunda:initiator sets proposedBy from it, but a start variable of
   * the same name would win): a person cannot propose in someone else's name. Without a login (our own code starts
   * the process) the variable it set.
   */
  static String proposer(DelegateExecution execution) {
    Authentication auth =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return ItemProposalProcess.PROPOSED_BY.from(execution).getOptional().orElse("system");
  }

  static List<String> lines(String text) {
    return text == null ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  static ItemProposal.AttachmentProposal attachment(String line) {
    boolean toFollow = line.toLowerCase(Locale.ROOT).contains("(eftersendes)");
    return new ItemProposal.AttachmentProposal(line.replaceAll("(?i)\\s*\\(eftersendes\\)", "").strip(), toFollow);
  }

  @Bean
  JavaDelegate startFollowUp(MeetingFollowUp followUp) {
    return execution -> followUp.followUp(MEETING_ID.from(execution).get());
  }
}
