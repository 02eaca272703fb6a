package org.zhengbing.calendar.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.time.DateSpan;

class WorkdayCalendarTest {

  private static final WorkdayCalendar BUNDLED = WorkdayCalendar.bundled();

  /** The counts DOMAIN.md §8 states for each notice (adjusted working days; days off in the holidays' spans). */
  @ParameterizedTest
  @CsvSource({
      // year, document number, adjusted working days, days off
      "2022, 国办发明电〔2021〕11号, 7, 31",
      "2023, 国办发明电〔2022〕16号, 7, 27",
      // 2024: DOMAIN §8.5 states 8 adjusted days; days off by hand from its table: 1+8+3+5+1+3+7 = 28
      "2024, 国办发明电〔2023〕7号, 8, 28",
      "2025, 国办发明电〔2024〕12号, 5, 28",
      "2026, 国办发明电〔2025〕7号, 6, 33"})
  void bundledNoticesMatchTheStateCouncilCounts(int year, String number, int adjusted, long daysOff) {
    HolidayNotice n = BUNDLED.notice(year).orElseThrow();
    assertThat(n.documentNumber()).isEqualTo(number);
    assertThat(n.adjustedWorkingDays()).hasSize(adjusted);
    assertThat(n.totalDaysOff()).isEqualTo(daysOff);
    assertThat(n.citation().document()).startsWith("国务院办公厅关于" + year + "年部分节假日安排的通知").contains(number);
    assertThat(n.citation().issuer()).contains("国务院办公厅");
    assertThat(n.citation().url()).hasValueSatisfying(u -> assertThat(u).contains("gov.cn"));
  }

  @Test
  void bundledNoticesCarryTheirDates() {
    // DOMAIN §8.1: dates on the notices.
    assertThat(BUNDLED.notice(2022).orElseThrow().citation().date()).contains(LocalDate.of(2021, 10, 25));
    assertThat(BUNDLED.notice(2023).orElseThrow().citation().date()).contains(LocalDate.of(2022, 12, 8));
    assertThat(BUNDLED.notice(2024).orElseThrow().citation().date()).contains(LocalDate.of(2023, 10, 25));
    assertThat(BUNDLED.notice(2025).orElseThrow().citation().date()).contains(LocalDate.of(2024, 11, 12));
    assertThat(BUNDLED.notice(2026).orElseThrow().citation().date()).contains(LocalDate.of(2025, 11, 4));
    assertThat(BUNDLED.years()).containsExactly(2022, 2023, 2024, 2025, 2026);
  }

  @Test
  void adjustedWorkingDaysOf2024AreThoseOfTheNotice() {
    // DOMAIN §8.5: 02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12.
    assertThat(BUNDLED.notice(2024).orElseThrow().adjustedWorkingDays()).containsExactly(
        LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18), LocalDate.of(2024, 4, 7), LocalDate.of(2024, 4, 28),
        LocalDate.of(2024, 5, 11), LocalDate.of(2024, 9, 14), LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));
  }

  @Test
  void statutoryDaysOf2025AreDaysOff() {
    // DOMAIN §8.6: the 13 statutory days of 2025 under the revised Measures all lie in days off.
    for (String d : new String[] {"2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-04",
        "2025-05-01", "2025-05-02", "2025-05-31", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06"}) {
      assertThat(BUNDLED.dayType(LocalDate.parse(d))).as(d).isEqualTo(DayType.HOLIDAY);
    }
  }

  @Test
  void daysAreClassified() {
    assertThat(BUNDLED.dayType(LocalDate.of(2024, 2, 18))).isEqualTo(DayType.ADJUSTED_WORKDAY);   // a Sunday worked
    assertThat(BUNDLED.dayType(LocalDate.of(2024, 2, 9))).isEqualTo(DayType.WORKDAY);  // 除夕 2024 is not a day off
    assertThat(BUNDLED.dayType(LocalDate.of(2024, 2, 12))).isEqualTo(DayType.HOLIDAY);  // a Monday of 春节
    assertThat(BUNDLED.dayType(LocalDate.of(2024, 2, 24))).isEqualTo(DayType.WEEKEND);
    assertThat(BUNDLED.dayType(LocalDate.of(2024, 2, 26))).isEqualTo(DayType.WORKDAY);
    // 2022-12-31 (a Saturday) begins the 2023 New Year break of the 2023 notice.
    assertThat(BUNDLED.holiday(LocalDate.of(2022, 12, 31))).hasValueSatisfying(h -> {
      assertThat(h.name().zh()).isEqualTo("元旦");
      assertThat(h.daysOff()).isEqualTo(DateSpan.parse("2022-12-31/2023-01-02"));
    });
    assertThat(BUNDLED.isWorkingDay(LocalDate.of(2023, 10, 7))).isTrue();
    assertThat(BUNDLED.isWorkingDay(LocalDate.of(2023, 10, 6))).isFalse();
  }

  @Test
  void workingDaysSkipHolidaysAndCountAdjustedDays() {
    // From Wed 2023-09-27: 09-27 and 09-28 are worked (1, 2), 09-29..10-06 are off, Sat 10-07 and Sun 10-08 are
    // worked (3, 4), Mon 10-09 is the fifth working day.
    assertThat(BUNDLED.workingDaysFrom(LocalDate.of(2023, 9, 27), 5)).isEqualTo(DateSpan.parse("2023-09-27/2023-10-09"));
    // Starting on a holiday: the first working day after the 2024 Spring Festival is Sun 02-18 (adjusted).
    assertThat(BUNDLED.workingDaysFrom(LocalDate.of(2024, 2, 10), 1)).isEqualTo(DateSpan.ofDay(LocalDate.of(2024, 2, 18)));
    assertThat(BUNDLED.nextWorkingDay(LocalDate.of(2023, 9, 28))).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(BUNDLED.previousWorkingDay(LocalDate.of(2023, 10, 7))).isEqualTo(LocalDate.of(2023, 9, 28));
    assertThat(BUNDLED.plusWorkingDays(LocalDate.of(2023, 9, 28), 3)).isEqualTo(LocalDate.of(2023, 10, 9));
    assertThat(BUNDLED.countWorkingDays(DateSpan.parse("2023-09-25/2023-10-08"))).isEqualTo(6);
  }

  @Test
  void missingYearIsAnErrorUnlessWeekendsOnlyIsChosen() {
    LocalDate monday2027 = LocalDate.of(2027, 1, 4);
    assertThatThrownBy(() -> BUNDLED.isWorkingDay(monday2027))
        .isInstanceOf(MissingHolidayDataException.class)
        .hasMessageContaining("no holiday data for 2027")
        .hasMessageContaining("State Council notices for 2022-2026")
        .hasMessageContaining("withWeekendsOnlyForMissingYears()")
        .satisfies(e -> assertThat(((MissingHolidayDataException) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> BUNDLED.workingDaysFrom(LocalDate.of(2026, 12, 29), 5))
        .isInstanceOf(MissingHolidayDataException.class).hasMessageContaining("2027");
    WorkdayCalendar lenient = BUNDLED.withWeekendsOnlyForMissingYears();
    assertThat(lenient.isWorkingDay(monday2027)).isTrue();
    assertThat(lenient.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(lenient.isWeekendsOnly(2027)).isTrue();
    assertThat(lenient.isWeekendsOnly(2026)).isFalse();
    assertThat(lenient.dayType(LocalDate.of(2026, 2, 16))).isEqualTo(DayType.HOLIDAY);
    assertThat(lenient.sourceOf(2027).en()).isEqualTo("weekends only (no holiday data for 2027)");
    assertThat(BUNDLED.sourceOf(2023).en()).isEqualTo("State Council holiday notice 国办发明电〔2022〕16号");
    assertThat(WorkdayCalendar.weekendsOnly().isWorkingDay(LocalDate.of(2024, 2, 12))).isTrue();
  }

  @Test
  void noticesCanBeAdded() {
    HolidayNotice n2027 = HolidayNotice.builder().year(2027).documentNumber("国办发明电〔2026〕1号")
        .citation(Citation.of("test fixture, not a real notice"))
        .addHolidays(Holiday.of(LocalizedText.of("元旦", "New Year's Day"), DateSpan.parse("2027-01-01/2027-01-03")))
        .addAdjustedWorkingDays(LocalDate.of(2027, 1, 9))
        .build();
    WorkdayCalendar c = BUNDLED.with(n2027);
    assertThat(c.years()).contains(2027);
    assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
    assertThatThrownBy(() -> c.with(n2027)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holiday notices must be one per year, but 2027 is already covered");
  }

  @Test
  void noticesRejectInconsistentData() {
    HolidayNotice.Builder b = HolidayNotice.builder().year(2027).documentNumber("X").citation(Citation.of("fixture"));
    assertThatThrownBy(() -> b.addAdjustedWorkingDays(LocalDate.of(2027, 1, 8)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adjusted working day must be a Saturday or Sunday, but was 2027-01-08 (FRIDAY)");
    LocalizedText name = LocalizedText.of("春节", "Spring Festival");
    assertThatThrownBy(() -> HolidayNotice.builder().year(2027).documentNumber("X").citation(Citation.of("f"))
        .addHolidays(Holiday.of(name, DateSpan.parse("2027-02-05/2027-02-11")),
            Holiday.of(name, DateSpan.parse("2027-02-10/2027-02-12"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holidays of the 2027 notice must not overlap");
    assertThatThrownBy(() -> HolidayNotice.builder().year(2027).documentNumber("X").citation(Citation.of("f"))
        .addHolidays(Holiday.of(name, DateSpan.parse("2026-11-30/2026-12-01"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must lie in 2026-12-01/2027-12-31, but was 2026-11-30/2026-12-01");
  }

  @Test
  void malformedFilesNameTheFileLineAndColumn() {
    String unknownKey = "format: zhengbing-holidays/1\nnotices:\n  - year: 2027\n    documnet: x\n";
    assertThatThrownBy(() -> read(unknownKey))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageStartingWith("test.yaml:4:5: unknown key 'documnet' in notice");
    String weekday = "format: zhengbing-holidays/1\nnotices:\n  - year: 2027\n    document: d\n    number: n\n"
        + "    issuer: i\n    date: 2026-11-01\n    holidays: []\n    working_days: [2027-01-08]\n";
    assertThatThrownBy(() -> read(weekday))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining("test.yaml:3:5: adjusted working day must be a Saturday or Sunday, but was 2027-01-08");
    assertThatThrownBy(() -> read("format: zhengbing-holidays/2\nnotices: []\n"))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining("format must be 'zhengbing-holidays/1', but was 'zhengbing-holidays/2'");
    String badDate = "format: zhengbing-holidays/1\nnotices:\n  - year: 2027\n    document: d\n    number: n\n"
        + "    issuer: i\n    date: 2026-13-01\n    holidays: []\n";
    assertThatThrownBy(() -> read(badDate))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining("test.yaml:7:11: date must be a date such as 2023-01-21, but was '2026-13-01'");
    assertThatThrownBy(() -> WorkdayCalendar.read(Path.of("no-such-holidays.yaml")))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining("no-such-holidays.yaml:0:0: holiday data file does not exist");
  }

  private static WorkdayCalendar read(String yaml) {
    return WorkdayCalendar.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void equalityFollowsTheNoticesAndTheFallback() {
    new EqualsTester()
        .addEqualityGroup(WorkdayCalendar.bundled(), WorkdayCalendar.of(WorkdayCalendar.bundled().notice(2022)
            .map(n -> java.util.List.of(n, BUNDLED.notice(2023).orElseThrow(), BUNDLED.notice(2024).orElseThrow(),
                BUNDLED.notice(2025).orElseThrow(), BUNDLED.notice(2026).orElseThrow())).orElseThrow()))
        .addEqualityGroup(WorkdayCalendar.bundled().withWeekendsOnlyForMissingYears())
        .addEqualityGroup(WorkdayCalendar.weekendsOnly())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(DateSpan.class, DateSpan.parse("2023-01-01/2023-01-31"))
        .setDefault(LocalDate.class, LocalDate.of(2023, 6, 1))
        .setDefault(LocalizedText.class, LocalizedText.of("元旦", "New Year's Day"));
    t.testAllPublicStaticMethods(WorkdayCalendar.class);
    t.testAllPublicInstanceMethods(BUNDLED);
    t.testAllPublicStaticMethods(Holiday.class);
  }
}
