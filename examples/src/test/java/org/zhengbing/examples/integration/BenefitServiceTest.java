package org.zhengbing.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitJson;
import org.zhengbing.policy.benefit.EnlistmentBenefits;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.InvalidProfileException;
import org.zhengbing.policy.profile.StudyStatus;

class BenefitServiceTest {

  private static final BenefitService SERVICE = BenefitService.of(PolicySets.sampleRegions());

  private static final String JSON = "{\"sex\": \"male\", \"birthDate\": \"2004-05-01\", "
      + "\"educationLevel\": \"undergraduate\", \"studyStatus\": \"fresh_graduate\", "
      + "\"enlistmentRegion\": \"500116\", \"enlistmentTerm\": \"2026-SPRING\"}";

  private static CandidateProfile profile() {
    return CandidateProfile.builder().sex(Sex.MALE).birthDate(LocalDate.of(2004, 5, 1))
        .educationLevel(EducationLevel.UNDERGRADUATE).studyStatus(StudyStatus.FRESH_GRADUATE)
        .enlistmentRegion(RegionCode.of("500116")).enlistmentTerm(ConscriptionTerm.parse("2026-SPRING")).build();
  }

  @Test
  void theJavaAndJsonEntryPointsAgree() {
    EnlistmentBenefits plain = SERVICE.benefitsFor(profile());
    String json = SERVICE.handle(JSON);
    EnlistmentBenefits parsed = BenefitJson.parseBenefits(json);
    assertThat(parsed.total()).isEqualTo(plain.total());
    assertThat(parsed.items()).hasSameSizeAs(plain.items());
    assertThat(plain.region()).isEqualTo(RegionCode.of("500116"));
    // the Jiangjin sample figures are ILLUSTRATIVE, and the result says so
    assertThat(plain.isIllustrative()).isTrue();
    assertThat(json).contains("\"ILLUSTRATIVE\"");
  }

  @Test
  void badJsonNamesTheField() {
    assertThatThrownBy(() -> SERVICE.handle(JSON.replace("\"male\"", "\"MALE\"")))
        .isInstanceOf(InvalidProfileException.class).hasMessageContaining("sex must be one of male, female");
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> BenefitService.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("book");
    assertThatThrownBy(() -> SERVICE.handle(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("profileJson");
  }
}
