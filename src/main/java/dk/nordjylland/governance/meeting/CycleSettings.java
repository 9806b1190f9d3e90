package dk.nordjylland.governance.meeting;

import java.util.List;

/**
 * The working-day offsets of a forum's meeting cycle. Forums differ only here (and in master
 * data), not in copies of the model. Unset values fall back to {@code governance.cycle.defaults}.
 *
 * @param startWorkingDaysBefore the cycle (call for items) starts this many working days before the meeting
 * @param itemDeadlineWorkingDaysBefore deadline for proposing items
 * @param reminderWorkingDaysBeforeDeadline reminder to the members before the item deadline
 * @param escalationWorkingDaysAfterDeadline escalation to the chair if the call is still open
 * @param screeningWorkingDaysBefore the chair's screening is due
 * @param preMeetingWorkingDaysBefore the pre-meeting (where the forum has one) is due
 * @param agendaPublicationWorkingDaysBefore the agenda goes out to the members
 * @param minutesDraftWorkingDaysAfter the secretariat's minutes draft is due
 * @param commentRoundWorkingDays how long members may comment on the draft
 * @param minutesApprovalWorkingDaysAfter the chair's approval of the minutes is due
 * @param standingItems titles of the standing items (faste punkter) added to every meeting
 * @param closableWithoutOutcome the items a meeting may close with no outcome, only notes ("Ingen beslutning", ADR
 *     0044): an item's title (without a "(Fast punkt)" mark or kind prefix, any case), or "kind:" and an item kind
 *     ("kind:INFORMATION")
 */
public record CycleSettings(
    Integer startWorkingDaysBefore,
    Integer itemDeadlineWorkingDaysBefore,
    Integer reminderWorkingDaysBeforeDeadline,
    Integer escalationWorkingDaysAfterDeadline,
    Integer screeningWorkingDaysBefore,
    Integer preMeetingWorkingDaysBefore,
    Integer agendaPublicationWorkingDaysBefore,
    Integer minutesDraftWorkingDaysAfter,
    Integer commentRoundWorkingDays,
    Integer minutesApprovalWorkingDaysAfter,
    List<String> standingItems,
    List<String> closableWithoutOutcome) {

  /** These settings with every unset value taken from {@code fallback}. */
  CycleSettings orElse(CycleSettings fallback) {
    return new CycleSettings(
        pick(startWorkingDaysBefore, fallback.startWorkingDaysBefore),
        pick(itemDeadlineWorkingDaysBefore, fallback.itemDeadlineWorkingDaysBefore),
        pick(reminderWorkingDaysBeforeDeadline, fallback.reminderWorkingDaysBeforeDeadline),
        pick(escalationWorkingDaysAfterDeadline, fallback.escalationWorkingDaysAfterDeadline),
        pick(screeningWorkingDaysBefore, fallback.screeningWorkingDaysBefore),
        pick(preMeetingWorkingDaysBefore, fallback.preMeetingWorkingDaysBefore),
        pick(agendaPublicationWorkingDaysBefore, fallback.agendaPublicationWorkingDaysBefore),
        pick(minutesDraftWorkingDaysAfter, fallback.minutesDraftWorkingDaysAfter),
        pick(commentRoundWorkingDays, fallback.commentRoundWorkingDays),
        pick(minutesApprovalWorkingDaysAfter, fallback.minutesApprovalWorkingDaysAfter),
        pick(standingItems, fallback.standingItems),
        pick(closableWithoutOutcome, fallback.closableWithoutOutcome));
  }

  private static <T> T pick(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
