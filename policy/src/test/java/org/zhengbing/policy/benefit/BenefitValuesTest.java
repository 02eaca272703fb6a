package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.CALC;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileDraft;

/** Equality and null rejection of the benefit values and calculators. */
class BenefitValuesTest {

  private static final CandidateProfile P = ProfileDraft.of("500116", "2025-AUTUMN").build();

  @Test
  void paymentsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Payment.of("x.payment", LocalDate.of(2025, 9, 1), Cny.ofYuan(1)),
            Payment.of("x.payment", LocalDate.of(2025, 9, 1), Cny.of("1.00")))
        .addEqualityGroup(Payment.of("x.payment", LocalDate.of(2025, 9, 2), Cny.ofYuan(1)))
        .addEqualityGroup(Payment.ofPeriod("x.payment", DateSpan.parse("2025-09-01/2025-09-30"), Cny.ofYuan(1)))
        .testEquals();
  }

  @Test
  void paymentsRejectNegativeAmounts() {
    assertThatThrownBy(() -> Payment.of("x.payment", LocalDate.of(2025, 9, 1), Cny.ofYuan(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payment amount must be >= 0, but was CNY -1.00");
  }

  @Test
  void accountsAndTotalsAreEqualByValue() {
    CandidateProfile other = ProfileDraft.of("500116", "2025-AUTUMN").monthsServed(12).build();
    new EqualsTester()
        .addEqualityGroup(CALC.calculate(P), CALC.calculate(P))
        .addEqualityGroup(CALC.calculate(other))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CALC.totals(ImmutableList.of(P)), CALC.totals(ImmutableList.of(P)))
        .addEqualityGroup(CALC.totals(ImmutableList.of(P, P)))
        .addEqualityGroup(CALC.totals(ImmutableList.of(other)))
        .testEquals();
  }

  @Test
  void publicMethodsRejectNulls() {
    BenefitRules rules = CALC.rules(RegionCode.of("500116"), ConscriptionTerm.parse("2025-AUTUMN"));
    NullPointerTester t = new NullPointerTester().setDefault(PolicyBook.class, SAMPLES)
        .setDefault(CandidateProfile.class, P).setDefault(BenefitRules.class, rules)
        .setDefault(RegionCode.class, RegionCode.of("500116"))
        .setDefault(ConscriptionTerm.class, ConscriptionTerm.parse("2025-AUTUMN"))
        .setDefault(LocalDate.class, LocalDate.of(2025, 9, 1));
    t.testAllPublicStaticMethods(BenefitsCalculator.class);
    t.testAllPublicInstanceMethods(CALC);
    t.testAllPublicInstanceMethods(FamilyPaymentCalculator.of(SAMPLES));
    t.testAllPublicInstanceMethods(TuitionCalculator.of(SAMPLES));
    t.testAllPublicInstanceMethods(DischargePaymentCalculator.of(SAMPLES));
    t.testAllPublicStaticMethods(BenefitRules.class);
    t.testAllPublicStaticMethods(ServiceDates.class);
    t.testAllPublicStaticMethods(BenefitJson.class);
    t.testAllPublicInstanceMethods(CALC.totals(ImmutableList.of(P)));
  }
}
