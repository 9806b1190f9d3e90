package dk.nordjylland.governance.item;

/** What a meeting decided on an item (docs/domain.md "Outcomes of an item"). */
public enum Outcome {
  TAKEN_TO_NOTICE("Taget til efterretning", false),
  APPROVED("Godkendt", false),
  APPROVED_WITH_REMARKS("Godkendt med bemærkninger", true),
  APPROVED_WITH_RESERVATION("Godkendt med forbehold", true),
  NOT_APPROVED("Ikke godkendt", true),
  POSTPONED("Udskudt", false),
  NOT_TREATED("Ikke behandlet", false),
  DISCUSSED("Drøftet", true),
  FORWARDED("Sendt videre", false),
  /**
   * Closed with only the notes, no decision (an "Eventuelt"): only for the items the forum's cycle settings name
   * ({@code closable-without-outcome}, ADR 0044).
   */
  NO_DECISION("Ingen beslutning", false);

  private final String danish;
  private final boolean needsText;

  Outcome(String danish, boolean needsText) {
    this.danish = danish;
    this.needsText = needsText;
  }

  public String danish() {
    return danish;
  }

  /** Outcomes whose decision text says what was remarked, reserved, discussed or why not approved. */
  public boolean needsText() {
    return needsText;
  }

  /**
   * A sub-topic's outcome: it is part of its item, so it is not sent on or reserved on its own (the item is); a
   * postponed or untreated sub-topic comes back as an item of its own.
   */
  public boolean fitsSubTopic() {
    return this != FORWARDED && this != APPROVED_WITH_RESERVATION;
  }

  /** The item comes back on a later agenda. */
  public boolean returnsToPipeline() {
    return this == POSTPONED || this == NOT_TREATED || this == NOT_APPROVED || this == FORWARDED;
  }

  // ---- what the outcome means for a process that waits for the forum (ADR 0052): defined here only.

  /**
   * The forum has decided: every outcome but {@link #POSTPONED} and {@link #NOT_TREATED}, which bring the item to a
   * later meeting of the same forum, where a waiting process keeps waiting.
   */
  public boolean isFinal() {
    return this != POSTPONED && this != NOT_TREATED;
  }

  /**
   * The forum approved what was put before it: approved (with or without remarks or a reservation) or taken to
   * notice. Not approved, discussed, sent on to another forum and "no decision" do not approve: a forum that only
   * discussed or passed on a matter has not given the approval an agreement or a status report waits for.
   */
  public boolean approves() {
    return this == APPROVED || this == TAKEN_TO_NOTICE || this == APPROVED_WITH_REMARKS
        || this == APPROVED_WITH_RESERVATION;
  }

  /** What a process waiting for the forum (forum-decision.bpmn's {@code forumDecision}) does with this outcome. */
  public ForumDecision forumDecision() {
    if (!isFinal()) {
      return ForumDecision.PENDING;
    }
    if (!approves()) {
      return ForumDecision.NOT_APPROVED;
    }
    return this == APPROVED_WITH_REMARKS ? ForumDecision.APPROVED_WITH_REMARKS
        : this == APPROVED_WITH_RESERVATION ? ForumDecision.APPROVED_WITH_RESERVATION : ForumDecision.APPROVED;
  }

  // What the outcome does to its item once the minutes are approved: defined here once for the meeting's checks
  // (DecisionChecks), the minutes (ItemLinks) and the follow-up (OutcomeRouting), ADR 0051.

  /**
   * The item comes back to this forum's pipeline: on the later meeting the decision names, else the forum's next
   * meeting. It is not sent on to another forum as well.
   */
  public boolean comesBackHere() {
    return this == POSTPONED || this == NOT_TREATED || this == NOT_APPROVED;
  }

  /**
   * The item is sent on to another forum: always when "Sendt videre"; with an outcome decided here (one that does not
   * bring the item back) when the decision also names a forum or meeting, e.g. "Drøftet" and put before another forum
   * (ADR 0044).
   */
  public boolean sendsOn(boolean decisionNamesTarget) {
    return this == FORWARDED || !returnsToPipeline() && decisionNamesTarget;
  }

  /** The reservation becomes a follow-up process, cleared by the one the decision names. */
  public boolean startsReservationFollowUp() {
    return this == APPROVED_WITH_RESERVATION;
  }

  /** A sub-topic with this outcome comes back on the forum's next meeting as an item of its own. */
  public boolean returnsSubTopicAsItem() {
    return this == POSTPONED || this == NOT_TREATED;
  }
}
