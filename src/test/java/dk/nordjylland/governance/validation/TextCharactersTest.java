package dk.nordjylland.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCharactersTest {

  @Test
  void textIsLettersTabsLineBreaksAndWholeSurrogatePairs() {
    for (String ok : new String[] {"", "Æblegrød på Læsø", "a\tb\nc\r\nd", "Smil 🙂", "<b>&amp;</b>", "\u00A0\u2028"}) {
      assertThat(TextCharacters.firstForbidden(ok)).as(ok).isEqualTo(-1);
      assertThat(TextCharacters.problem("title", ok)).isEmpty();
      assertThat(TextCharacters.renderable(ok)).isSameAs(ok);
    }
  }

  @Test
  void controlCharactersLoneSurrogatesAndNonCharactersAreNot() {
    assertThat(TextCharacters.firstForbidden("ab\u0000c")).isEqualTo(2);
    assertThat(TextCharacters.firstForbidden("\u007F")).isZero();
    assertThat(TextCharacters.firstForbidden("\u0085")).isZero();
    assertThat(TextCharacters.firstForbidden("x\uD83D")).isEqualTo(1);
    assertThat(TextCharacters.firstForbidden("\uDE42x")).isZero();
    assertThat(TextCharacters.firstForbidden("\uD83D\uD83D\uDE42")).isZero();
    assertThat(TextCharacters.firstForbidden("\uFFFE")).isZero();
    assertThat(TextCharacters.problem("title", "Nul\u0000")).contains("Feltet 'title' indeholder et kontroltegn"
        + " (U+0000), som ikke kan bruges i tekst. Fjern tegnet (det kommer ofte med, når tekst kopieres fra et andet"
        + " program), og prøv igen.");
    assertThat(TextCharacters.problem("summary", "\uDC00")).hasValueSatisfying(p -> assertThat(p)
        .startsWith("Feltet 'summary' indeholder et ufuldstændigt tegn (en halv tegnkode, U+DC00)"));
  }

  @Test
  void renderableTextLeavesOutWhatTextMayNotHoldAndKeepsTheRest() {
    assertThat(TextCharacters.renderable("Nul\u0000 og\u0007 halv \uD83D, hel 🙂\tslut\u001b\uFFFF"))
        .isEqualTo("Nul og halv , hel 🙂\tslut");
    assertThat(TextCharacters.renderable(null)).isNull();
  }
}
