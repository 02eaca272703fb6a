package org.zhengbing.policy.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.zhengbing.policy.testing.ProfileGen;

class ProfileJsonPropertiesTest {

  @Test
  void profilesRoundTripThroughJsonLosslessly() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      String json = ProfileJson.toJson(p);
      CandidateProfile back = ProfileJson.parse(json);
      assertThat(back).isEqualTo(p);
      assertThat(ProfileJson.toJson(back)).isEqualTo(json);
    });
  }

  @Test
  void profileListsRoundTripThroughJsonLosslessly() {
    qt().forAll(SourceDSL.lists().of(ProfileGen.sampleProfiles()).ofSizeBetween(0, 5))
        .checkAssert(list -> assertThat(ProfileJson.parseList(ProfileJson.toJson(list))).isEqualTo(list));
  }
}
