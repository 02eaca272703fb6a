package org.zhengbing.policy.eligibility;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.testing.ProfileGen;

class EligibilityCheckerPropertiesTest {

  private static final EligibilityChecker CHECKER = EligibilityChecker.of(PolicySets.sampleRegions());

  @Test
  void verdictIsTheBirthWindowTestAndReconciles() {
    qt().forAll(ProfileGen.profiles(ProfileGen.Setting.of("500116", "2024-AUTUMN"))).checkAssert(p -> {
      EligibilityVerdict v = CHECKER.check(p);
      org.assertj.core.api.Assertions.assertThat(v.eligibleByAge())
          .isEqualTo(v.age().window().span().contains(p.birthDate()));
      org.assertj.core.api.Assertions.assertThat(v.explanation().result()).isEqualTo(Datum.of(v.eligibleByAge()));
    });
  }

  @Test
  void volunteeringNeverNarrowsTheWindow() {
    qt().forAll(ProfileGen.profiles(ProfileGen.Setting.of("500116", "2025-SPRING"))).check(p ->
        !CHECKER.check(p).eligibleByAge() || CHECKER.checkAsVolunteer(p).eligibleByAge());
  }

  @Test
  void checkingIsDeterministic() {
    qt().forAll(ProfileGen.sampleProfiles()).check(p -> {
      try {
        return CHECKER.check(p).equals(CHECKER.check(p));
      } catch (org.zhengbing.core.param.ParameterNotFoundException e) {
        return true; // sample settings before 2021-10-01 have no age limits: a documented error, not a verdict
      }
    });
  }
}
