package org.zhengbing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.Phase;
import org.zhengbing.calendar.PhaseKind;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.DateSpan;

/** The sample district sets seeds/003's May and October awareness months, as an illustration. */
class SampleDistrictAwarenessMonthsTest {

  private static final ConscriptionCalendar JIANGJIN_2026 = ConscriptionScheduler.of(PolicySets.sampleRegions(),
      WorkdayCalendar.bundled()).schedule(2026, RegionCode.of("500116"));

  @Test
  void theCalendarShowsMayAndOctoberAndSaysTheyAreIllustrative() {
    assertThat(JIANGJIN_2026.yearPhases()).filteredOn(p -> p.kind() == PhaseKind.AWARENESS_MONTH)
        .extracting(Phase::span)
        .containsExactly(DateSpan.parse("2026-05-01/2026-05-31"), DateSpan.parse("2026-10-01/2026-10-31"));
    assertThat(JIANGJIN_2026.yearPhases()).filteredOn(p -> p.kind() == PhaseKind.AWARENESS_MONTH)
        .allMatch(Phase::isIllustrative);
    assertThat(JIANGJIN_2026.phasesOn(java.time.LocalDate.of(2026, 5, 20))).extracting(Phase::kind)
        .contains(PhaseKind.AWARENESS_MONTH);
  }

  @Test
  void aRegionThatSetsNoneHasNone() {
    ConscriptionCalendar nanan = ConscriptionScheduler.of(PolicySets.sampleRegions(), WorkdayCalendar.bundled())
        .schedule(2026, RegionCode.of("350583"));
    assertThat(nanan.yearPhases()).noneMatch(p -> p.kind() == PhaseKind.AWARENESS_MONTH);
  }
}
