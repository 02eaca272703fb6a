package org.zhengbing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.age.EducationLevel;
import org.zhengbing.calendar.age.RegistrationDutyAssessor;
import org.zhengbing.calendar.date.MonthEndRule;
import org.zhengbing.calendar.workday.DayType;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.Season;

/** The scheduler's accessors and copies, and the labels and sexes of the calendar's enumerations. */
class CalendarAccessorsTest {

  private static final PolicyBook BOOK = PolicyBook.nationalDefaults();
  private static final RegionCode JIANGJIN = RegionCode.of("500116");

  @Test
  void theSchedulerKeepsWhatItWasGiven() {
    WorkdayCalendar workdays = WorkdayCalendar.bundled();
    ConscriptionScheduler s = ConscriptionScheduler.of(BOOK, workdays);
    assertThat(s.policy()).isSameAs(BOOK);
    assertThat(s.workdays()).isSameAs(workdays);
    ConscriptionScheduler strict = s.withMonthEndRule(MonthEndRule.STRICT);
    assertThat(strict).isNotNull().isNotSameAs(s);
    assertThat(strict.policy()).isSameAs(BOOK);
    // one season of a year is that season of the year's calendar
    ConscriptionTerm spring = ConscriptionTerm.of(2024, Season.SPRING);
    assertThat(s.schedule(spring, JIANGJIN)).isEqualTo(s.schedule(2024, JIANGJIN).spring());
    assertThat(RegistrationDutyAssessor.of(BOOK)).isNotNull();
  }

  @Test
  void enumerationsHaveLabelsAndSexes() {
    assertThat(PhaseKind.MALE_REGISTRATION.sex()).contains(Sex.MALE);
    assertThat(PhaseKind.FEMALE_REGISTRATION.sex()).contains(Sex.FEMALE);
    assertThat(PhaseKind.APPROVAL.sex()).isEmpty();
    assertThat(EducationLevel.COLLEGE_GRADUATE.label().zh()).isEqualTo("普通高等学校本专科毕业生");
    assertThat(EducationLevel.COLLEGE_GRADUATE.label().en()).isEqualTo("college graduate");
    assertThat(DayType.ADJUSTED_WORKDAY.label().zh()).isEqualTo("调休上班日");
    assertThat(DayType.HOLIDAY.label().en()).isEqualTo("holiday");
  }
}
