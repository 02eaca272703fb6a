package org.zhengbing.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.zhengbing.calendar.date.MonthEndRule;
import org.zhengbing.calendar.testing.CalendarGenerators;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.time.ConscriptionTerm;

class ServiceTermPropertiesTest {

  private static final ServiceTermCalculator CALCULATOR = ServiceTermCalculator.of(PolicyBook.nationalDefaults());

  private static ServiceTerm term(LocalDate approval, MonthEndRule rule) {
    return CALCULATOR.withMonthEndRule(rule).calculate(ConscriptionTerm.from(approval), CalendarGenerators.JIANGJIN,
        approval);
  }

  @Test
  void periodsTileTheTermFromTheApprovalDate() {
    qt().forAll(CalendarGenerators.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2030, 12, 31)),
            Generate.pick(ImmutableList.of(MonthEndRule.ROUND_DOWN, MonthEndRule.ROUND_UP)),
            Generate.pick(ImmutableList.of(1, 2, 3, 5, 6, 7, 12, 24, 30)))
        .checkAssert((approval, rule, months) -> {
          ServiceTerm t = term(approval, rule);
          ImmutableList<ServicePeriod> periods = t.periods(months);
          assertThat(periods.get(0).span().start()).isEqualTo(t.start());
          assertThat(periods.get(periods.size() - 1).span().end()).isEqualTo(t.end().minusDays(1));
          for (int i = 0; i < periods.size(); i++) {
            ServicePeriod p = periods.get(i);
            assertThat(p.number()).isEqualTo(i + 1);
            assertThat(p.isFull()).isTrue();
            assertThat(p.span().start()).isEqualTo(rule.plusMonths(t.start(), (long) i * months));
            if (i > 0) {
              assertThat(p.span().start()).isEqualTo(periods.get(i - 1).span().end().plusDays(1));
            }
          }
        });
  }

  @Test
  void termEndsOnTheCorrespondingDayOfTheApprovalMonth() {
    qt().forAll(CalendarGenerators.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2030, 12, 31)),
            CalendarGenerators.monthEndRules())
        .assuming((approval, rule) -> !(approval.getMonthValue() == 2 && approval.getDayOfMonth() == 29))
        .checkAssert((approval, rule) -> {
          ServiceTerm t = term(approval, rule);
          assertThat(t.end()).isEqualTo(approval.plusYears(2));
          assertThat(t.end().getMonth()).isEqualTo(approval.getMonth());
          assertThat(t.explanation().result()).isEqualTo(Datum.of(t.span()));
        });
  }

  @Test
  void periodsThroughAnyDayServedCoverExactlyTheDaysServed() {
    qt().forAll(CalendarGenerators.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)),
            Generate.range(0, 729))
        .checkAssert((approval, served) -> {
          ServiceTerm t = term(approval, MonthEndRule.ROUND_DOWN);
          LocalDate last = approval.plusDays(Math.min(served, t.span().lengthInDays() - 1));
          ImmutableList<ServicePeriod> periods = t.periodsThrough(6, last);
          assertThat(periods.get(periods.size() - 1).span().end()).isEqualTo(last);
          assertThat(periods.stream().mapToLong(p -> p.span().lengthInDays()).sum())
              .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(approval, last) + 1);
          assertThat(periods.subList(0, periods.size() - 1)).allMatch(ServicePeriod::isFull);
        });
  }
}
