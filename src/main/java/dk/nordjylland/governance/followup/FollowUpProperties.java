package dk.nordjylland.governance.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code governance.follow-up}: when the owner of an action is reminded and when it is escalated, in Danish
 * working days from its due date.
 *
 * @param reminderWorkingDaysBefore reminder to the owner this many working days before the due date
 * @param secretariatEscalationWorkingDaysAfter escalation to the forum's secretariat this many working days
 *     after the due date
 * @param chairEscalationWorkingDaysAfter escalation to the forum's chair this many working days after the due
 *     date
 */
@ConfigurationProperties("governance.follow-up")
public record FollowUpProperties(
    @DefaultValue("2") int reminderWorkingDaysBefore,
    @DefaultValue("1") int secretariatEscalationWorkingDaysAfter,
    @DefaultValue("3") int chairEscalationWorkingDaysAfter) {}
