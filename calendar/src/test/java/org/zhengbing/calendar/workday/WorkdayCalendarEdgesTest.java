package org.zhengbing.calendar.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The working-day calendar's argument checks, coverage errors, copies and value semantics. */
class WorkdayCalendarEdgesTest {

  private static final String NOTICE_2030 = String.join("\n",
      "  - year: 2030",
      "    document: 国务院办公厅关于2030年部分节假日安排的通知",
      "    number: 国办发明电〔2029〕1号",
      "    issuer: 国务院办公厅",
      "    date: 2029-11-01",
      "    holidays:",
      "      - {name: {zh: 元旦, en: \"New Year's Day\"}, from: 2030-01-01, to: 2030-01-01}",
      "");

  private static WorkdayCalendar read(String notices) {
    String yaml = "format: zhengbing-holidays/1\nnotices:\n" + notices;
    return WorkdayCalendar.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "h.yaml");
  }

  @Test
  void workingDayCountsMustBePositive() {
    WorkdayCalendar cal = read(NOTICE_2030);
    LocalDate friday = LocalDate.of(2030, 1, 4);
    assertThatThrownBy(() -> cal.plusWorkingDays(friday, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("working days must be >= 1, but was 0");
    assertThatThrownBy(() -> cal.workingDaysFrom(friday, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("working days must be >= 1, but was 0");
    // one working day after Friday 2030-01-04 is Monday 2030-01-07
    assertThat(cal.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2030, 1, 7));
  }

  @Test
  void uncoveredYearsAreMissingData() {
    WorkdayCalendar cal = read(NOTICE_2030);
    assertThatThrownBy(() -> cal.holiday(LocalDate.of(2031, 1, 1))).isInstanceOf(MissingHolidayDataException.class);
    assertThatThrownBy(() -> cal.sourceOf(2031)).isInstanceOf(MissingHolidayDataException.class);
    assertThat(cal.holiday(LocalDate.of(2030, 1, 1))).isPresent();
    WorkdayCalendar weekends = cal.withWeekendsOnlyForMissingYears();
    assertThat(weekends.holiday(LocalDate.of(2031, 1, 1))).isEmpty();
    assertThat(weekends.sourceOf(2031).en()).isEqualTo("weekends only (no holiday data for 2031)");
  }

  @Test
  void aYearHasOneNotice() {
    WorkdayCalendar cal = read(NOTICE_2030);
    // read from a file, the clash is a HolidayFileException (without a position: it is between two notices)
    assertThatThrownBy(() -> read(NOTICE_2030 + NOTICE_2030)).isInstanceOf(HolidayFileException.class)
        .hasMessage("h.yaml:0:0: holiday notices must be one per year, but 2030 has two (国办发明电〔2029〕1号 and "
            + "国办发明电〔2029〕1号)");
    assertThatThrownBy(() -> cal.with(cal.notice(2030).orElseThrow())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holiday notices must be one per year, but 2030 is already covered by 国办发明电〔2029〕1号");
  }

  @Test
  void copiesAreValues() {
    WorkdayCalendar cal = read(NOTICE_2030);
    WorkdayCalendar weekends = cal.withWeekendsOnlyForMissingYears();
    assertThat(weekends.withWeekendsOnlyForMissingYears()).isSameAs(weekends);
    assertThat(weekends).isNotEqualTo(cal);
    assertThat(weekends.hashCode()).isNotEqualTo(cal.hashCode());
    assertThat(read(NOTICE_2030)).isEqualTo(cal).hasSameHashCodeAs(cal);
    assertThat(cal.toString()).isEqualTo("WorkdayCalendar[notices [2030]]");
    assertThat(weekends.toString()).isEqualTo("WorkdayCalendar[notices [2030], weekends-only for other years]");
  }
}
