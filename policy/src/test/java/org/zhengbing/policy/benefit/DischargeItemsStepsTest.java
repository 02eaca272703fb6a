package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * The explanations of the items paid when service ends, for a Jiangjin 2025 conscript discharged at the end of the
 * term on 2027-09-01 (Jiangjin's figures are ILLUSTRATIVE samples).
 */
class DischargeItemsStepsTest {

  private static ProfileDraft jiangjin() {
    return ProfileDraft.of("500116", "2025-AUTUMN");
  }

  private static Datum money(long yuan) {
    return new Datum.OfMoney(Cny.ofYuan(yuan));
  }

  @Test
  void eachMeritIsAStepBeforeTheTotal() {
    // second-class merit 3,000 and third-class merit 1,000: 4,000
    MeritBonus m = MeritBonusCalculator.of(SAMPLES).calculate(jiangjin()
        .addMerits(MeritAward.SECOND_CLASS_MERIT, MeritAward.THIRD_CLASS_MERIT).build());
    assertThat(m.explanation().steps()).extracting(Step::rule).containsExactly("service.approval_date",
        "merit_bonus.award", "merit_bonus.award", "merit_bonus.total");
    assertThat(m.explanation().steps()).extracting(Step::result).containsExactly(
        new Datum.OfDate(LocalDate.of(2025, 9, 1)), money(3000), money(1000), money(4000));
  }

  @Test
  void theWaitingAllowanceIsTheMinimumWageForEachMonthWaited() {
    // 安置条例 2024 Art 75: the local monthly minimum wage (Jiangjin sample: 2,000) for each of 3 months: 6,000
    WaitingAllowance w = WaitingAllowanceCalculator.of(SAMPLES).calculate(jiangjin().placementWaitMonths(3).build());
    assertThat(step(w, "waiting_allowance.date").result()).isEqualTo(new Datum.OfDate(LocalDate.of(2027, 9, 1)));
    assertThat(step(w, "waiting_allowance.monthly").result()).isEqualTo(money(2000));
    assertThat(step(w, "waiting_allowance.total").result()).isEqualTo(money(6000));
    assertThat(w.payments()).hasSize(3);
  }

  @Test
  void theLocalSubsidyIsAMultipleOfTheAverageWage() {
    // 1.5 × the district's average wage of 100,000: 150,000, paid on discharge
    SelfEmploymentSubsidy s = SelfEmploymentSubsidyCalculator.of(Fixtures.wageMultiple()).calculate(jiangjin().build());
    assertThat(s.explanation().steps()).extracting(Step::rule).containsExactly("service.approval_date",
        "local_subsidy.date", "local_subsidy.formula", "local_subsidy.wage_multiple", "local_subsidy.total");
    assertThat(step(s, "local_subsidy.formula").result())
        .isEqualTo(new Datum.OfEnum("local_subsidy_formula", "wage_multiple"));
    assertThat(step(s, "local_subsidy.wage_multiple").result()).isEqualTo(money(150000));
  }
}
