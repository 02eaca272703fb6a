package org.zhengbing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.DateSpan;

/** The phases that are office work lie on working days, in the 2026 published season above all. */
class WorkingDayLayoutTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final WorkdayCalendar WORKDAYS = WorkdayCalendar.bundled();
  private static final ConscriptionScheduler SCHEDULER =
      ConscriptionScheduler.of(PolicyBook.nationalDefaults(), WORKDAYS);

  @Test
  void spring2026LaysOutAfterTheSpringFestivalHoliday() {
    // The 2026 season starts Tue 02-24, after the Spring Festival holiday (02-15..02-23; 02-14 and 02-28 are
    // adjusted working days). Exams 3 working days: Tue 24, Wed 25, Thu 26. Education 3 working days from Fri 27:
    // Fri 27, Sat 28 (adjusted working day), Mon 03-02. Collective approval Tue 03-03. Notice of 5 working days
    // from 03-04: Wed 4, Thu 5, Fri 6, Mon 9, Tue 10. Approval the day after: Wed 03-11 (after the national 03-01).
    SeasonCalendar s = SCHEDULER.schedule(2026, JIANGJIN).spring();
    assertThat(s.phase(PhaseKind.SEASON).span()).isEqualTo(DateSpan.parse("2026-02-24/2026-03-31"));
    assertThat(s.phase(PhaseKind.PHYSICAL_EXAM).span()).isEqualTo(DateSpan.parse("2026-02-24/2026-02-26"));
    assertThat(s.phase(PhaseKind.POLITICAL_ASSESSMENT).span()).isEqualTo(DateSpan.parse("2026-02-24/2026-02-26"));
    assertThat(s.phase(PhaseKind.PRE_SERVICE_EDUCATION).span()).isEqualTo(DateSpan.parse("2026-02-27/2026-03-02"));
    assertThat(s.phase(PhaseKind.COLLECTIVE_APPROVAL).span()).isEqualTo(DateSpan.ofDay(LocalDate.of(2026, 3, 3)));
    assertThat(s.phase(PhaseKind.PUBLIC_NOTICE).span()).isEqualTo(DateSpan.parse("2026-03-04/2026-03-10"));
    assertThat(s.approvalDate()).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(WORKDAYS.countWorkingDays(s.phase(PhaseKind.PRE_SERVICE_EDUCATION).span())).isEqualTo(3L);
  }

  @Test
  void noBundledCalendarPutsOfficeWorkOnANonWorkingDay() {
    for (int year = 2022; year <= 2026; year++) {
      for (String code : new String[] {"500116", "110101", "430102", "445224", "510104", "350583"}) {
        ConscriptionCalendar c = SCHEDULER.schedule(year, RegionCode.of(code));
        assertThat(c.phasesOffWorkingDays(WORKDAYS)).as(year + " " + code).isEmpty();
      }
    }
  }

  @Test
  void theCheckNamesPhasesOnAHoliday() {
    // A calendar laid out over weekends only, with the season starting 02-15 as the library's pattern did before
    // 2026 was published: the exams start Mon 02-16, inside the Spring Festival holiday (02-15..02-23).
    PolicyBook early = PolicyBook.nationalDefaults().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500116\"",
        "sources:",
        "  s: {document: 测试文件, document_en: test file}",
        "parameters:",
        "  calendar.season.spring.period:",
        "    values:",
        "      - {from: 2026-01-01, to: 2026-12-31, value: \"02-15..03-31\", confidence: LOCAL_DOCUMENT, citation: s}",
        ""), "early.yaml");
    ConscriptionCalendar weekendsOnly = ConscriptionScheduler.of(early, WorkdayCalendar.weekendsOnly())
        .schedule(2026, JIANGJIN);
    assertThat(weekendsOnly.phasesOffWorkingDays(WORKDAYS)).extracting(Phase::kind)
        .contains(PhaseKind.PHYSICAL_EXAM, PhaseKind.POLITICAL_ASSESSMENT, PhaseKind.PRE_SERVICE_EDUCATION)
        .allMatch(PhaseKind::needsWorkingDays);
    // laid out with the holidays, the same policy keeps every office phase on working days
    assertThat(ConscriptionScheduler.of(early, WORKDAYS).schedule(2026, JIANGJIN).phasesOffWorkingDays(WORKDAYS))
        .isEmpty();
  }

  @Test
  void officeWorkPhasesNeedWorkingDays() {
    Set<PhaseKind> needing = EnumSet.noneOf(PhaseKind.class);
    for (PhaseKind k : PhaseKind.values()) {
      if (k.needsWorkingDays()) {
        needing.add(k);
      }
    }
    assertThat(needing).containsExactlyInAnyOrder(PhaseKind.PHYSICAL_EXAM, PhaseKind.POLITICAL_ASSESSMENT,
        PhaseKind.PRE_SERVICE_EDUCATION, PhaseKind.COLLECTIVE_APPROVAL, PhaseKind.PUBLIC_NOTICE);
  }
}
