package org.zhengbing.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.testing.CoreGenerators;

/** Properties of the time values, compared with Guava's {@link Range} as the oracle where one applies. */
class TimePropertiesTest {

  @Test
  void dateSpanParseInvertsToString() {
    qt().forAll(CoreGenerators.dateSpans()).check(s -> DateSpan.parse(s.toString()).equals(s));
  }

  @Test
  void annualWindowParseInvertsToString() {
    qt().forAll(CoreGenerators.annualWindows()).check(w -> AnnualWindow.parse(w.toString()).equals(w));
  }

  @Test
  void conscriptionTermParseInvertsToString() {
    qt().forAll(CoreGenerators.terms()).check(t -> ConscriptionTerm.parse(t.toString()).equals(t));
  }

  @Test
  void dateSpanQueriesAgreeWithRange() {
    qt().forAll(CoreGenerators.dateSpans(), CoreGenerators.dateSpans(), CoreGenerators.dates())
        .checkAssert((a, b, d) -> {
          Range<LocalDate> ra = Range.closed(a.start(), a.end());
          Range<LocalDate> rb = Range.closed(b.start(), b.end());
          assertThat(a.contains(d)).isEqualTo(ra.contains(d));
          assertThat(a.overlaps(b)).isEqualTo(ra.isConnected(rb));
          assertThat(a.encloses(b)).isEqualTo(ra.encloses(rb));
          assertThat(a.lengthInDays()).isEqualTo(ChronoUnit.DAYS.between(a.start(), a.end()) + 1);
          long remaining = a.daysRemainingFrom(d);
          assertThat(remaining).isBetween(0L, a.lengthInDays());
          assertThat(remaining == 0).isEqualTo(d.isAfter(a.end()));
        });
  }

  @Test
  void annualWindowAtAnyYearIsAValidSpanNearThatYear() {
    qt().forAll(CoreGenerators.annualWindows(), CoreGenerators.terms()).checkAssert((w, t) -> {
      DateSpan s = w.atYear(t.year());
      assertThat(s.start().getYear()).isEqualTo(t.year() + w.startYearOffset());
      assertThat(s.end().getYear()).isEqualTo(t.year() + w.endYearOffset());
      assertThat(s.lengthInDays()).isBetween(1L, 3L * 366);
    });
  }

  @Test
  void termFromADateContainsThatDatesHalfYear() {
    qt().forAll(CoreGenerators.dates()).check(d -> {
      ConscriptionTerm t = ConscriptionTerm.from(d);
      return t.year() == d.getYear() && (t.season() == Season.SPRING) == (d.getMonthValue() <= 6);
    });
  }

  @Test
  void nextIsTheSmallestLaterTerm() {
    qt().forAll(CoreGenerators.terms()).assuming(t -> t.year() < 2200).check(t -> t.next().compareTo(t) > 0
        && (t.next().year() == t.year() || t.next().year() == t.year() + 1) && t.next().season() == t.season().other());
  }
}
