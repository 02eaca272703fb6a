package org.zhengbing.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Dates at the ends of the supported range, 1900 to 2200, and beyond: every year of the range is checked against
 * the Gregorian leap-year rule written out here (1900, 2100 and 2200 are not leap years, 2000 is), and spans as
 * long as the whole range or the whole of {@link LocalDate} count their days without overflow.
 */
class TimeExtremesTest {

  /** The Gregorian rule, independent of java.time: every fourth year, except centuries not divisible by 400. */
  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  @Test
  void leapDayWindowFallsOnTheMonthsLastDayInEveryYearOf1900To2200() {
    AnnualWindow leapDay = AnnualWindow.parse("02-29..02-29");
    for (int year = 1900; year <= 2200; year++) {
      LocalDate expected = LocalDate.of(year, 2, isLeap(year) ? 29 : 28);
      assertThat(leapDay.atYear(year)).as("%s", year).isEqualTo(DateSpan.ofDay(expected));
    }
    assertThat(leapDay.atYear(1900).start()).isEqualTo(LocalDate.of(1900, 2, 28));
    assertThat(leapDay.atYear(2000).start()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(leapDay.atYear(2100).start()).isEqualTo(LocalDate.of(2100, 2, 28));
    assertThat(leapDay.atYear(2200).start()).isEqualTo(LocalDate.of(2200, 2, 28));
  }

  @Test
  void yearCrossingWindowsHaveTheRightLengthInEveryYearOf1900To2200() {
    AnnualWindow wholeYear = AnnualWindow.parse("01-01..12-31");
    AnnualWindow widest = AnnualWindow.parse("12-31@-1..01-01@+1");
    AnnualWindow registration = AnnualWindow.parse("12-01@-1..02-10");
    for (int year = 1900; year <= 2200; year++) {
      int days = isLeap(year) ? 366 : 365;
      assertThat(wholeYear.atYear(year).lengthInDays()).as("%s", year).isEqualTo(days);
      // the previous 31 December, the whole year, the next 1 January
      assertThat(widest.atYear(year).lengthInDays()).as("%s", year).isEqualTo(days + 2);
      // 31 days of December, 31 of January, 10 of February
      assertThat(registration.atYear(year).lengthInDays()).as("%s", year).isEqualTo(72);
    }
    assertThat(registration.atYear(1900)).isEqualTo(DateSpan.parse("1899-12-01/1900-02-10"));
    assertThat(widest.atYear(2200)).isEqualTo(DateSpan.parse("2199-12-31/2201-01-01"));
  }

  @Test
  void theWholeSupportedRangeCountsItsDays() {
    // 1900-01-01 to 2200-12-31: 301 years of 365 days, plus the leap days of 1904, 1908, ..., 2196 (74 years)
    // except 2100: 301 * 365 + 73 = 109,938 days
    DateSpan all = DateSpan.ofClosed(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
    assertThat(all.lengthInDays()).isEqualTo(109_938L);
    assertThat(DateSpan.ofDays(LocalDate.of(1900, 1, 1), 109_938L)).isEqualTo(all);
    assertThat(all.daysRemainingFrom(LocalDate.MIN)).isEqualTo(109_938L);
    assertThat(all.daysRemainingFrom(LocalDate.of(2200, 12, 31))).isEqualTo(1L);
    assertThat(all.daysRemainingFrom(LocalDate.MAX)).isZero();
    assertThat(all.contains(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(all.contains(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(all.contains(LocalDate.of(2201, 1, 1))).isFalse();
  }

  @Test
  void theWidestSpanJavaTimeAllowsCountsItsDaysWithoutOverflow() {
    DateSpan everything = DateSpan.ofClosed(LocalDate.MIN, LocalDate.MAX);
    // from -999999999-01-01 to +999999999-12-31: 1,999,999,999 years (year 0 included) of 365 days, plus the leap
    // years: 499,999,999 multiples of 4 (-999999996..999999996), less 19,999,999 of 100, plus 4,999,999 of 400
    // = 484,999,999; 1,999,999,999 * 365 + 484,999,999 = 730,484,999,634 days
    long expected = 730_484_999_634L;
    assertThat(everything.lengthInDays()).isEqualTo(expected);
    assertThat(everything.daysRemainingFrom(LocalDate.MIN)).isEqualTo(expected);
    assertThat(everything.encloses(DateSpan.ofDay(LocalDate.of(2024, 2, 29)))).isTrue();
    assertThat(DateSpan.ofDays(LocalDate.MAX, 1)).isEqualTo(DateSpan.ofDay(LocalDate.MAX));
    assertThat(DateSpan.ofDays(LocalDate.MIN, expected)).isEqualTo(everything);
    // before the fix these threw DateTimeException and ArithmeticException ("long overflow"), undocumented
    assertThatThrownBy(() -> DateSpan.ofDays(LocalDate.MAX, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span length from +999999999-12-31 must end by +999999999-12-31, but was 2 days");
    assertThatThrownBy(() -> DateSpan.ofDays(LocalDate.MIN, expected + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span length from -999999999-01-01 must end by +999999999-12-31, but was 730484999635 days");
    assertThatThrownBy(() -> DateSpan.ofDays(LocalDate.of(2024, 1, 1), Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span length from 2024-01-01 must end by +999999999-12-31, but was 9223372036854775807 days");
  }

  @Test
  void everyTermOf1900To2200IsDistinctOrderedAndReadsBack() {
    ConscriptionTerm term = ConscriptionTerm.of(1900, Season.SPRING);
    Set<Integer> hashes = new HashSet<>();
    int count = 1;
    hashes.add(term.hashCode());
    while (!term.equals(ConscriptionTerm.of(2200, Season.AUTUMN))) {
      ConscriptionTerm next = term.next();
      assertThat(next).isGreaterThan(term);
      assertThat(ConscriptionTerm.parse(next.toString())).isEqualTo(next);
      hashes.add(next.hashCode());
      term = next;
      count++;
    }
    // 301 years of two seasons
    assertThat(count).isEqualTo(602);
    assertThat(hashes).hasSize(602);
    ConscriptionTerm last = term;
    assertThatThrownBy(last::next)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term year must be in 1900..2200, but was 2201");
  }

  @Test
  void termsFromTheEndsOfTheRange() {
    assertThat(ConscriptionTerm.from(LocalDate.of(1900, 1, 1))).isEqualTo(ConscriptionTerm.of(1900, Season.SPRING));
    assertThat(ConscriptionTerm.from(LocalDate.of(2200, 12, 31)))
        .isEqualTo(ConscriptionTerm.of(2200, Season.AUTUMN));
    assertThatThrownBy(() -> ConscriptionTerm.from(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term year must be in 1900..2200, but was 1899");
    assertThatThrownBy(() -> ConscriptionTerm.from(LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term year must be in 1900..2200, but was 999999999");
  }

  @Test
  void windowsAtTheEndsOfAnIntThrowInsteadOfWrappingAround() {
    // Integer.MAX_VALUE + 1 would wrap to Integer.MIN_VALUE; the year is refused before any date is made
    assertThatThrownBy(() -> AnnualWindow.parse("12-31@-1..01-01@+1").atYear(Integer.MAX_VALUE))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> AnnualWindow.parse("12-31@-1..01-01@+1").atYear(Integer.MIN_VALUE))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> AnnualWindow.parse("02-15..03-31").atYear(1_000_000_000))
        .isInstanceOf(DateTimeException.class);
  }
}
