package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each outcome does to its item after the minutes are approved, as the meeting's checks, the minutes and the
 * follow-up read it from {@link Outcome} (ADR 0051): the table of docs/domain.md "Outcomes of an item".
 */
class OutcomeMeaningTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // outcome                | back here | sent on | sent on with a named target | reservation | sub-topic back
      "TAKEN_TO_NOTICE           | false     | false   | true                        | false       | false",
      "APPROVED                  | false     | false   | true                        | false       | false",
      "APPROVED_WITH_REMARKS     | false     | false   | true                        | false       | false",
      "APPROVED_WITH_RESERVATION | false     | false   | true                        | true        | false",
      "NOT_APPROVED              | true      | false   | false                       | false       | false",
      "POSTPONED                 | true      | false   | false                       | false       | true",
      "NOT_TREATED               | true      | false   | false                       | false       | true",
      "DISCUSSED                 | false     | false   | true                        | false       | false",
      "FORWARDED                 | false     | true    | true                        | false       | false",
      "NO_DECISION               | false     | false   | true                        | false       | false"})
  void eachOutcomeSaysWhereItsItemGoes(Outcome outcome, boolean comesBackHere, boolean sendsOn,
      boolean sendsOnWithTarget, boolean reservation, boolean subTopicReturns) {
    assertThat(outcome.comesBackHere()).as("comes back here").isEqualTo(comesBackHere);
    assertThat(outcome.sendsOn(false)).as("sent on without a named target").isEqualTo(sendsOn);
    assertThat(outcome.sendsOn(true)).as("sent on with a named target").isEqualTo(sendsOnWithTarget);
    assertThat(outcome.startsReservationFollowUp()).as("reservation follow-up").isEqualTo(reservation);
    assertThat(outcome.returnsSubTopicAsItem()).as("sub-topic back as an item").isEqualTo(subTopicReturns);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"TAKEN_TO_NOTICE", "APPROVED", "APPROVED_WITH_REMARKS", "APPROVED_WITH_RESERVATION", "NOT_APPROVED",
      "POSTPONED", "NOT_TREATED", "DISCUSSED", "FORWARDED", "NO_DECISION"})
  void anItemThatComesBackIsNeverAlsoSentOn(Outcome outcome) {
    assertThat(outcome.comesBackHere() && outcome.sendsOn(true)).isFalse();
    // returnsToPipeline: the item is on a later agenda, here or in the forum it is sent to.
    assertThat(outcome.returnsToPipeline()).isEqualTo(outcome.comesBackHere() || outcome == Outcome.FORWARDED);
  }
}
