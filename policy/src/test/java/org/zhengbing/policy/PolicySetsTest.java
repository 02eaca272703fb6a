package org.zhengbing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.ParameterEntry;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.profile.EducationCategory;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyLevel;

class PolicySetsTest {

  private static final PolicyBook SAMPLES = PolicySets.sampleRegions();

  private static <E> List<String> keys(E[] values, Function<E, String> key) {
    return Arrays.stream(values).map(key).collect(java.util.stream.Collectors.toList());
  }

  private static List<ParameterEntry> entriesOf(String scope) {
    return SAMPLES.entries().stream().filter(e -> e.provenance().scope().toString().equals(scope))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void policyEnumerationsMatchTheJavaEnumerations() {
    assertThat(SAMPLES.domains().get("education_category").constants().keySet())
        .containsExactlyElementsOf(keys(EducationCategory.values(), EducationCategory::key));
    assertThat(SAMPLES.domains().get("posting").constants().keySet())
        .containsExactlyElementsOf(keys(Posting.values(), Posting::key));
    assertThat(SAMPLES.domains().get("award").constants().keySet())
        .containsExactlyElementsOf(keys(MeritAward.values(), MeritAward::key));
    assertThat(SAMPLES.domains().get("student_funding").constants().keySet())
        .containsExactlyElementsOf(keys(StudentFundingStatus.values(), StudentFundingStatus::key));
    assertThat(SAMPLES.domains().get("hukou_type").constants().keySet())
        .containsExactlyElementsOf(keys(HukouType.values(), HukouType::key));
    assertThat(SAMPLES.domains().get("study_level").constants().keySet())
        .containsExactlyElementsOf(keys(StudyLevel.values(), StudyLevel::key));
    assertThat(keys(MeritAward.values(), MeritAward::key))
        .containsAll(SAMPLES.domains().get("merit").constants().keySet());
  }

  @Test
  void everySampleDistrictValueIsIllustrativeButTheSeedsCollegeTarget() {
    // seeds/000 redacts every Jiangjin amount but states the 2021 college-share target (大学生征集比例要达到90%以上)
    // and the 2021 half-and-half split (春季、夏秋季征集任务数各为全年征集总数的一半)
    List<String> seeded = List.of("quota.college_share.target", "quota.season_split.spring_share");
    List<ParameterEntry> jiangjin = entriesOf("500116");
    assertThat(jiangjin).hasSizeGreaterThanOrEqualTo(12);
    assertThat(jiangjin).filteredOn(e -> !seeded.contains(e.key()))
        .allSatisfy(e -> assertThat(e.provenance().confidence()).as(e.key()).isEqualTo(Confidence.ILLUSTRATIVE));
    assertThat(jiangjin).filteredOn(e -> seeded.contains(e.key())).hasSize(2)
        .allSatisfy(e -> assertThat(e.provenance().confidence()).isEqualTo(Confidence.LOCAL_DOCUMENT));
  }

  @Test
  void sampleRegionValuesCarryTheirSourcesConfidence() {
    // Nan'an from a third-party copy (secondary); Chengdu from official local news; Beijing from Beijing Today and
    // Changsha from China Military Online's English page (relays: secondary); Huilai from a relay of its notice
    assertThat(entriesOf("350583")).hasSize(4).allSatisfy(e -> assertThat(e.provenance().confidence())
        .isEqualTo(Confidence.SECONDARY_REPORT));
    assertThat(entriesOf("510100")).hasSize(3).allSatisfy(e -> assertThat(e.provenance().confidence())
        .isEqualTo(Confidence.OFFICIAL_NOTICE));
    assertThat(entriesOf("110000")).hasSize(4).allSatisfy(e -> assertThat(e.provenance().confidence())
        .isEqualTo(Confidence.SECONDARY_REPORT));
    assertThat(entriesOf("430100")).hasSize(1).allSatisfy(e -> assertThat(e.provenance().confidence())
        .isEqualTo(Confidence.SECONDARY_REPORT));
    assertThat(entriesOf("445224")).hasSize(7).allSatisfy(e -> assertThat(e.provenance().confidence())
        .isEqualTo(Confidence.SECONDARY_REPORT));
    assertThat(SAMPLES.entries()).allSatisfy(e -> assertThat(e.provenance().citation().document()).isNotBlank());
  }

  @Test
  void sampleValuesAreInForceOnlyInTheirPolicyYear() {
    ParameterKey<org.joda.money.Money> standard = ParameterKey.money("family_payment.annual_standard");
    RegionCode nanan = RegionCode.of("350583");
    assertThat(SAMPLES.resolve(standard, nanan, LocalDate.of(2014, 9, 1)).value()).isEqualTo(Cny.ofYuan(9300));
    assertThat(SAMPLES.find(standard, nanan, LocalDate.of(2015, 1, 1))).isEmpty();
    assertThat(SAMPLES.find(standard, nanan, LocalDate.of(2013, 12, 31))).isEmpty();
    // the sample district from 2021, open-ended
    assertThat(SAMPLES.resolve(standard, RegionCode.of("500116"), LocalDate.of(2030, 1, 1)).value())
        .isEqualTo(Cny.ofYuan(12000));
  }

  @Test
  void nationalDefaultsHoldOnlyNationalValues() {
    assertThat(PolicySets.nationalDefaults().entries()).allSatisfy(e -> assertThat(e.provenance().scope()
        .isNational()).as(e.key()).isTrue());
    assertThat(PolicySets.nationalDefaults().definitions()).containsKeys("family_payment.formula",
        "enlistment_reward.by_category", "tuition.excluded_funding", "allowance.monthly_by_service_year",
        "local_subsidy.formula", "waiting_allowance.basis", "merit_bonus.amount");
    assertThat(PolicySets.sampleRegionFiles()).hasSize(6);
  }

  @Test
  void nationalBenefitValuesCarryTheirConfidence() {
    PolicyBook national = PolicySets.nationalDefaults();
    assertThat(national.entries("allowance.monthly_by_service_year")).allSatisfy(e ->
        assertThat(e.provenance().confidence()).isEqualTo(Confidence.ILLUSTRATIVE));
    // 退役士兵安置条例 (2011) 第三十五条 to 2024-08-31, then 退役军人安置条例 第七十五条
    assertThat(national.entries("waiting_allowance.basis")).hasSize(2).allSatisfy(e ->
        assertThat(e.provenance().confidence()).isEqualTo(Confidence.LEGAL_TEXT));
    assertThat(national.entries("waiting_allowance.basis")).extracting(e -> e.provenance().effectiveFrom())
        .containsExactly(LocalDate.of(2011, 11, 1), LocalDate.of(2024, 9, 1));
    // the rules current from 2021 applied to earlier years are marked as the library's illustration
    assertThat(national.entries("service.conscript_term.years")).anySatisfy(e -> {
      assertThat(e.provenance().effectiveFrom()).isEqualTo(LocalDate.of(2011, 10, 29));
      assertThat(e.provenance().confidence()).isEqualTo(Confidence.ILLUSTRATIVE);
    });
    assertThat(national.entries("family_payment.formula")).singleElement().satisfies(e ->
        assertThat(e.provenance().confidence()).isEqualTo(Confidence.OFFICIAL_NOTICE));
  }
}
