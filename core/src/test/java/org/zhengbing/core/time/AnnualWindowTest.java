package org.zhengbing.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualWindowTest {

  @Test
  void atYearPlacesTheWindow() {
    assertThat(AnnualWindow.parse("02-15..03-31").atYear(2023)).isEqualTo(DateSpan.parse("2023-02-15/2023-03-31"));
    // a men's registration window opens in the previous December
    assertThat(AnnualWindow.parse("12-01@-1..02-10").atYear(2023))
        .isEqualTo(DateSpan.parse("2022-12-01/2023-02-10"));
    assertThat(AnnualWindow.parse("12-31..01-01@+1").atYear(2023))
        .isEqualTo(DateSpan.parse("2023-12-31/2024-01-01"));
    // 29 February falls on 28 February in a common year
    assertThat(AnnualWindow.parse("02-01..02-29").atYear(2023)).isEqualTo(DateSpan.parse("2023-02-01/2023-02-28"));
    assertThat(AnnualWindow.parse("02-01..02-29").atYear(2024)).isEqualTo(DateSpan.parse("2024-02-01/2024-02-29"));
  }

  @Test
  void accessorsAndText() {
    AnnualWindow w = AnnualWindow.of(MonthDay.of(12, 1), -1, MonthDay.of(2, 10), 0);
    assertThat(w.start()).isEqualTo(MonthDay.of(12, 1));
    assertThat(w.startYearOffset()).isEqualTo(-1);
    assertThat(w.end()).isEqualTo(MonthDay.of(2, 10));
    assertThat(w.endYearOffset()).isZero();
    assertThat(w).hasToString("12-01@-1..02-10");
    assertThat(AnnualWindow.of(MonthDay.of(12, 31), 0, MonthDay.of(1, 1), 1)).hasToString("12-31..01-01@+1");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(AnnualWindow.parse("02-15..03-31"), AnnualWindow.of(MonthDay.of(2, 15), MonthDay.of(3, 31)),
            AnnualWindow.parse(" 02-15 .. 03-31 "))
        .addEqualityGroup(AnnualWindow.parse("02-15@-1..03-31@-1"))
        .addEqualityGroup(AnnualWindow.parse("02-15..03-30"))
        .addEqualityGroup(AnnualWindow.parse("12-01@-1..02-10"))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(MonthDay.class, MonthDay.of(1, 1))
        .testAllPublicStaticMethods(AnnualWindow.class);
    new NullPointerTester().testAllPublicInstanceMethods(AnnualWindow.parse("02-15..03-31"));
  }

  @Test
  void endBeforeStartIsRejected() {
    assertThatThrownBy(() -> AnnualWindow.of(MonthDay.of(3, 31), MonthDay.of(2, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window end must not be before its start, but was 03-31..02-15");
    assertThatThrownBy(() -> AnnualWindow.parse("02-10..12-01@-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window end must not be before its start, but was 02-10..12-01@-1");
  }

  @Test
  void offsetsBeyondOneYearAreRejected() {
    assertThatThrownBy(() -> AnnualWindow.of(MonthDay.of(1, 1), -2, MonthDay.of(2, 1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window start year offset must be in -1..1, but was -2");
    assertThatThrownBy(() -> AnnualWindow.of(MonthDay.of(1, 1), 0, MonthDay.of(2, 1), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window end year offset must be in -1..1, but was 2");
    assertThatThrownBy(() -> AnnualWindow.parse("12-01@-2..02-10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annual window year offset must be @-1 or @+1, but was '-2' in '12-01@-2..02-10'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      02-15
      2-15..03-31
      02-15..3-31
      02-30..03-31
      13-01..12-31
      ..03-31
      02-15/03-31
      """)
  void parseRejectsWhatIsNotAWindow(String text) {
    assertThatThrownBy(() -> AnnualWindow.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annual window must look like '02-15..03-31' or '12-01@-1..02-10', but was '" + text + "'");
  }

  @Test
  void distinctWindowsHaveDistinctHashCodes() {
    // one-day windows on every day of the year, with each offset: 3 * 366 windows
    Set<AnnualWindow> windows = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    for (int offset = -1; offset <= 1; offset++) {
      for (int month = 1; month <= 12; month++) {
        for (int day = 1; day <= java.time.Month.of(month).maxLength(); day++) {
          AnnualWindow w = AnnualWindow.of(MonthDay.of(month, day), offset, MonthDay.of(month, day), offset);
          windows.add(w);
          hashes.add(w.hashCode());
        }
      }
    }
    assertThat(windows).hasSize(3 * 366);
    assertThat(hashes).hasSize(3 * 366);
    // a window and its reverse across the year's end differ
    assertThat(AnnualWindow.parse("12-01@-1..02-10").hashCode())
        .isNotEqualTo(AnnualWindow.parse("02-10..12-01").hashCode());
  }
}
