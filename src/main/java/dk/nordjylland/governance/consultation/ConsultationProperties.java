package dk.nordjylland.governance.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code governance.consultation}: when respondents are reminded and when the owning secretariat is told that
 * replies are missing, in Danish working days from the reply deadline.
 *
 * @param reminderWorkingDaysBefore reminder to those who have not replied, this many working days before
 * @param escalationWorkingDaysAfter escalation to the owning secretariat (and its task to close the
 *     consultation), this many working days after the deadline; 0 means at the deadline
 */
@ConfigurationProperties("governance.consultation")
public record ConsultationProperties(
    @DefaultValue("2") int reminderWorkingDaysBefore,
    @DefaultValue("1") int escalationWorkingDaysAfter) {}
