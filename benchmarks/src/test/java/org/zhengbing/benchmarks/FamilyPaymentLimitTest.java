package org.zhengbing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.profile.CandidateProfile;

/** The primitive loop and both batch paths give the family payments' sum the explained calculator gives. */
class FamilyPaymentLimitTest {

  @Test
  void primitiveLoopAndBatchPathsGiveTheExplainedSum() {
    FamilyPaymentLimitBenchmark b = new FamilyPaymentLimitBenchmark();
    b.setUp(20_000);
    BenefitsCalculator explained = BenefitsCalculator.of(PolicySets.sampleRegions());
    long sum = 0;
    for (CandidateProfile p : b.batch) {
      sum += explained.calculate(p).item(BenefitKind.FAMILY_PAYMENT).total().getAmountMinorLong();
    }
    assertThat(sum).isPositive();
    assertThat(b.primitiveLoop()).isEqualTo(sum);
    assertThat(b.zhengbingBatch()).isEqualTo(sum);
    assertThat(b.zhengbingBatchAllPayments()).isEqualTo(sum);
  }
}
