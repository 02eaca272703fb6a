package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

class EnlistmentRewardCalculatorTest {

  private static final EnlistmentRewardCalculator CALC = EnlistmentRewardCalculator.of(SAMPLES);

  private static EnlistmentReward reward(ProfileDraft d, EducationLevel level, StudyStatus status) {
    return CALC.calculate(d.educationLevel(level).studyStatus(status).build());
  }

  private static ProfileDraft chengdu() {
    return ProfileDraft.of("510100", "2018-AUTUMN").approvalDate(LocalDate.of(2018, 9, 1));
  }

  @Test
  void chengdu2018RewardsSixCategories() {
    // DOMAIN.md §3, Chengdu 2018 [M]: ≥12,000 / 10,000 / 10,000 / 8,000 / 8,000 / 6,000 for undergraduate-degree
    // holders, 专科 graduates, undergraduate students, 专科 students, undergraduate freshmen, 专科 freshmen.
    assertThat(reward(chengdu(), EducationLevel.UNDERGRADUATE, StudyStatus.FRESH_GRADUATE).total())
        .isEqualTo(Cny.ofYuan(12000));
    assertThat(reward(chengdu(), EducationLevel.JUNIOR_COLLEGE, StudyStatus.PREVIOUS_GRADUATE).total())
        .isEqualTo(Cny.ofYuan(10000));
    assertThat(reward(chengdu(), EducationLevel.UNDERGRADUATE, StudyStatus.STUDENT).total())
        .isEqualTo(Cny.ofYuan(10000));
    assertThat(reward(chengdu(), EducationLevel.JUNIOR_COLLEGE, StudyStatus.STUDENT).total())
        .isEqualTo(Cny.ofYuan(8000));
    assertThat(reward(chengdu(), EducationLevel.UNDERGRADUATE, StudyStatus.FRESHMAN).total())
        .isEqualTo(Cny.ofYuan(8000));
    assertThat(reward(chengdu(), EducationLevel.JUNIOR_COLLEGE, StudyStatus.FRESHMAN).total())
        .isEqualTo(Cny.ofYuan(6000));
    // final-year students are read as 在校生 (the region file's note)
    assertThat(reward(chengdu(), EducationLevel.UNDERGRADUATE, StudyStatus.FINAL_YEAR).total())
        .isEqualTo(Cny.ofYuan(10000));
    EnlistmentReward r = reward(chengdu(), EducationLevel.UNDERGRADUATE, StudyStatus.FRESH_GRADUATE);
    assertThat(r.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2018, 9, 1));
    assertThat(r.weakestConfidence()).contains(Confidence.OFFICIAL_NOTICE);
    assertThat(r.citations()).anySatisfy(c -> assertThat(c.url()).contains(
        "http://news.chengdu.cn/2018/0601/1977605.shtml"));
  }

  @Test
  void chengdu2018PublishesNoRewardForPostgraduates() {
    EnlistmentReward r = reward(chengdu(), EducationLevel.POSTGRADUATE, StudyStatus.FRESH_GRADUATE);
    assertThat(r.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(r.reason()).isEqualTo(BenefitReason.NO_ROW_FOR_CATEGORY);
    assertThat(r.total()).isEqualTo(Cny.ZERO);
  }

  @Test
  void changsha2017PaysMoreForTibetAndXinjiang() {
    // Changsha 2017 (China Military Online 2017-07-17): college recruits 15,000; the report's 20,000 is for college
    // graduates serving in Xinjiang or Tibet, which a posting row cannot express, so it is not bundled.
    ProfileDraft d = ProfileDraft.of("430100", "2017-AUTUMN").approvalDate(LocalDate.of(2017, 9, 1));
    assertThat(CALC.calculate(d.build()).total()).isEqualTo(Cny.ofYuan(15000));
    EnlistmentReward tibet = CALC.calculate(ProfileDraft.of("430100", "2017-AUTUMN")
        .approvalDate(LocalDate.of(2017, 9, 1)).posting(Posting.TIBET_XINJIANG).build());
    assertThat(tibet.total()).isEqualTo(Cny.ofYuan(15000));
    assertThat(CALC.calculate(ProfileDraft.of("430100", "2017-AUTUMN").approvalDate(LocalDate.of(2017, 9, 1))
        .posting(Posting.OTHER_HARDSHIP).build()).total()).isEqualTo(Cny.ofYuan(15000));
    // the higher posting amount is for college recruits only
    EnlistmentReward senior = CALC.calculate(ProfileDraft.of("430100", "2017-AUTUMN")
        .approvalDate(LocalDate.of(2017, 9, 1)).educationLevel(EducationLevel.SENIOR_HIGH)
        .posting(Posting.TIBET_XINJIANG).build());
    assertThat(senior.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
  }

  @Test
  void nanan2014RewardsGraduatesAndStudents() {
    // DOMAIN.md §3, Nan'an 2014 [M]: 6,000 (undergraduate-degree holder), 4,000 (专科 graduate), 2,000 (current
    // student).
    ProfileDraft d = ProfileDraft.of("350583", "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1));
    assertThat(reward(d, EducationLevel.UNDERGRADUATE, StudyStatus.FRESH_GRADUATE).total())
        .isEqualTo(Cny.ofYuan(6000));
    assertThat(reward(d, EducationLevel.JUNIOR_COLLEGE, StudyStatus.FRESH_GRADUATE).total())
        .isEqualTo(Cny.ofYuan(4000));
    assertThat(reward(d, EducationLevel.JUNIOR_COLLEGE, StudyStatus.STUDENT).total()).isEqualTo(Cny.ofYuan(2000));
    assertThat(reward(d, EducationLevel.UNDERGRADUATE, StudyStatus.FINAL_YEAR).total()).isEqualTo(Cny.ofYuan(2000));
    assertThat(reward(d, EducationLevel.UNDERGRADUATE, StudyStatus.FRESHMAN).status())
        .isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(reward(d, EducationLevel.UNDERGRADUATE, StudyStatus.STUDENT).weakestConfidence())
        .contains(Confidence.SECONDARY_REPORT);
  }

  @Test
  void aRegionWithoutRewardsIsNotPublished() {
    EnlistmentReward r = CALC.calculate(ProfileDraft.of("110000", "2016-AUTUMN")
        .approvalDate(LocalDate.of(2016, 9, 1)).build());
    assertThat(r.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(step(r, "enlistment_reward.not_published").input("parameter").orElseThrow().value().toString())
        .contains("enlistment_reward.by_category");
  }
}
