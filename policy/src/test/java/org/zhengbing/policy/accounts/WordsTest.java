package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** The bundled word lists: placeholders filled by position, nothing invented for a missing key or language. */
class WordsTest {

  @Test
  void placeholdersAreFilledByPosition() {
    // words_en.properties: schedule.run={1} × {2} from {0}
    assertThat(Words.en().get("schedule.run", "2025-09-01", "CNY 1100.00", 12))
        .isEqualTo("CNY 1100.00 × 12 from 2025-09-01");
    // later.item={0} (in force from {1})
    assertThat(Words.en().get("later.item", "Kept", "2026-01-01")).isEqualTo("Kept (in force from 2026-01-01)");
  }

  @Test
  void aPlaceholderBeyondTheArgumentsIsLeftAsWritten() {
    assertThat(Words.en().get("later.item", "Kept")).isEqualTo("Kept (in force from {1})");
    assertThat(Words.en().get("later.item")).isEqualTo("{0} (in force from {1})");
  }

  @Test
  void aMissingKeyOrLanguageIsAnError() {
    assertThatThrownBy(() -> Words.en().get("no.such.key"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("words_en.properties must have the key 'no.such.key', but has not");
    assertThatThrownBy(() -> Words.load("xx"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bundled word list is missing from the jar: words_xx.properties");
  }
}
