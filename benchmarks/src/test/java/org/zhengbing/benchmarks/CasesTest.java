package org.zhengbing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.ConscriptionCalendar;

/** The resolution and calendar cases measure what they say. */
class CasesTest {

  @Test
  void resolutionCasesResolveTheSampleDistrictsValues() {
    ResolveBenchmark b = new ResolveBenchmark();
    b.setUp();
    // the sample district's illustrative standard; the national two-year conscript term (兵役法 Art 26)
    assertThat(b.regionalValue().value().getAmount()).isEqualByComparingTo("12000");
    assertThat(b.nationalValue().value()).isEqualTo(2L);
  }

  @Test
  void calendarCaseLaysOutTheYear() {
    CalendarBenchmark b = new CalendarBenchmark();
    b.setUp();
    ConscriptionCalendar c = b.regionYear();
    assertThat(c.year()).isEqualTo(2024);
    assertThat(c.region()).isEqualTo(org.zhengbing.core.region.RegionCode.of("500116"));
  }
}
