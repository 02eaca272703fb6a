package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.overlay;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

class FamilyPaymentCalculatorTest {

  private static final FamilyPaymentCalculator CALC = FamilyPaymentCalculator.of(SAMPLES);

  /** A Nan'an recruit of 2014, approved on 1 September 2014 (the bundled calendar starts in 2020). */
  private static ProfileDraft nanan() {
    return ProfileDraft.of("350583", "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1));
  }

  /** A recruit of the sample district in autumn 2025 (approval date 09-01 from the bundled calendar). */
  private static ProfileDraft jiangjin() {
    return ProfileDraft.of("500116", "2025-AUTUMN");
  }

  /** Chengdu 2018 with a base family payment the report does not give, put in force for the test only. */
  private static PolicyBook chengduWithBase(String base) {
    return overlay(SAMPLES, "family_payment.annual_standard", "510100", "2018-01-01", "2019-01-01",
        Fixtures.money(base), "Chengdu's 2018 base family payment is not published");
  }

  @Test
  void nanan2014FamilyIsPaid9300AYearInFourHalfYearInstalments() {
    // DOMAIN.md §3, Nan'an (Fujian) 2014 [M]: 9,300 yuan per person a year, urban and rural alike.
    // Paid every six months from approval for the two-year term: 9,300 × 6/12 = 4,650 per instalment,
    // 4 instalments = 18,600 = 9,300 × 2.
    FamilyPaymentSchedule s = CALC.calculate(nanan().educationLevel(EducationLevel.SENIOR_HIGH).build());

    assertThat(s.status()).isEqualTo(BenefitStatus.PAYABLE);
    assertThat(s.reason()).isEqualTo(BenefitReason.CONSCRIPT_FAMILY);
    assertThat(s.instalments()).extracting(Payment::amount).containsExactly(Cny.ofYuan(4650), Cny.ofYuan(4650),
        Cny.ofYuan(4650), Cny.ofYuan(4650));
    assertThat(s.instalments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2014, 9, 1),
        LocalDate.of(2015, 3, 1), LocalDate.of(2015, 9, 1), LocalDate.of(2016, 3, 1));
    assertThat(s.instalments().get(0).period()).contains(DateSpan.parse("2014-09-01/2015-02-28"));
    assertThat(s.instalments().get(3).period()).contains(DateSpan.parse("2016-03-01/2016-08-31"));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(18600));

    Provenance standard = step(s, "family_payment.annual_standard").inputs().get(0).provenance().orElseThrow();
    assertThat(standard.key()).isEqualTo("family_payment.annual_standard");
    assertThat(standard.scope().toString()).isEqualTo("350583");
    assertThat(standard.confidence()).isEqualTo(Confidence.SECONDARY_REPORT);
    assertThat(standard.citation().url()).contains("http://jingyuhuahui.com/nanan/news/725636.html");
    // the amounts are published; the six-monthly schedule and the two-year term of 2014 are the library's reading
    assertThat(s.illustrativeKeys()).containsExactlyInAnyOrder("family_payment.period_months",
        "service.conscript_term.years");
  }

  @Test
  void chengdu2018UndergraduateDegreeHolderGetsTheBaseTimesOnePointSix() {
    // DOMAIN.md §3, Chengdu 2018 [M]: undergraduate-degree holders' families get +60% on top of the base.
    // With an assumed base of 10,000: 10,000 × 1.6 = 16,000 a year; 8,000 an instalment; 32,000 over two years.
    PolicyBook book = chengduWithBase("10000");
    FamilyPaymentSchedule s = FamilyPaymentCalculator.of(book).calculate(ProfileDraft.of("510100", "2018-AUTUMN")
        .approvalDate(LocalDate.of(2018, 9, 1)).build());

    assertThat(step(s, "family_payment.education_uplift").result()).isEqualTo(Fixtures.rate("60%"));
    assertThat(step(s, "family_payment.annual").result()).isEqualTo(Fixtures.money("16000"));
    assertThat(s.instalments()).extracting(Payment::amount).containsOnly(Cny.ofYuan(8000));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(32000));
    assertThat(s.illustrativeKeys()).contains("family_payment.annual_standard");
    assertThat(step(s, "family_payment.education_uplift").inputs().get(1).provenance().orElseThrow().confidence())
        .isEqualTo(Confidence.OFFICIAL_NOTICE);
  }

  @Test
  void chengdu2018UpliftsFollowTheCategory() {
    // DOMAIN.md §3, Chengdu 2018: 专科 freshman +25%, 专科 graduate +50%; a Chengdu district (锦江区 510104) uses the
    // city's values. Base 10,000 (assumed): 12,500 and 15,000 a year, so 25,000 and 30,000 over two years.
    FamilyPaymentCalculator calc = FamilyPaymentCalculator.of(chengduWithBase("10000"));
    ProfileDraft d = ProfileDraft.of("510104", "2018-AUTUMN").approvalDate(LocalDate.of(2018, 9, 1))
        .educationLevel(EducationLevel.JUNIOR_COLLEGE);
    assertThat(calc.calculate(d.studyStatus(StudyStatus.FRESHMAN).build()).total()).isEqualTo(Cny.ofYuan(25000));
    assertThat(calc.calculate(d.studyStatus(StudyStatus.PREVIOUS_GRADUATE).build()).total())
        .isEqualTo(Cny.ofYuan(30000));
    // no row for senior high: the base alone, 20,000
    assertThat(calc.calculate(d.educationLevel(EducationLevel.SENIOR_HIGH).build()).total())
        .isEqualTo(Cny.ofYuan(20000));
  }

  @Test
  void annualAmountAndInstalmentAreRoundedToTheFenHalfUp() {
    // base 9,999.99 × 1.6 = 15,999.984 → 15,999.98 (half up at family_payment.annual);
    // × 6/12 = 7,999.99 exactly; four instalments = 31,999.96
    FamilyPaymentSchedule s = FamilyPaymentCalculator.of(chengduWithBase("9999.99")).calculate(
        ProfileDraft.of("510100", "2018-AUTUMN").approvalDate(LocalDate.of(2018, 9, 1)).build());
    assertThat(step(s, "family_payment.annual").rounding().orElseThrow().exact()).isEqualByComparingTo("15999.984");
    assertThat(step(s, "family_payment.annual").result()).isEqualTo(Fixtures.money("15999.98"));
    assertThat(s.instalments().get(0).amount()).isEqualTo(Cny.of("7999.99"));
    assertThat(s.total()).isEqualTo(Cny.of("31999.96"));
  }

  @Test
  void chengdu2018WithoutABaseIsNotPublished() {
    FamilyPaymentSchedule s = CALC.calculate(ProfileDraft.of("510100", "2018-AUTUMN")
        .approvalDate(LocalDate.of(2018, 9, 1)).build());
    assertThat(s.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(s.reason()).isEqualTo(BenefitReason.NO_PUBLISHED_FIGURE);
    assertThat(s.payments()).isEmpty();
    assertThat(s.total()).isEqualTo(Cny.ZERO);
    assertThat(step(s, "family_payment.not_published").input("parameter").orElseThrow().value().toString())
        .contains("family_payment.annual_standard");
  }

  @Test
  void beijing2016CollegeStudentFamiliesGet28100AYear() {
    // DOMAIN.md §3, Beijing 2016 [M]: families of college students get at least 28,100 a year:
    // 14,050 an instalment, 56,200 over two years.
    FamilyPaymentSchedule s = CALC.calculate(ProfileDraft.of("110000", "2016-AUTUMN")
        .approvalDate(LocalDate.of(2016, 9, 1)).studyStatus(StudyStatus.STUDENT).build());
    assertThat(step(s, "family_payment.formula").result()).isEqualTo(Fixtures.constant("family_payment_formula",
        "by_category"));
    assertThat(s.instalments()).extracting(Payment::amount).containsOnly(Cny.ofYuan(14050));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(56200));
  }

  @Test
  void beijing2016PublishesNoFigureForOtherFamilies() {
    FamilyPaymentSchedule s = CALC.calculate(ProfileDraft.of("110000", "2016-AUTUMN")
        .approvalDate(LocalDate.of(2016, 9, 1)).educationLevel(EducationLevel.SENIOR_HIGH).build());
    assertThat(s.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(step(s, "family_payment.not_published").input("parameter").orElseThrow().value().toString())
        .contains("family_payment.annual_by_category[senior_high]");
  }

  @Test
  void hardshipUpliftIsAddedToTheEducationUplift() {
    // Sample district (ILLUSTRATIVE): 12,000 base; undergraduate-degree holder +60%, Tibet/Xinjiang +20%:
    // 12,000 × (1 + 0.6 + 0.2) = 21,600 a year; 10,800 an instalment; 43,200 in all.
    FamilyPaymentSchedule s = CALC.calculate(jiangjin().posting(Posting.TIBET_XINJIANG).build());
    assertThat(step(s, "family_payment.annual").result()).isEqualTo(Fixtures.money("21600"));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(43200));
    assertThat(s.instalments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2025, 9, 1),
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1));
    assertThat(s.isIllustrative()).isTrue();
    assertThat(s.weakestConfidence()).contains(Confidence.ILLUSTRATIVE);
  }

  @Test
  void earlySergeantSelectionStopsThePaymentAndAPartPeriodCountsAsFull() {
    // Selected as a sergeant after 8 months: one full period and a part period of 2 months, which counts as a full
    // one (the circular): 2 instalments of 12,000 × 6/12 = 6,000 (senior high, no uplift) = 12,000.
    FamilyPaymentSchedule s = CALC.calculate(jiangjin().educationLevel(EducationLevel.SENIOR_HIGH)
        .sergeantSelectedAfterMonths(8).build());
    assertThat(s.instalments()).extracting(Payment::amount).containsExactly(Cny.ofYuan(6000), Cny.ofYuan(6000));
    assertThat(s.instalments().get(1).period()).contains(DateSpan.parse("2026-03-01/2026-04-30"));
    assertThat(step(s, "family_payment.entitled_months").result()).isEqualTo(new Datum.OfInteger(8));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(12000));
  }

  @Test
  void becomingAnOfficerOrDischargeStopsThePayment() {
    ProfileDraft d = jiangjin().educationLevel(EducationLevel.SENIOR_HIGH);
    // officer after 13 months: 6 + 6 + 1 (counted as 6) = 3 instalments of 6,000
    assertThat(CALC.calculate(d.officerOrAcademyAfterMonths(13).build()).total()).isEqualTo(Cny.ofYuan(18000));
    // discharged after 5 months: 1 instalment
    assertThat(CALC.calculate(jiangjin().educationLevel(EducationLevel.SENIOR_HIGH).monthsServed(5).build())
        .total()).isEqualTo(Cny.ofYuan(6000));
    // selected as a sergeant at the end of the term is not early: 4 instalments
    assertThat(CALC.calculate(jiangjin().educationLevel(EducationLevel.SENIOR_HIGH).sergeantSelectedAfterMonths(24)
        .monthsServed(60).build()).total()).isEqualTo(Cny.ofYuan(24000));
  }

  @Test
  void aPartPeriodIsPaidProRataWhereThePolicySaysSo() {
    // what if the part-period rule were off: after 8 months, 6,000 + 6,000 × 2/6 = 8,000
    PolicyBook book = overlay(SAMPLES, "family_payment.part_period_counts_as_full", "national", "2025-01-01", null,
        new Datum.OfBoolean(false), "part periods paid pro rata");
    FamilyPaymentSchedule s = FamilyPaymentCalculator.of(book).calculate(jiangjin()
        .educationLevel(EducationLevel.SENIOR_HIGH).sergeantSelectedAfterMonths(8).build());
    assertThat(s.instalments()).extracting(Payment::amount).containsExactly(Cny.ofYuan(6000), Cny.ofYuan(2000));
    assertThat(s.instalments().get(1).rule()).isEqualTo("family_payment.part_period");
    assertThat(s.total()).isEqualTo(Cny.ofYuan(8000));
  }

  @Test
  void incomeMultipleFormulaUsesTheFamilysHukouType() {
    // seeds/003 (an older provincial rule): rural conscripts' families get the previous year's rural per-capita
    // income. Assumed: rural 20,000, urban 40,000, multiple 1: a rural senior-high recruit's family gets 20,000 a
    // year, 40,000 in all.
    PolicyBook book = overlay(SAMPLES, "family_payment.formula", "500116", "2025-01-01", null,
        Fixtures.constant("family_payment_formula", "income_multiple"), "older formula");
    book = overlay(book, "family_payment.reference_income", "500116", "2025-01-01", null,
        Fixtures.moneyTable("hukou_type", Map.of("rural", "20000", "urban", "40000")), "older formula");
    book = overlay(book, "family_payment.income_multiple", "500116", "2025-01-01", null,
        new Datum.OfDecimal(java.math.BigDecimal.ONE), "older formula");
    FamilyPaymentCalculator calc = FamilyPaymentCalculator.of(book);
    ProfileDraft d = jiangjin().educationLevel(EducationLevel.SENIOR_HIGH);
    assertThat(calc.calculate(d.hukouType(HukouType.RURAL).build()).total()).isEqualTo(Cny.ofYuan(40000));
    assertThatThrownBy(() -> calc.calculate(jiangjin().educationLevel(EducationLevel.SENIOR_HIGH).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profile must give hukouType: the family payment of 500116 on 2025-09-01 depends on it "
            + "(family_payment.formula income_multiple)");
  }

  @Test
  void rejectsRulesOfAnotherRegionOrTerm() {
    BenefitRules rules = BenefitRules.resolve(SAMPLES, org.zhengbing.core.region.RegionCode.of("500116"),
        org.zhengbing.core.time.ConscriptionTerm.parse("2025-SPRING"));
    assertThatThrownBy(() -> CALC.calculate(jiangjin().build(), rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules for 500116 2025-SPRING must be used with a profile of that region, term and "
            + "approval date, but the profile enlists in 500116 2025-AUTUMN");
    BenefitRules other = BenefitRules.resolve(PolicyBook.nationalDefaults().withYaml(
        "format: zhengbing-policy/1\nregion: national\n", "empty"), org.zhengbing.core.region.RegionCode.of("500116"),
        org.zhengbing.core.time.ConscriptionTerm.parse("2025-AUTUMN"));
    assertThatThrownBy(() -> CALC.calculate(jiangjin().build(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules must be resolved from this calculator's policy");
  }

  @Test
  void rejectsATermThePolicyHasNoCalendarFor() {
    assertThatThrownBy(() -> CALC.calculate(ProfileDraft.of("350583", "2014-AUTUMN").build()))
        .isInstanceOf(org.zhengbing.core.param.ParameterNotFoundException.class)
        .hasMessageContaining("calendar.season.autumn.approval_date");
  }
}
