package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.Benefit;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.benefit.BenefitStatus;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.Personas;
import org.zhengbing.policy.testing.ProfileDraft;

class ThreeAccountsCalculatorTest {

  private static final PolicyBook SAMPLES = PolicySets.sampleRegions();
  private static final ThreeAccountsCalculator CALC = ThreeAccountsCalculator.of(SAMPLES);

  private static final List<String> EVERY_RECRUIT_2025 = List.of("accounts.political.honour_plaque",
      "accounts.political.hukou_kept", "accounts.political.public_hiring_priority",
      "accounts.political.civil_service_exam", "accounts.political.sergeant_path",
      "accounts.political.refusal_consequences");

  private static List<String> keys(List<AccountItem> items) {
    return items.stream().map(AccountItem::key).toList();
  }

  private static List<BenefitKind> kinds(ThreeAccounts a) {
    return a.economicItems().stream().map(Benefit::kind).toList();
  }

  private static AccountItem item(List<AccountItem> items, String key) {
    return items.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void chengduGraduate2018() {
    // Approved 2018-09-01 in Chengdu as a fresh undergraduate graduate.
    // Political: every national political text bundled is in force only from 2021 or later (保障法 2021-01-01,
    //   兵役法 2021 revision 2021-10-01, 抚恤优待条例 2024-10-01), so none is in force on the approval date; the six
    //   that apply to every recruit are listed as later items with their dates. No merit, so no gazetteer; 24 months
    //   of service (the term) is under the 5 years the reserved posts need.
    // Growth: the postgraduate bonus (in force from 2015-07-02) applies to a bachelor's graduate: 10 points within
    //   3 years (81.cn 2015, OFFICIAL_NOTICE). The master's plan (2021-01-01) and vocational training (2021-01-01)
    //   are later items. Not a student, so no study place; not 专科, so no 专升本.
    // Economic (DOMAIN.md §3, Chengdu 2018 [M]): one-time reward for an undergraduate-degree holder 12,000; the
    //   base family payment is not published, so no family payment; discharge on 2020-09-01 under the 2011 rule:
    //   2 years × 4,500 (ILLUSTRATIVE) = 9,000. Total 12,000 + 9,000 = 21,000.
    // Comparison with an expected 4,000 a month: 4,000 × 24 = 96,000; difference 21,000 − 96,000 = −75,000.
    ThreeAccounts a = CALC.calculate(Personas.chengduGraduate2018(), Cny.ofYuan(4000));

    assertThat(a.date()).isEqualTo(LocalDate.of(2018, 9, 1));
    assertThat(a.region()).isEqualTo(RegionCode.of("510100"));
    assertThat(a.political()).isEmpty();
    assertThat(keys(a.growth())).containsExactly("accounts.growth.postgraduate_bonus");
    AccountItem bonus = a.growth().get(0);
    assertThat(bonus.text().zh()).contains("3年内").contains("加10分");
    assertThat(bonus.text().en()).contains("Within 3 years").contains("10 extra points");
    assertThat(bonus.reason()).isEqualTo(ItemReason.BACHELOR_PATH);
    assertThat(bonus.confidence()).isEqualTo(Confidence.OFFICIAL_NOTICE);
    assertThat(bonus.citation().url()).contains("http://81.cn/jwzl/2015-07/02/content_6641322.htm");
    assertThat(bonus.explanation().step("growth.postgraduate_exam.bonus_points").orElseThrow().result())
        .isEqualTo(new Datum.OfInteger(10));
    assertThat(keys(a.laterItems())).containsExactly("accounts.political.honour_plaque",
        "accounts.political.hukou_kept", "accounts.political.public_hiring_priority",
        "accounts.political.civil_service_exam", "accounts.political.sergeant_path",
        "accounts.political.refusal_consequences", "accounts.growth.postgraduate_plan",
        "accounts.growth.vocational_training");
    assertThat(item(a.laterItems(), "accounts.political.hukou_kept").effectiveFrom())
        .isEqualTo(LocalDate.of(2021, 10, 1));
    assertThat(item(a.laterItems(), "accounts.political.honour_plaque").effectiveFrom())
        .isEqualTo(LocalDate.of(2024, 10, 1));

    assertThat(kinds(a)).containsExactly(BenefitKind.ENLISTMENT_REWARD, BenefitKind.DISCHARGE_PAYMENT);
    assertThat(a.economic().enlistmentReward().total()).isEqualTo(Cny.ofYuan(12000));
    assertThat(a.economic().dischargePayment().total()).isEqualTo(Cny.ofYuan(9000));
    assertThat(a.economic().familyPayment().status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(a.economicTotal()).isEqualTo(Cny.ofYuan(21000));
    assertThat(a.illustrativeItems()).containsExactly("benefit.discharge");

    IncomeComparison c = a.comparison().orElseThrow();
    assertThat(c.basis()).isEqualTo(IncomeComparison.Basis.EXPECTED_WAGE);
    assertThat(c.months()).isEqualTo(24);
    assertThat(c.alternativeIncome()).isEqualTo(Cny.ofYuan(96000));
    assertThat(c.enlistmentIncome()).isEqualTo(Cny.ofYuan(21000));
    assertThat(c.difference()).isEqualTo(Cny.ofYuan(-75000));
    assertThat(c.isIllustrative()).isFalse();
  }

  @Test
  void nananJuniorCollegeStudent2014() {
    // Approved 2014-09-01 in Nan'an as a 专科 student; a 三等功 in service.
    // Political and growth: nothing bundled is in force in 2014 (the earliest text that would apply is 保障法,
    //   2021-01-01). Later items: the six political items every recruit gets, then the study place kept
    //   (征兵工作条例 2023, 2023-05-01), 专升本 (2022-01-01) and vocational training (2021-01-01). A 三等功 is below
    //   二等功, so no gazetteer; not a bachelor's path, so no postgraduate bonus or plan.
    // Economic (DOMAIN.md §3 Nan'an 2014 [M]; as BenefitsCalculatorTest): family payment 9,300 × 2 = 18,600; reward
    //   for a current student 2,000; discharge 2 × 4,500 (ILLUSTRATIVE) = 9,000 + 5% for the 三等功 = 9,450; merit
    //   bonus for a 三等功 2,490. Total 18,600 + 2,000 + 9,450 + 2,490 = 32,540. The family payment uses the
    //   illustrative pre-2021 term and period, so it is named in the notice with the discharge payment.
    // No wage given and Nan'an has no average-wage parameter: no comparison.
    ThreeAccounts a = CALC.calculate(Personas.nananStudent2014());

    assertThat(a.political()).isEmpty();
    assertThat(a.growth()).isEmpty();
    assertThat(keys(a.laterItems())).containsExactly("accounts.political.honour_plaque",
        "accounts.political.hukou_kept", "accounts.political.public_hiring_priority",
        "accounts.political.civil_service_exam", "accounts.political.sergeant_path",
        "accounts.political.refusal_consequences", "accounts.growth.study_place_kept",
        "accounts.growth.zhuanshengben", "accounts.growth.vocational_training");
    assertThat(item(a.laterItems(), "accounts.growth.zhuanshengben").reason())
        .isEqualTo(ItemReason.JUNIOR_COLLEGE_STUDENT);
    assertThat(item(a.laterItems(), "accounts.growth.study_place_kept").effectiveFrom())
        .isEqualTo(LocalDate.of(2023, 5, 1));

    assertThat(kinds(a)).containsExactly(BenefitKind.FAMILY_PAYMENT, BenefitKind.ENLISTMENT_REWARD,
        BenefitKind.DISCHARGE_PAYMENT, BenefitKind.MERIT_BONUS);
    assertThat(a.economic().familyPayment().total()).isEqualTo(Cny.ofYuan(18600));
    assertThat(a.economic().enlistmentReward().total()).isEqualTo(Cny.ofYuan(2000));
    assertThat(a.economic().dischargePayment().total()).isEqualTo(Cny.ofYuan(9450));
    assertThat(a.economic().meritBonus().total()).isEqualTo(Cny.ofYuan(2490));
    assertThat(a.economicTotal()).isEqualTo(Cny.ofYuan(32540));
    assertThat(a.economic().tuition().status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(a.illustrativeItems()).containsExactly("benefit.family_payment", "benefit.discharge");
    assertThat(a.comparison()).isEmpty();
  }

  @Test
  void jiangjinSeniorHighGraduate2025() {
    // Approved 2025-09-01 in the sample district (every district figure ILLUSTRATIVE, region-500116 file).
    // Political: the six items for every recruit, all in force by 2024-10-01. Growth: free vocational training
    //   only (not a college student, no bachelor's path).
    // Economic:
    //   family payment 12,000 a year, no uplift row for senior_high: 6,000 per half year × 4 = 24,000;
    //   enlistment reward for senior_high 2,000;
    //   allowance (national, ILLUSTRATIVE): 1,100 × 12 + 1,200 × 12 = 13,200 + 14,400 = 27,600;
    //   discharge 2027-09-01: 2 × 4,500 (ILLUSTRATIVE) = 9,000;
    //   local subsidy: the fixed ILLUSTRATIVE 30,000 for a conscript (the size published elsewhere);
    //   no tuition (not college), no waiting, no merits.
    //   Total 24,000 + 2,000 + 27,600 + 9,000 + 30,000 = 92,600.
    // Comparison with the district's average wage 100,000 a year (ILLUSTRATIVE), in force at 2025-09-01 and at
    //   2026-09-01: 100,000 × 12/12 + 100,000 × 12/12 = 200,000; difference 92,600 − 200,000 = −107,400.
    ThreeAccounts a = CALC.calculate(Personas.jiangjinSeniorHigh2025());

    assertThat(keys(a.political())).containsExactlyElementsOf(EVERY_RECRUIT_2025);
    assertThat(keys(a.growth())).containsExactly("accounts.growth.vocational_training");
    assertThat(a.laterItems()).isEmpty();
    assertThat(item(a.political(), "accounts.political.refusal_consequences").reason())
        .isEqualTo(ItemReason.REFUSAL_STATED);
    assertThat(item(a.political(), "accounts.political.refusal_consequences").citation().document())
        .isEqualTo("中华人民共和国兵役法");

    assertThat(kinds(a)).containsExactly(BenefitKind.FAMILY_PAYMENT, BenefitKind.ENLISTMENT_REWARD,
        BenefitKind.ALLOWANCE, BenefitKind.DISCHARGE_PAYMENT, BenefitKind.SELF_EMPLOYMENT_SUBSIDY);
    assertThat(a.economic().familyPayment().total()).isEqualTo(Cny.ofYuan(24000));
    assertThat(a.economic().enlistmentReward().total()).isEqualTo(Cny.ofYuan(2000));
    assertThat(a.economic().allowance().total()).isEqualTo(Cny.ofYuan(27600));
    assertThat(a.economic().dischargePayment().total()).isEqualTo(Cny.ofYuan(9000));
    assertThat(a.economic().selfEmploymentSubsidy().total()).isEqualTo(Cny.ofYuan(30000));
    assertThat(a.economicTotal()).isEqualTo(Cny.ofYuan(92600));

    IncomeComparison c = a.comparison().orElseThrow();
    assertThat(c.basis()).isEqualTo(IncomeComparison.Basis.REGION_AVERAGE_WAGE);
    assertThat(c.alternativeIncome()).isEqualTo(Cny.ofYuan(200000));
    assertThat(c.difference()).isEqualTo(Cny.ofYuan(-107400));
    assertThat(c.isIllustrative()).isTrue();
    assertThat(c.explanation().steps()).hasSize(3);
    assertThat(a.illustrativeItems()).containsExactly("benefit.family_payment", "benefit.enlistment_reward",
        "benefit.allowance", "benefit.discharge", "benefit.local_subsidy", "comparison");
  }

  @Test
  void jiangjinPostgraduateWoman2025() {
    // Approved 2025-09-01 in the sample district; a woman with a fresh master's degree who paid 8,000 tuition in
    //   each of 3 years.
    // Political: the six items for every recruit; a college graduate, but 24 months is under the 5 years
    //   (60 months) of the reserved posts. Growth: vocational training only: a postgraduate is past the
    //   bachelor's-path postgraduate bonus and plan, and not an enrolled student.
    // Economic:
    //   family payment 12,000 × (1 + 70% postgraduate_graduate uplift) = 20,400 a year; 10,200 × 4 = 40,800;
    //   reward for postgraduate_graduate 12,000;
    //   tuition compensation: 3 × 8,000 = 24,000 (each year under the 2024 postgraduate cap of 25,000);
    //   allowance 27,600; discharge 9,000; local subsidy 30,000 (as for the senior-high graduate).
    //   Total 40,800 + 12,000 + 24,000 + 27,600 + 9,000 + 30,000 = 143,400.
    // Comparison with an expected 6,000 a month: 6,000 × 24 = 144,000; difference 143,400 − 144,000 = −600.
    ThreeAccounts a = CALC.calculate(Personas.jiangjinPostgraduateWoman2025(), Cny.ofYuan(6000));

    assertThat(keys(a.political())).containsExactlyElementsOf(EVERY_RECRUIT_2025);
    assertThat(keys(a.growth())).containsExactly("accounts.growth.vocational_training");
    assertThat(kinds(a)).containsExactly(BenefitKind.FAMILY_PAYMENT, BenefitKind.ENLISTMENT_REWARD,
        BenefitKind.TUITION, BenefitKind.ALLOWANCE, BenefitKind.DISCHARGE_PAYMENT,
        BenefitKind.SELF_EMPLOYMENT_SUBSIDY);
    assertThat(a.economic().familyPayment().total()).isEqualTo(Cny.ofYuan(40800));
    assertThat(a.economic().enlistmentReward().total()).isEqualTo(Cny.ofYuan(12000));
    assertThat(a.economic().tuition().total()).isEqualTo(Cny.ofYuan(24000));
    assertThat(a.economicTotal()).isEqualTo(Cny.ofYuan(143400));
    IncomeComparison c = a.comparison().orElseThrow();
    assertThat(c.alternativeIncome()).isEqualTo(Cny.ofYuan(144000));
    assertThat(c.difference()).isEqualTo(Cny.ofYuan(-600));
    assertThat(a.illustrativeItems()).doesNotContain("comparison").contains("benefit.family_payment");
    assertThat(a.illustrativeItems()).doesNotContain("benefit.tuition");
  }

  @Test
  void secondClassMeritPutsTheSoldierInTheGazetteerAndThirdClassDoesNot() {
    // 保障法 Art 63: 二等功 or higher is entered in the local gazetteer; a 三等功 is not enough.
    CandidateProfile base = Personas.jiangjinSeniorHigh2025();
    ThreeAccounts second = CALC.calculate(base.withMerits(List.of(MeritAward.SECOND_CLASS_MERIT)));
    ThreeAccounts first = CALC.calculate(base.withMerits(List.of(MeritAward.FIRST_CLASS_MERIT)));
    ThreeAccounts third = CALC.calculate(base.withMerits(List.of(MeritAward.THIRD_CLASS_MERIT)));

    assertThat(keys(second.political())).contains("accounts.political.gazetteer");
    assertThat(item(second.political(), "accounts.political.gazetteer").reason())
        .isEqualTo(ItemReason.SECOND_CLASS_MERIT_OR_HIGHER);
    assertThat(keys(first.political())).contains("accounts.political.gazetteer");
    assertThat(keys(third.political())).doesNotContain("accounts.political.gazetteer");
  }

  @Test
  void reservedPostsNeedACollegeGraduateWithFiveYearsOfService() {
    // 保障法 Art 43: posts for college-graduate veterans who served five years (60 months) or more.
    CandidateProfile graduate = Personas.jiangjinPostgraduateWoman2025();
    assertThat(keys(CALC.calculate(graduate.withMonthsServed(60)).political()))
        .contains("accounts.political.graduate_reserved_posts");
    assertThat(keys(CALC.calculate(graduate.withMonthsServed(59)).political()))
        .doesNotContain("accounts.political.graduate_reserved_posts");
    assertThat(keys(CALC.calculate(Personas.jiangjinSeniorHigh2025().withMonthsServed(60)).political()))
        .doesNotContain("accounts.political.graduate_reserved_posts");
    AccountItem posts = item(CALC.calculate(graduate.withMonthsServed(72)).political(),
        "accounts.political.graduate_reserved_posts");
    assertThat(posts.reason()).isEqualTo(ItemReason.GRADUATE_LONG_SERVICE);
    assertThat(posts.explanation().step("political.graduate_reserved_posts.min_service_years").orElseThrow()
        .result()).isEqualTo(new Datum.OfInteger(5));
  }

  @Test
  void anOfficerOrCadetHasNoFormerConscriptsExamPreference() {
    // 抚恤优待条例 Art 45 is for conscripts discharged as soldiers (退出现役的义务兵); one who became an officer or
    // entered a military academy after 12 months is not one.
    CandidateProfile officer = ProfileDraft.of("500116", "2025-AUTUMN").approvalDate(LocalDate.of(2025, 9, 1))
        .officerOrAcademyAfterMonths(12).build();
    List<String> political = keys(CALC.calculate(officer).political());
    assertThat(political).doesNotContain("accounts.political.civil_service_exam");
    assertThat(political).contains("accounts.political.public_hiring_priority", "accounts.political.hukou_kept");
  }

  @Test
  void anEnrolledBachelorStudentKeepsTheStudyPlace() {
    // 征兵工作条例 Art 33 (2023-05-01): an enrolled student keeps the place; a bachelor's student also has the
    // postgraduate bonus and plan ahead.
    CandidateProfile p = ProfileDraft.of("500116", "2025-AUTUMN").approvalDate(LocalDate.of(2025, 9, 1))
        .educationLevel(EducationLevel.UNDERGRADUATE).studyStatus(StudyStatus.STUDENT).build();
    ThreeAccounts a = CALC.calculate(p);
    assertThat(keys(a.growth())).containsExactly("accounts.growth.study_place_kept",
        "accounts.growth.postgraduate_bonus", "accounts.growth.postgraduate_plan",
        "accounts.growth.vocational_training");
    assertThat(item(a.growth(), "accounts.growth.postgraduate_plan").text().zh()).contains("每年8000名");
    assertThat(item(a.growth(), "accounts.growth.study_place_kept").reason()).isEqualTo(ItemReason.ENROLLED_STUDENT);
  }

  @Test
  void aRegionAddsALocalItemForEveryoneWhoEnlistsThere() {
    // seeds/003: a province's opinion adds 10 points in the written exam of the political-legal police training
    // system for veterans; a region would ship it as a local text parameter. Here a test region file for the
    // sample district defines it (the seed's province is not named).
    PolicyBook book = SAMPLES.withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500116\"",
        "sources:",
        "  seed-003: {document: \"How to do a good job in recruiting publicity work (a provincial opinion)\","
            + " issuer: \"an unnamed province\", note: \"seeds/003\"}",
        "parameters:",
        "  accounts.growth.local.police_exam_bonus:",
        "    type: text",
        "    label: {zh: 政法干警招录培养体制改革考试加分, en: \"Bonus points in the police training exam\"}",
        "    values:",
        "      - from: 2021-01-01",
        "        value: {zh: 退役士兵报考政法干警招录培养体制改革试点教育考试，笔试总成绩加10分。,"
            + " en: \"Veterans get 10 extra points in the written police training exam.\"}",
        "        confidence: LOCAL_DOCUMENT",
        "        citation: seed-003",
        ""), "test-local-item.yaml");
    ThreeAccounts a = ThreeAccountsCalculator.of(book).calculate(Personas.jiangjinSeniorHigh2025());
    AccountItem local = item(a.growth(), "accounts.growth.local.police_exam_bonus");
    assertThat(local.reason()).isEqualTo(ItemReason.LOCAL_ITEM);
    assertThat(local.confidence()).isEqualTo(Confidence.LOCAL_DOCUMENT);
    assertThat(local.title().en()).isEqualTo("Bonus points in the police training exam");
    assertThat(keys(a.growth())).endsWith("accounts.growth.local.police_exam_bonus");
    // Nan'an is another region: the item does not apply there.
    assertThat(keys(ThreeAccountsCalculator.of(book).calculate(Personas.nananStudent2014()).laterItems()))
        .doesNotContain("accounts.growth.local.police_exam_bonus");
  }

  @Test
  void regionAndTermOverloadsMoveTheProfile() {
    // The region and season (or approval date) given replace the profile's.
    CandidateProfile p = ProfileDraft.of("500116", "2024-AUTUMN").build();
    ThreeAccounts byTerm = CALC.calculate(p, RegionCode.of("500116"), ConscriptionTerm.parse("2025-AUTUMN"));
    ThreeAccounts byDate = CALC.calculate(p, RegionCode.of("500116"), LocalDate.of(2025, 9, 1));
    assertThat(byTerm.profile().enlistmentTerm()).isEqualTo(ConscriptionTerm.parse("2025-AUTUMN"));
    assertThat(byDate.date()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(byDate.profile().approvalDate()).contains(LocalDate.of(2025, 9, 1));
  }

  @Test
  void aNegativeExpectedWageIsRejected() {
    assertThatThrownBy(() -> CALC.calculate(Personas.jiangjinSeniorHigh2025(), Cny.ofYuan(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected monthly wage must be an amount in CNY >= 0, but was CNY -1.00");
    assertThatThrownBy(() -> CALC.calculate(Personas.jiangjinSeniorHigh2025(), Money.parse("USD 10")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was USD 10.00");
  }

  @Test
  void aTextWithAnUnknownPlaceholderIsAPolicyError() {
    PolicyBook book = SAMPLES.withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500116\"",
        "sources:",
        "  test: {document: \"a test\"}",
        "parameters:",
        "  accounts.growth.postgraduate_plan:",
        "    values:",
        "      - {from: 2025-01-01, value: {zh: \"每年{seats}名\", en: \"{seats} places\"}, confidence: ILLUSTRATIVE,"
            + " citation: test}",
        ""), "test-placeholder.yaml");
    CandidateProfile bachelor = ProfileDraft.of("500116", "2025-AUTUMN").approvalDate(LocalDate.of(2025, 9, 1))
        .build();
    assertThatThrownBy(() -> ThreeAccountsCalculator.of(book).calculate(bachelor))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text parameter 'accounts.growth.postgraduate_plan' must only use the placeholders");
  }

  @Test
  void anIllustrativeTextIsNamedInTheStatement() {
    // A region overriding a text with an ILLUSTRATIVE value: the item is illustrative and named.
    PolicyBook book = SAMPLES.withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500116\"",
        "sources:",
        "  test: {document: \"a test\"}",
        "parameters:",
        "  accounts.political.hukou_kept:",
        "    values:",
        "      - {from: 2025-01-01, value: {zh: 保留户籍。, en: Kept.}, confidence: ILLUSTRATIVE, citation: test}",
        ""), "test-illustrative.yaml");
    ThreeAccounts a = ThreeAccountsCalculator.of(book).calculate(Personas.jiangjinSeniorHigh2025());
    assertThat(a.illustrativeItems()).startsWith("accounts.political.hukou_kept");
    assertThat(item(a.political(), "accounts.political.hukou_kept").confidence()).isEqualTo(Confidence.ILLUSTRATIVE);
  }
}
