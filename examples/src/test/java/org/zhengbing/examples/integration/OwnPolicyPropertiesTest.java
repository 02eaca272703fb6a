package org.zhengbing.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.Benefit;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileGen;

/**
 * How an integrator writes property tests against their own policy file with the shipped generators (the policy
 * test-jar's {@code ProfileGen}; the core test-jar's {@code CoreGenerators} work the same way). The seed and the
 * number of examples come from the QT_SEED and QT_EXAMPLES system properties, as in the library's own tests.
 */
class OwnPolicyPropertiesTest {

  private static final String FILE = "jijiang-street-2026.yaml";
  private static final PolicyBook BASE = PolicySets.sampleRegions();
  private static final PolicyBook OURS = BASE.withYaml(read(FILE), FILE);
  private static final BenefitsCalculator BEFORE = BenefitsCalculator.of(BASE);
  private static final BenefitsCalculator CALC = BenefitsCalculator.of(OURS);

  /** Candidates enlisting from our street in 2026. */
  private static final Gen<CandidateProfile> OUR_CANDIDATES = ProfileGen.profiles(
      ProfileGen.Setting.of("500116001", "2026-SPRING"));

  private static String read(String name) {
    try (InputStream in = OwnPolicyPropertiesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void payableFamilyPaymentRestsOnOurStandard() {
    qt().forAll(OUR_CANDIDATES).checkAssert(p -> {
      Benefit family = CALC.calculate(p).item(BenefitKind.FAMILY_PAYMENT);
      if (family.isPayable()) {
        assertThat(family.explanation().provenances()).map(Provenance::key, pr -> pr.scope().toString())
            .contains(org.assertj.core.groups.Tuple.tuple("family_payment.annual_standard", "500116001"));
      }
    });
  }

  @Test
  void raisingTheStandardNeverLowersTheFamilyPayment() {
    // 15,000 (ours) against the district's 12,000: the same candidate's payment cannot fall
    qt().forAll(OUR_CANDIDATES).checkAssert(p -> assertThat(CALC.calculate(p).familyPayment().total())
        .isGreaterThanOrEqualTo(BEFORE.calculate(p).familyPayment().total()));
  }

  @Test
  void batchTotalsAgreeWithExplainedAccounts() {
    qt().forAll(OUR_CANDIDATES).checkAssert(p -> assertThat(CALC.totals(List.of(p)).total(0))
        .isEqualTo(CALC.calculate(p).total()));
  }
}
