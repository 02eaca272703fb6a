package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.zhengbing.policy.benefit.Fixtures.CALC;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileGen;

/**
 * The batch totals path (a table of rules per region and term, fen arithmetic, no explanations) agrees with the
 * explained accounts, amount for amount, over a fixed number of generated profiles: 300, whatever the build's
 * QT_EXAMPLES (mutation testing lowers it, and a handful of profiles reaches few of the table's branches).
 */
class TotalsTablePropertiesTest {

  private static final int PROFILES = 300;

  @Test
  void batchTotalsEqualTheExplainedAccountsForEveryKind() {
    List<CandidateProfile> profiles = new ArrayList<>();
    qt().withExamples(PROFILES).withShrinkCycles(0).forAll(ProfileGen.sampleProfiles()).checkAssert(profiles::add);
    BenefitTotals totals = CALC.totals(profiles);
    assertThat(totals.size()).isEqualTo(PROFILES);
    Set<BenefitKind> paid = EnumSet.noneOf(BenefitKind.class);
    for (int i = 0; i < PROFILES; i++) {
      EnlistmentBenefits account = CALC.calculate(profiles.get(i));
      for (BenefitKind k : BenefitKind.values()) {
        assertThat(totals.amount(i, k)).as("%s of %s", k, profiles.get(i)).isEqualTo(account.item(k).total());
        if (account.item(k).total().isPositive()) {
          paid.add(k);
        }
      }
      assertThat(totals.total(i)).as("total of %s", profiles.get(i)).isEqualTo(account.total());
    }
    // the profiles reach every kind of benefit, so every column of the table is compared with real amounts
    assertThat(paid).containsExactlyInAnyOrder(BenefitKind.values());
  }
}
