package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.zhengbing.policy.benefit.Fixtures.CALC;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.ProfileJson;
import org.zhengbing.policy.profile.StudyLevel;
import org.zhengbing.policy.testing.ProfileDraft;
import org.zhengbing.policy.testing.ProfileGen;

class BenefitsPropertiesTest {

  private static final ParameterKey<ParameterTable<Money>> CAP =
      ParameterKey.moneyTable("tuition.annual_cap", "study_level");

  @Test
  void explanationReconcilesToAmountToTheFen() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      EnlistmentBenefits a = CALC.calculate(p);
      Money sum = Cny.ZERO;
      for (Benefit b : a.items()) {
        assertThat(b.explanation().result()).isEqualTo(new Datum.OfMoney(b.total()));
        Money payments = b.payments().stream().map(Payment::amount).reduce(Cny.ZERO, Money::plus);
        assertThat(payments).isEqualTo(b.total());
        for (Step s : b.explanation().steps()) {
          s.rounding().ifPresent(r -> {
            assertThat(((Datum.OfMoney) s.result()).value().getAmount()).isEqualByComparingTo(r.rounded());
            assertThat(r.rounded().stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
            assertThat(r.exact().subtract(r.rounded()).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
          });
        }
        sum = sum.plus(b.total());
      }
      assertThat(a.total()).isEqualTo(sum);
    });
  }

  @Test
  void amountsAreNeverNegative() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      EnlistmentBenefits a = CALC.calculate(p);
      assertThat(a.schedule()).allSatisfy(x -> assertThat(x.amount().isNegative()).isFalse());
      assertThat(a.items()).allSatisfy(b -> assertThat(b.total().isNegative()).isFalse());
      assertThat(a.items()).filteredOn(b -> !b.isPayable()).allSatisfy(b -> assertThat(b.total().isZero()).isTrue());
    });
  }

  @Test
  void partPeriodNeverYieldsLessThanAFullPeriodsInstalment() {
    // the sample district, where the circular's rule (a part period counts as a full one) is in force
    Gen<CandidateProfile> stoppedEarly = ProfileGen.terms(2021, 2026).zip(Generate.range(1, 24),
        Generate.enumValues(StopEvent.class), (term, months, event) -> event.apply(
            ProfileDraft.of("500116", term.toString()), months).build());
    qt().forAll(stoppedEarly).checkAssert(p -> {
      FamilyPaymentSchedule s = CALC.calculate(p).familyPayment();
      Money full = s.instalments().get(0).amount();
      assertThat(s.instalments()).allSatisfy(i -> assertThat(i.amount()).isEqualTo(full));
      int months = Calculators.conscriptMonths(p, 24);
      assertThat(s.instalments()).hasSize((months + 5) / 6);
    });
  }

  /** The ways conscript service ends early. */
  enum StopEvent {
    DISCHARGE, SERGEANT, OFFICER;

    ProfileDraft apply(ProfileDraft d, int months) {
      switch (this) {
        case DISCHARGE:
          return d.monthsServed(months);
        case SERGEANT:
          return d.sergeantSelectedAfterMonths(months).monthsServed(36);
        default:
          return d.officerOrAcademyAfterMonths(months);
      }
    }
  }

  @Test
  void tuitionNeverExceedsCapTimesYears() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      TuitionCompensation t = CALC.calculate(p).tuition();
      if (!t.isPayable()) {
        return;
      }
      // the oracle: caps read straight from the policy on the approval and discharge dates
      EnlistmentBenefits a = CALC.calculate(p);
      StudyLevel level = p.educationLevel().studyLevel().orElseThrow();
      LocalDate back = p.monthsServed().isPresent() ? a.approvalDate().plusMonths(p.monthsServed().getAsInt())
          : a.termEnd();
      Money capAtEnlistment = SAMPLES.resolve(CAP, p.enlistmentRegion(), a.approvalDate()).value().get(level.key())
          .orElseThrow();
      assertThat(t.compensation().isGreaterThan(capAtEnlistment.multipliedBy(p.academicYears().size()))).isFalse();
      if (t.waiver().isPositive()) {
        Money capOnReturn = SAMPLES.resolve(CAP, p.enlistmentRegion(), back).value().get(level.key()).orElseThrow();
        assertThat(t.waiver().isGreaterThan(capOnReturn.multipliedBy(p.remainingStudyYears()))).isFalse();
      }
    });
  }

  /** Service times whose discharge dates all fall under one rule: before 2024-09-01, or after. */
  private static Gen<ProfileDraft> oneRuleSettings() {
    return Generate.pick(ImmutableList.of(
        "350583 2014-AUTUMN 2014-09-01", "500116 2022-SPRING", "500116 2025-AUTUMN", "500116 2026-SPRING"))
        .map(s -> {
          String[] f = s.split(" ");
          ProfileDraft d = ProfileDraft.of(f[0], f[1]);
          return f.length > 2 ? d.approvalDate(LocalDate.parse(f[2])) : d;
        });
  }

  private static int maxMonths(ProfileDraft d) {
    // the spring 2022 cohort must leave before 2024-09-01 (30 months); the others have room
    return d.build().enlistmentTerm().year() == 2022 ? 29 : 96;
  }

  @Test
  void dischargePaymentIsMonotoneInMonthsServed() {
    qt().forAll(oneRuleSettings(), Generate.range(1, 96), Generate.range(1, 24), ProfileGen.merits())
        .assuming((d, m, extra, merits) -> m + extra <= maxMonths(d))
        .checkAssert((d, m, extra, merits) -> {
          CandidateProfile shorter = d.build().withMonthsServed(m).withMerits(merits);
          CandidateProfile longer = shorter.withMonthsServed(m + extra);
          Money a = CALC.calculate(shorter).dischargePayment().total();
          Money b = CALC.calculate(longer).dischargePayment().total();
          assertThat(b.isLessThan(a)).as("%s months: %s, %s months: %s", m, a, m + extra, b).isFalse();
        });
  }

  @Test
  void dischargePaymentIsMonotoneInMeritLevel() {
    // the ordinary merit ladder both rules know: none < 三等功 < 二等功 < 一等功 < honorary title
    List<List<MeritAward>> ladder = List.of(List.of(), List.of(MeritAward.THIRD_CLASS_MERIT),
        List.of(MeritAward.SECOND_CLASS_MERIT), List.of(MeritAward.FIRST_CLASS_MERIT),
        List.of(MeritAward.HONORARY_TITLE));
    qt().forAll(oneRuleSettings(), Generate.range(1, 29)).checkAssert((d, months) -> {
      CandidateProfile p = d.build().withMonthsServed(months);
      Money previous = Cny.ZERO;
      for (List<MeritAward> merits : ladder) {
        Money pay = CALC.calculate(p.withMerits(merits)).dischargePayment().total();
        assertThat(pay.isLessThan(previous)).as("%s", merits).isFalse();
        previous = pay;
      }
    });
  }

  @Test
  void addingAnAwardNeverLowersTheDischargePayment() {
    qt().forAll(ProfileGen.sampleProfiles(), Generate.enumValues(MeritAward.class)).checkAssert((p, award) -> {
      List<MeritAward> more = new ArrayList<>(p.merits());
      more.add(award);
      Money before = CALC.calculate(p).dischargePayment().total();
      Money after = CALC.calculate(p.withMerits(more)).dischargePayment().total();
      assertThat(after.isLessThan(before)).isFalse();
    });
  }

  @Test
  void scheduleDatesLieWithinTheServiceTerm() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      EnlistmentBenefits a = CALC.calculate(p);
      org.zhengbing.core.time.DateSpan term = org.zhengbing.core.time.DateSpan.ofClosed(a.approvalDate(),
          a.termEnd().minusDays(1));
      for (Benefit b : List.of(a.familyPayment(), a.allowance())) {
        for (Payment x : b.payments()) {
          assertThat(term.contains(x.dueOn())).as("%s %s in %s", b.kind(), x.dueOn(), term).isTrue();
          assertThat(x.period()).hasValueSatisfying(s -> assertThat(term.encloses(s)).as("%s", s).isTrue());
        }
      }
      // one-off payments are due no earlier than the approval date
      assertThat(a.schedule()).allSatisfy(x -> assertThat(x.dueOn()).isAfterOrEqualTo(a.approvalDate()));
    });
  }

  @Test
  void identicalInputsGiveIdenticalOutputs() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      EnlistmentBenefits first = CALC.calculate(p);
      CandidateProfile same = ProfileJson.parse(ProfileJson.toJson(p));
      EnlistmentBenefits second = BenefitsCalculator.of(SAMPLES).calculate(same,
          BenefitRules.forProfile(SAMPLES, same));
      assertThat(second).isEqualTo(first);
      assertThat(BenefitJson.toJson(second)).isEqualTo(BenefitJson.toJson(first));
    });
  }

  @Test
  void batchTotalsEqualTheExplainedTotals() {
    qt().forAll(SourceDSL.lists().of(ProfileGen.sampleProfiles()).ofSizeBetween(1, 6)).checkAssert(list -> {
      BenefitTotals totals = CALC.totals(list);
      for (int i = 0; i < list.size(); i++) {
        EnlistmentBenefits a = CALC.calculate(list.get(i));
        for (BenefitKind k : BenefitKind.values()) {
          assertThat(totals.amount(i, k)).as("%s of %s", k, list.get(i)).isEqualTo(a.item(k).total());
        }
      }
    });
  }

  @Test
  void batchTotalsOfSomePaymentsEqualTheExplainedTotals() {
    Gen<Set<BenefitKind>> kinds = Generate.range(1, (1 << BenefitKind.values().length) - 1).map(bits -> {
      Set<BenefitKind> set = EnumSet.noneOf(BenefitKind.class);
      for (BenefitKind k : BenefitKind.values()) {
        if ((bits & (1 << k.ordinal())) != 0) {
          set.add(k);
        }
      }
      return set;
    });
    qt().forAll(SourceDSL.lists().of(ProfileGen.sampleProfiles()).ofSizeBetween(1, 6), kinds)
        .checkAssert((list, asked) -> {
          BenefitTotals totals = CALC.totals(list, asked);
          assertThat(totals.kinds()).containsExactlyElementsOf(asked);
          for (int i = 0; i < list.size(); i++) {
            EnlistmentBenefits a = CALC.calculate(list.get(i));
            Money sum = Cny.ZERO;
            for (BenefitKind k : asked) {
              assertThat(totals.amount(i, k)).as("%s of %s", k, list.get(i)).isEqualTo(a.item(k).total());
              sum = sum.plus(a.item(k).total());
            }
            assertThat(totals.total(i)).isEqualTo(sum);
          }
        });
  }

  @Test
  void resultsRoundTripThroughJsonLosslessly() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      EnlistmentBenefits a = CALC.calculate(p);
      String json = BenefitJson.toJson(a);
      EnlistmentBenefits back = BenefitJson.parseBenefits(json);
      assertThat(back).isEqualTo(a);
      assertThat(BenefitJson.toJson(back)).isEqualTo(json);
      for (Benefit b : a.items()) {
        assertThat(BenefitJson.parseBenefit(BenefitJson.toJson(b))).isEqualTo(b);
      }
    });
  }
}
