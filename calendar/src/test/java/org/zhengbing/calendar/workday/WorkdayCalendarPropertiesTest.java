package org.zhengbing.calendar.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.zhengbing.calendar.testing.CalendarGenerators;
import org.zhengbing.core.time.DateSpan;

class WorkdayCalendarPropertiesTest {

  private static final WorkdayCalendar BUNDLED = WorkdayCalendar.bundled();
  private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 11, 30);

  @Test
  void publicNoticeOfFiveWorkingDaysNeverEndsOnAHolidayOrARestDay() {
    qt().forAll(CalendarGenerators.dates(FROM, TO)).checkAssert(posted -> {
      DateSpan notice = BUNDLED.workingDaysFrom(posted, 5);
      LocalDate last = notice.end();
      assertThat(BUNDLED.holiday(last)).isEmpty();
      assertThat(BUNDLED.isWorkingDay(last)).isTrue();
      boolean weekend = last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY;
      // A Saturday or Sunday can end a notice only when the State Council made it a working day (调休上班).
      assertThat(!weekend || BUNDLED.dayType(last) == DayType.ADJUSTED_WORKDAY).isTrue();
    });
  }

  @Test
  void workingDaySpanHoldsExactlyTheRequestedWorkingDays() {
    qt().forAll(CalendarGenerators.dates(FROM, TO), Generate.range(1, 20)).checkAssert((start, n) -> {
      DateSpan span = BUNDLED.workingDaysFrom(start, n);
      assertThat(BUNDLED.countWorkingDays(span)).isEqualTo((long) n);
      assertThat(BUNDLED.isWorkingDay(span.start())).isTrue();
      assertThat(span.start()).isAfterOrEqualTo(start);
      assertThat(BUNDLED.countWorkingDays(DateSpan.ofClosed(start, span.start()))).isEqualTo(1L);
    });
  }

  @Test
  void nextAndPreviousWorkingDaysAreAdjacentWorkingDays() {
    qt().forAll(CalendarGenerators.dates(FROM.plusDays(20), TO)).checkAssert(date -> {
      LocalDate next = BUNDLED.nextWorkingDay(date);
      LocalDate previous = BUNDLED.previousWorkingDay(date);
      assertThat(BUNDLED.isWorkingDay(next)).isTrue();
      assertThat(BUNDLED.isWorkingDay(previous)).isTrue();
      assertThat(BUNDLED.countWorkingDays(DateSpan.ofClosed(date.plusDays(1), next))).isEqualTo(1L);
      assertThat(BUNDLED.countWorkingDays(DateSpan.ofClosed(previous, date.minusDays(1)))).isEqualTo(1L);
    });
  }

  @Test
  void weekendsOnlyCalendarWorksMondayToFriday() {
    qt().forAll(CalendarGenerators.dates(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31))).checkAssert(d ->
        assertThat(WorkdayCalendar.weekendsOnly().isWorkingDay(d))
            .isEqualTo(d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()));
  }
}
