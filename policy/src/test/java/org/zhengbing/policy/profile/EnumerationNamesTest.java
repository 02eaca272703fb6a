package org.zhengbing.policy.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.eligibility.PriorityCategory;

/**
 * The profile's enumerations carry the Chinese terms of the conscription notices and are found again by their keys:
 * each key gives back its constant, an unknown key gives nothing.
 */
class EnumerationNamesTest {

  @Test
  void constantsCarryTheNoticesChineseTerms() {
    assertThat(HukouType.RURAL.chineseName()).isEqualTo("农村");
    assertThat(Posting.TIBET_XINJIANG.chineseName()).isEqualTo("西藏、新疆");
    assertThat(PriorityRelation.SERVICEMAN_CHILD.chineseName()).isEqualTo("现役军人子女");
    assertThat(StudentFundingStatus.DIRECTED.chineseName()).isEqualTo("定向生");
    assertThat(StudyStatus.FINAL_YEAR.chineseName()).isEqualTo("毕业班学生");
    assertThat(MeritAward.FIRST_CLASS_WAR_MERIT.chineseName()).isEqualTo("一等战功");
    assertThat(EnlistmentBasis.SCHOOL.chineseName()).isEqualTo("学校所在地");
    assertThat(StudyLevel.POSTGRADUATE.chineseName()).isEqualTo("研究生");
    assertThat(EducationCategory.JUNIOR_HIGH.chineseName()).isEqualTo("初中");
    assertThat(EducationLevel.JUNIOR_COLLEGE.chineseName()).isEqualTo("专科（高职）");
    assertThat(BenefitKind.ENLISTMENT_REWARD.chineseName()).isEqualTo("一次性奖励金");
    assertThat(PriorityCategory.STEM.label()).isEqualTo(LocalizedText.of("理工类大学生", "STEM student or graduate"));
  }

  @Test
  void everyKeyFindsItsConstant() {
    assertFoundByKey(HukouType.values(), HukouType::key, HukouType::ofKey);
    assertFoundByKey(Posting.values(), Posting::key, Posting::ofKey);
    assertFoundByKey(PriorityRelation.values(), PriorityRelation::key, PriorityRelation::ofKey);
    assertFoundByKey(StudentFundingStatus.values(), StudentFundingStatus::key, StudentFundingStatus::ofKey);
    assertFoundByKey(StudyStatus.values(), StudyStatus::key, StudyStatus::ofKey);
    assertFoundByKey(MeritAward.values(), MeritAward::key, MeritAward::ofKey);
    assertFoundByKey(EnlistmentBasis.values(), EnlistmentBasis::key, EnlistmentBasis::ofKey);
    assertFoundByKey(EducationCategory.values(), EducationCategory::key, EducationCategory::ofKey);
    assertFoundByKey(EducationLevel.values(), EducationLevel::key, EducationLevel::ofKey);
  }

  private static <E> void assertFoundByKey(E[] values, Function<E, String> key, Function<String, Optional<E>> ofKey) {
    for (E e : values) {
      assertThat(ofKey.apply(key.apply(e))).contains(e);
    }
    assertThat(ofKey.apply("no_such_key")).isEmpty();
  }
}
