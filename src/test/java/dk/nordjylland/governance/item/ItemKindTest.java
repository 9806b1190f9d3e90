package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemKindTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Orientering: Tværsektoriel arbejdsplan | INFORMATION",
      "(Fast punkt) Orientering: Sundhedsreformen - gensidig orientering | INFORMATION",
      "Orientering | INFORMATION",
      "Godkendelse af dagsorden | APPROVAL",
      "Godkendelse: Revideret samarbejdsaftale om osteoporose | APPROVAL",
      "Drøftelse: Dagsorden til Strategisk Sundhedsforum 29. september | DISCUSSION",
      "Orientering/drøftelse: Opgaveflyt | INFORMATION",
      "Beslutning: Mødekalender 2026 | DECISION",
      "Mødedeltagere | OTHER",
      "Eventuelt | OTHER",
      "Orienteringsmøde om sundhedsråd | OTHER"})
  void theKindIsTheTitlesFirstWord(String title, ItemKind kind) {
    assertThat(ItemKind.fromTitle(title)).isEqualTo(kind);
  }
}
