package org.zhengbing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.service.ServiceTerm;
import org.zhengbing.calendar.service.ServiceTermCalculator;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.Season;

/**
 * Every conscription year from 1900 to 2200 through the scheduler and the service-term calculator: a year the
 * policy covers lays out in order within its own year; any other year is an {@link UnknownYearException} naming the
 * year, never a DateTimeException or an arithmetic failure.
 */
class CalendarExtremesTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final ConscriptionScheduler SCHEDULER =
      ConscriptionScheduler.of(PolicyBook.nationalDefaults(), WorkdayCalendar.weekendsOnly());

  @Test
  void everyYearFrom1900To2200LaysOutOrIsUnknown() {
    int laidOut = 0;
    for (int year = 1900; year <= 2200; year++) {
      ConscriptionCalendar cal;
      try {
        cal = SCHEDULER.schedule(year, JIANGJIN);
      } catch (UnknownYearException e) {
        assertThat(e.year()).isEqualTo(year);
        assertThat(e.getMessage()).contains(String.valueOf(year));
        continue;
      }
      laidOut++;
      assertThat(cal.year()).isEqualTo(year);
      for (Season s : Season.values()) {
        SeasonCalendar season = cal.season(s);
        assertThat(season.approvalDate().getYear()).isEqualTo(year);
        // the service term starts on the approval date and lasts whole years
        assertThat(season.serviceTerm().start()).isEqualTo(season.approvalDate());
        for (Phase p : season.phases()) {
          assertThat(p.span().start().getYear()).as("%s", p).isBetween(year - 1, year + 3);
        }
      }
    }
    // the bundled calendar covers the years from 2020 (the two-season reform) onwards, as far as its values reach
    assertThat(laidOut).isPositive();
  }

  @Test
  void serviceTermsStartingIn2200EndTwoYearsLater() {
    ServiceTermCalculator calc = ServiceTermCalculator.of(PolicyBook.nationalDefaults());
    // 2200-09-01 + 2 years = 2202-09-01 (the term's end is the day before, or the day itself, per the month-end rule)
    ServiceTerm t = calc.calculate(ConscriptionTerm.of(2200, Season.AUTUMN), JIANGJIN, LocalDate.of(2200, 9, 1));
    assertThat(t.start()).isEqualTo(LocalDate.of(2200, 9, 1));
    assertThat(t.end().getYear()).isEqualTo(2202);
    assertThatThrownBy(() -> SCHEDULER.schedule(2201, JIANGJIN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conscription year must be in 1900..2200, but was 2201");
  }
}
