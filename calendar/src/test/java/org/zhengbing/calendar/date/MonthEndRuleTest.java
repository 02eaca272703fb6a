package org.zhengbing.calendar.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;

class MonthEndRuleTest {

  private static final LocalDate JAN_31_2023 = LocalDate.of(2023, 1, 31);
  private static final LocalDate FEB_29_2024 = LocalDate.of(2024, 2, 29);

  @Test
  void roundDownFallsBackToTheMonthsLastDay() {
    // 民法典 Art 202: no corresponding day, so the month's last day. 2023 is common (28 days), 2024 leap (29).
    assertThat(MonthEndRule.ROUND_DOWN.plusMonths(JAN_31_2023, 1)).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(MonthEndRule.ROUND_DOWN.plusMonths(LocalDate.of(2024, 1, 31), 1)).isEqualTo(FEB_29_2024);
    assertThat(MonthEndRule.ROUND_DOWN.plusYears(FEB_29_2024, 1)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(MonthEndRule.ROUND_DOWN.plusMonths(LocalDate.of(2023, 8, 31), 1)).isEqualTo(LocalDate.of(2023, 9, 30));
  }

  @Test
  void roundUpMovesOnToTheNextMonthsFirstDay() {
    assertThat(MonthEndRule.ROUND_UP.plusMonths(JAN_31_2023, 1)).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(MonthEndRule.ROUND_UP.plusYears(FEB_29_2024, 2)).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void strictRejectsAmbiguousAdditions() {
    assertThatThrownBy(() -> MonthEndRule.STRICT.plusMonths(JAN_31_2023, 1))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("adding 1 month(s) to 2023-01-31 is ambiguous under the strict month-end rule")
        .hasMessageContaining("2023-02 has no day 31")
        .hasMessageContaining("round down would give 2023-02-28, round up 2023-03-01");
    assertThatThrownBy(() -> MonthEndRule.STRICT.plusYears(FEB_29_2024, 2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("adding 24 month(s) to 2024-02-29 is ambiguous");
  }

  @Test
  void everyRuleAgreesWhenTheDayExists() {
    for (MonthEndRule r : MonthEndRule.values()) {
      assertThat(r.plusMonths(LocalDate.of(2023, 1, 15), 1)).isEqualTo(LocalDate.of(2023, 2, 15));
      assertThat(r.plusYears(LocalDate.of(2023, 3, 1), 2)).isEqualTo(LocalDate.of(2025, 3, 1));
      assertThat(r.plusYears(FEB_29_2024, 4)).isEqualTo(LocalDate.of(2028, 2, 29));
      assertThat(r.plusMonths(LocalDate.of(2023, 3, 31), -2)).isEqualTo(LocalDate.of(2023, 1, 31));
    }
  }

  @Test
  void subtractionFollowsTheSameRule() {
    // 31 March minus one month: February has no 31st.
    assertThat(MonthEndRule.ROUND_DOWN.plusMonths(LocalDate.of(2023, 3, 31), -1)).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThatThrownBy(() -> MonthEndRule.STRICT.plusMonths(LocalDate.of(2023, 3, 31), -1))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("ambiguous");
  }

  @Test
  void ambiguityIsDetected() {
    assertThat(MonthEndRule.isAmbiguous(JAN_31_2023, 1)).isTrue();
    assertThat(MonthEndRule.isAmbiguous(JAN_31_2023, 2)).isFalse();
    assertThat(MonthEndRule.isAmbiguous(FEB_29_2024, 12)).isTrue();
    assertThat(MonthEndRule.isAmbiguous(FEB_29_2024, 48)).isFalse();
  }

  @Test
  void keysRoundTripThroughThePolicyEnumeration() {
    for (MonthEndRule r : MonthEndRule.values()) {
      assertThat(MonthEndRule.ofKey(r.key())).isEqualTo(r);
      assertThat(r.toDatum()).isEqualTo(new Datum.OfEnum("month_end_rule", r.key()));
    }
    assertThatThrownBy(() -> MonthEndRule.ofKey("nearest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month-end rule must be one of round_down, round_up, strict, but was 'nearest'");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicStaticMethods(MonthEndRule.class);
    t.testAllPublicInstanceMethods(MonthEndRule.ROUND_DOWN);
  }
}
