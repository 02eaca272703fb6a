package org.zhengbing.calendar.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.zhengbing.calendar.testing.CalendarGenerators;

class MonthEndRulePropertiesTest {

  private static final LocalDate FROM = LocalDate.of(1990, 1, 1);
  private static final LocalDate TO = LocalDate.of(2060, 12, 31);

  @Test
  void rulesAgreeExactlyWhenTheAdditionIsUnambiguous() {
    qt().forAll(CalendarGenerators.dates(FROM, TO), Generate.range(-120, 120)).checkAssert((date, months) -> {
      LocalDate down = MonthEndRule.ROUND_DOWN.plusMonths(date, months);
      LocalDate up = MonthEndRule.ROUND_UP.plusMonths(date, months);
      assertThat(down.equals(up)).isEqualTo(!MonthEndRule.isAmbiguous(date, months));
    });
  }

  @Test
  void resultLiesInTheTargetMonthOrJustAfterIt() {
    qt().forAll(CalendarGenerators.dates(FROM, TO), Generate.range(-120, 120)).checkAssert((date, months) -> {
      YearMonth target = YearMonth.from(date).plusMonths(months);
      LocalDate down = MonthEndRule.ROUND_DOWN.plusMonths(date, months);
      assertThat(YearMonth.from(down)).isEqualTo(target);
      assertThat(down.getDayOfMonth()).isEqualTo(Math.min(date.getDayOfMonth(), target.lengthOfMonth()));
      if (MonthEndRule.isAmbiguous(date, months)) {
        assertThat(MonthEndRule.ROUND_UP.plusMonths(date, months)).isEqualTo(down.plusDays(1));
      }
    });
  }

  @Test
  void strictThrowsExactlyWhenAmbiguous() {
    qt().forAll(CalendarGenerators.dates(FROM, TO), Generate.range(-120, 120)).checkAssert((date, months) -> {
      if (MonthEndRule.isAmbiguous(date, months)) {
        assertThatThrownBy(() -> MonthEndRule.STRICT.plusMonths(date, months))
            .isInstanceOf(ArithmeticException.class).hasMessageContaining(date.toString());
      } else {
        assertThat(MonthEndRule.STRICT.plusMonths(date, months))
            .isEqualTo(MonthEndRule.ROUND_DOWN.plusMonths(date, months));
      }
    });
  }

  @Test
  void yearsAreTwelveMonths() {
    qt().forAll(CalendarGenerators.dates(FROM, TO), Generate.range(-10, 10), CalendarGenerators.monthEndRules())
        .assuming((d, y, r) -> r != MonthEndRule.STRICT || !MonthEndRule.isAmbiguous(d, 12L * y))
        .checkAssert((date, years, rule) ->
            assertThat(rule.plusYears(date, years)).isEqualTo(rule.plusMonths(date, 12L * years)));
  }
}
