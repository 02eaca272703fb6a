package org.zhengbing.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateSpanTest {

  private static final DateSpan SPRING_2023 = DateSpan.parse("2023-02-15/2023-03-31");

  @Test
  void queries() {
    // 15 February to 31 March 2023: 14 days of February (15..28) + 31 of March = 45 days
    assertThat(SPRING_2023.lengthInDays()).isEqualTo(45);
    assertThat(SPRING_2023.contains(LocalDate.of(2023, 2, 15))).isTrue();
    assertThat(SPRING_2023.contains(LocalDate.of(2023, 3, 31))).isTrue();
    assertThat(SPRING_2023.contains(LocalDate.of(2023, 4, 1))).isFalse();
    assertThat(SPRING_2023.overlaps(DateSpan.parse("2023-03-31/2023-04-30"))).isTrue();
    assertThat(SPRING_2023.overlaps(DateSpan.parse("2023-04-01/2023-04-30"))).isFalse();
    assertThat(SPRING_2023.encloses(DateSpan.ofDays(LocalDate.of(2023, 3, 1), 31))).isTrue();
    assertThat(SPRING_2023.encloses(DateSpan.ofDays(LocalDate.of(2023, 3, 1), 32))).isFalse();
    assertThat(SPRING_2023.daysRemainingFrom(LocalDate.of(2023, 3, 31))).isEqualTo(1);
    assertThat(SPRING_2023.daysRemainingFrom(LocalDate.of(2023, 4, 1))).isZero();
    assertThat(SPRING_2023.daysRemainingFrom(LocalDate.of(2023, 1, 1))).isEqualTo(45);
    assertThat(SPRING_2023.toRange()).isEqualTo(Range.closed(LocalDate.of(2023, 2, 15), LocalDate.of(2023, 3, 31)));
    assertThat(DateSpan.ofDay(LocalDate.of(2024, 2, 29)).lengthInDays()).isEqualTo(1);
    // 2024 is a leap year: 1 February to 1 March is 30 days
    assertThat(DateSpan.parse("2024-02-01/2024-03-01").lengthInDays()).isEqualTo(30);
  }

  @Test
  void equalityAndOrder() {
    new EqualsTester()
        .addEqualityGroup(SPRING_2023, DateSpan.ofClosed(LocalDate.of(2023, 2, 15), LocalDate.of(2023, 3, 31)),
            DateSpan.ofDays(LocalDate.of(2023, 2, 15), 45))
        .addEqualityGroup(DateSpan.ofDay(LocalDate.of(2023, 2, 15)))
        .addEqualityGroup(DateSpan.parse("2023-02-16/2023-03-31"))
        .testEquals();
    assertThat(SPRING_2023.compareTo(DateSpan.parse("2023-02-15/2023-04-01"))).isNegative();
    assertThat(SPRING_2023.compareTo(DateSpan.parse("2023-02-14/2023-12-31"))).isPositive();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2023, 1, 1))
        .testAllPublicStaticMethods(DateSpan.class);
    new NullPointerTester().testAllPublicInstanceMethods(SPRING_2023);
  }

  @Test
  void endBeforeStartIsRejected() {
    assertThatThrownBy(() -> DateSpan.ofClosed(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 2, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span end must not be before its start, but was 2023-03-31/2023-02-15");
    assertThatThrownBy(() -> DateSpan.parse("2023-03-31/2023-02-15"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span end must not be before its start, but was 2023-03-31/2023-02-15");
  }

  @Test
  void ofDaysRejectsLessThanOneDay() {
    assertThatThrownBy(() -> DateSpan.ofDays(LocalDate.of(2023, 1, 1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span length must be >= 1 day, but was 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-15", "/2023-03-31", "2023-02-15/", "2023-02-30/2023-03-31",
      "2023-02-15..2023-03-31", "2023-02-15/2023-03-31/2023-04-30", "15/02/2023"})
  void parseRejectsWhatIsNotASpan(String text) {
    assertThatThrownBy(() -> DateSpan.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date span must look like '2023-02-15/2023-03-31', but was '" + text + "'");
  }

  @Test
  void distinctSpansHaveDistinctHashCodes() {
    // every span of 1 to 10 days starting in January 2024: 310 spans
    Set<Integer> hashes = new HashSet<>();
    for (int start = 1; start <= 31; start++) {
      for (long days = 1; days <= 10; days++) {
        hashes.add(DateSpan.ofDays(LocalDate.of(2024, 1, start), days).hashCode());
      }
    }
    assertThat(hashes).hasSize(310);
  }
}
