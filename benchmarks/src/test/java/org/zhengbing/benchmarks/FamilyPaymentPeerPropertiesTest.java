package org.zhengbing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.zhengbing.policy.testing.ProfileGen;

/** Properties of the DMN peer over policy's generated profiles in the sample district. */
class FamilyPaymentPeerPropertiesTest {

  @Test
  void dmnPeerGivesZhengbingsFamilyPayment() {
    int term = FamilyPaymentPeerTest.RULES.dates().termMonths();
    qt().forAll(ProfileGen.profiles(ProfileGen.Setting.of(FamilyInputs.REGION, FamilyInputs.TERM)))
        .checkAssert(p -> assertThat(FamilyPaymentPeerTest.DMN.total(p.educationCategory().key(), p.posting().key(),
            FamilyInputs.conscriptMonths(p, term)))
            .as("%s", p)
            .isEqualByComparingTo(FamilyPaymentPeerTest.CALC.calculate(p, FamilyPaymentPeerTest.RULES).total()
                .getAmount()));
  }
}
