package org.zhengbing.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConscriptionTermTest {

  @Test
  void fromTakesTheCalendarHalfYear() {
    assertThat(ConscriptionTerm.from(LocalDate.of(2026, 6, 30))).isEqualTo(ConscriptionTerm.of(2026, Season.SPRING));
    assertThat(ConscriptionTerm.from(LocalDate.of(2026, 7, 1))).isEqualTo(ConscriptionTerm.of(2026, Season.AUTUMN));
    assertThat(ConscriptionTerm.from(LocalDate.of(2026, 1, 1))).isEqualTo(ConscriptionTerm.of(2026, Season.SPRING));
  }

  @Test
  void nextAlternatesSeasons() {
    assertThat(ConscriptionTerm.parse("2026-SPRING").next()).isEqualTo(ConscriptionTerm.parse("2026-AUTUMN"));
    assertThat(ConscriptionTerm.parse("2026-AUTUMN").next()).isEqualTo(ConscriptionTerm.parse("2027-SPRING"));
    assertThat(ConscriptionTerm.parse("2026-SPRING").compareTo(ConscriptionTerm.parse("2026-AUTUMN"))).isNegative();
    assertThat(ConscriptionTerm.parse("2027-SPRING").compareTo(ConscriptionTerm.parse("2026-AUTUMN"))).isPositive();
    assertThat(Season.SPRING.chineseName()).isEqualTo("上半年");
    assertThat(Season.AUTUMN.other()).isEqualTo(Season.SPRING);
    assertThat(Season.AUTUMN.key()).isEqualTo("autumn");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ConscriptionTerm.of(2026, Season.SPRING), ConscriptionTerm.parse("2026-SPRING"))
        .addEqualityGroup(ConscriptionTerm.of(2026, Season.AUTUMN))
        .addEqualityGroup(ConscriptionTerm.of(2027, Season.SPRING))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .testAllPublicStaticMethods(ConscriptionTerm.class);
    new NullPointerTester().testAllPublicInstanceMethods(ConscriptionTerm.of(2026, Season.SPRING));
  }

  @Test
  void yearOutsideTheSupportedRangeIsRejected() {
    assertThatThrownBy(() -> ConscriptionTerm.of(1899, Season.SPRING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term year must be in 1900..2200, but was 1899");
    assertThatThrownBy(() -> ConscriptionTerm.parse("2201-AUTUMN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term year must be in 1900..2200, but was 2201");
    assertThatThrownBy(() -> ConscriptionTerm.from(LocalDate.of(2300, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term year must be in 1900..2200, but was 2300");
    assertThatThrownBy(() -> ConscriptionTerm.parse("2200-AUTUMN").next())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term year must be in 1900..2200, but was 2201");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026", "2026-spring", "2026-", "2026-WINTER", "26-SPRING", "20x6-SPRING", "2026 SPRING",
      "２０２６-SPRING"})
  void parseRejectsWhatIsNotATerm(String text) {
    assertThatThrownBy(() -> ConscriptionTerm.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term must look like '2026-SPRING' or '2026-AUTUMN', but was '" + text + "'");
  }

  @Test
  void seasonsNameThemselves() {
    assertThat(Season.SPRING.key()).isEqualTo("spring");
    assertThat(Season.AUTUMN.key()).isEqualTo("autumn");
    assertThat(Season.SPRING.chineseName()).isEqualTo("上半年");
    assertThat(Season.AUTUMN.chineseName()).isEqualTo("下半年");
    assertThat(Season.SPRING.other()).isEqualTo(Season.AUTUMN);
    assertThat(Season.AUTUMN.other()).isEqualTo(Season.SPRING);
  }
}
