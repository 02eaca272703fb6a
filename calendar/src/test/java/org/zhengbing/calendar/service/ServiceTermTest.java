package org.zhengbing.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.date.MonthEndRule;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

class ServiceTermTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final ServiceTermCalculator CALCULATOR = ServiceTermCalculator.of(PolicyBook.nationalDefaults());
  private static final ConscriptionTerm SPRING_2023 = ConscriptionTerm.of(2023, Season.SPRING);

  @Test
  void twoYearTermFromTheSpringApprovalDate() {
    // MSL Art 26: two years; Art 29: from the approval date, 2023-03-01. The term is complete on 2025-03-01, the
    // corresponding day of the approval month (民法典 Art 202), so discharge falls in March.
    ServiceTerm t = CALCULATOR.calculate(SPRING_2023, JIANGJIN, LocalDate.of(2023, 3, 1));
    assertThat(t.start()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(t.years()).isEqualTo(2);
    assertThat(t.end()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(t.span()).isEqualTo(DateSpan.parse("2023-03-01/2025-02-28"));
    assertThat(t.monthEndRule()).isEqualTo(MonthEndRule.ROUND_DOWN);
    assertThat(t.explanation().result()).isEqualTo(Datum.of(t.span()));
    assertThat(t.explanation().citations()).extracting(Citation::document)
        .contains("中华人民共和国兵役法", "中华人民共和国民法典");
    assertThat(t.explanation().isIllustrative()).isFalse();
  }

  @Test
  void sixMonthlyPaymentPeriodsFromTheApprovalDate() {
    // Family preferential payment periods (every six months from the approval date): the second one ends on the
    // leap day 2024-02-29, the last on the term's last day 2025-02-28.
    ServiceTerm t = CALCULATOR.calculate(SPRING_2023, JIANGJIN, LocalDate.of(2023, 3, 1));
    assertThat(t.periods(6)).extracting(ServicePeriod::span).containsExactly(
        DateSpan.parse("2023-03-01/2023-08-31"), DateSpan.parse("2023-09-01/2024-02-29"),
        DateSpan.parse("2024-03-01/2024-08-31"), DateSpan.parse("2024-09-01/2025-02-28"));
    assertThat(t.periods(6)).allMatch(ServicePeriod::isFull);
    assertThat(t.periods(6)).extracting(ServicePeriod::number).containsExactly(1, 2, 3, 4);
  }

  @Test
  void monthEndPeriodsRoundDownOrAreRejectedInStrictMode() {
    // A hypothetical approval on 31 August: six months on, February has no 31st, so the boundary is its last day
    // (2024-02-29 in a leap year, 2025-02-28 otherwise); the periods stay contiguous.
    ServiceTerm t = CALCULATOR.calculate(ConscriptionTerm.of(2023, Season.AUTUMN), JIANGJIN, LocalDate.of(2023, 8, 31));
    assertThat(t.end()).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(t.periods(6)).extracting(ServicePeriod::span).containsExactly(
        DateSpan.parse("2023-08-31/2024-02-28"), DateSpan.parse("2024-02-29/2024-08-30"),
        DateSpan.parse("2024-08-31/2025-02-27"), DateSpan.parse("2025-02-28/2025-08-30"));
    ServiceTerm strict = CALCULATOR.withMonthEndRule(MonthEndRule.STRICT)
        .calculate(ConscriptionTerm.of(2023, Season.AUTUMN), JIANGJIN, LocalDate.of(2023, 8, 31));
    assertThatThrownBy(() -> strict.periods(6))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("adding 6 month(s) to 2023-08-31 is ambiguous under the strict month-end rule");
  }

  @Test
  void leapDayApprovalFollowsTheDeclaredRule() {
    ConscriptionTerm spring2024 = ConscriptionTerm.of(2024, Season.SPRING);
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    assertThat(CALCULATOR.calculate(spring2024, JIANGJIN, leapDay).end()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(CALCULATOR.withMonthEndRule(MonthEndRule.ROUND_UP).calculate(spring2024, JIANGJIN, leapDay).end())
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThatThrownBy(() -> CALCULATOR.withMonthEndRule(MonthEndRule.STRICT).calculate(spring2024, JIANGJIN, leapDay))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("adding 24 month(s) to 2024-02-29 is ambiguous under the strict month-end rule");
  }

  @Test
  void periodsThroughAnEarlyReturnCutTheLastPeriodShort() {
    // Returned 45 days after arrival on 2023-03-17 (Reg. Art 49): last day of service 2023-05-01.
    ServiceTerm t = CALCULATOR.calculate(SPRING_2023, JIANGJIN, LocalDate.of(2023, 3, 1));
    assertThat(t.periodsThrough(6, LocalDate.of(2023, 5, 1))).singleElement().satisfies(p -> {
      assertThat(p.span()).isEqualTo(DateSpan.parse("2023-03-01/2023-05-01"));
      assertThat(p.fullSpan()).isEqualTo(DateSpan.parse("2023-03-01/2023-08-31"));
      assertThat(p.isFull()).isFalse();
    });
    assertThat(t.periodsThrough(6, LocalDate.of(2023, 9, 1))).extracting(ServicePeriod::isFull)
        .containsExactly(true, false);
  }

  @Test
  void badArgumentsAreRejected() {
    ServiceTerm t = CALCULATOR.calculate(SPRING_2023, JIANGJIN, LocalDate.of(2023, 3, 1));
    assertThatThrownBy(() -> t.periods(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("months per period must be in 1..120, but was 0");
    assertThatThrownBy(() -> t.periodsThrough(6, LocalDate.of(2025, 3, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last day served must lie in the term 2023-03-01/2025-02-28, but was 2025-03-01");
  }

  @Test
  void yearsWithoutPolicyAreAnErrorUnlessTheRuleIsGiven() {
    // The month-end rule is the Civil Code's, in force 2021-01-01: a 2020 term has no policy rule.
    ConscriptionTerm spring2020 = ConscriptionTerm.of(2020, Season.SPRING);
    assertThatThrownBy(() -> CALCULATOR.calculate(spring2020, JIANGJIN, LocalDate.of(2020, 3, 1)))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("calendar.date_arithmetic.month_end_rule");
    assertThat(CALCULATOR.withMonthEndRule(MonthEndRule.ROUND_DOWN).calculate(spring2020, JIANGJIN,
        LocalDate.of(2020, 3, 1)).end()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThatThrownBy(() -> CALCULATOR.calculate(ConscriptionTerm.of(2019, Season.AUTUMN), JIANGJIN,
        LocalDate.of(2019, 9, 1)))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("service.conscript_term.years").hasMessageContaining("2019-01-01");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(ConscriptionTerm.class, SPRING_2023).setDefault(RegionCode.class, JIANGJIN)
        .setDefault(Explanation.class, CALCULATOR.calculate(SPRING_2023, JIANGJIN, LocalDate.of(2023, 3, 1))
            .explanation())
        .testAllPublicInstanceMethods(CALCULATOR);
  }
}
