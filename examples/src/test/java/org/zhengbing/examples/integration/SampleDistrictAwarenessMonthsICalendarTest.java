package org.zhengbing.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.ical.ICalendarExporter;
import org.zhengbing.policy.PolicySets;

/** The sample district's illustrative awareness months reach the iCalendar export (the ical module). */
class SampleDistrictAwarenessMonthsICalendarTest {

  private static final ConscriptionCalendar JIANGJIN_2026 = ConscriptionScheduler.of(PolicySets.sampleRegions(),
      WorkdayCalendar.bundled()).schedule(2026, RegionCode.of("500116"));

  @Test
  void theICalendarExportHasAnEventPerAwarenessMonth() {
    String ics = ICalendarExporter.stampedAt(Instant.parse("2026-01-01T00:00:00Z")).export(JIANGJIN_2026);
    assertThat(ics).contains("SUMMARY:2026年 征兵宣传月（5月） / 2026: recruitment awareness month (May)",
        "SUMMARY:2026年 征兵宣传月（10月）", "DTSTART;VALUE=DATE:20260501", "DTSTART;VALUE=DATE:20261001");
  }

}
