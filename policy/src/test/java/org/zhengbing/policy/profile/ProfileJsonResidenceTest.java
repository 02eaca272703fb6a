package org.zhengbing.policy.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengbing.policy.testing.ProfileDraft;

/** A candidate enlisting where they hold a residence permit keeps the permit's years through JSON. */
class ProfileJsonResidenceTest {

  @Test
  void residencePermitYearsRoundTrip() {
    CandidateProfile p = ProfileDraft.of("510100", "2018-AUTUMN").enlistmentBasis(EnlistmentBasis.RESIDENCE_PERMIT)
        .residencePermitYears(3).build();
    String json = ProfileJson.toJson(p);
    assertThat(json).contains("\"enlistmentBasis\":\"residence_permit\",\"residencePermitYears\":3");
    assertThat(ProfileJson.parse(json)).isEqualTo(p);
    assertThat(ProfileJson.parse(json).residencePermitYears()).hasValue(3);
  }
}
