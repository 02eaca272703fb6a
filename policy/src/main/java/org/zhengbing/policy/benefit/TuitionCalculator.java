package org.zhengbing.policy.benefit;

import static org.zhengbing.policy.benefit.BenefitRules.need;
import static org.zhengbing.policy.benefit.Trail.constant;
import static org.zhengbing.policy.benefit.Trail.in;
import static org.zhengbing.policy.benefit.Trail.integer;
import static org.zhengbing.policy.benefit.Trail.money;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyLevel;

/**
 * Calculates tuition compensation, national student-loan repayment and fee waiver (学费补偿、国家助学贷款代偿、
 * 学费减免) for a college student or graduate who enlists.
 *
 * <p>For each academic year already studied, the state pays the higher of the tuition actually paid and the loan
 * principal plus interest, up to the year's cap {@code tuition.annual_cap} for the study level (本专科 or 研究生)
 * in force on the enlistment (approval) date; this is paid once, from the approval date. A student who returns to
 * study after service has the tuition of each remaining year waived up to the cap in force on the day of return
 * (the discharge date). Students of a funding category marked in {@code tuition.excluded_funding} (already
 * tuition-free, directed, commissioned, national-defence) are excluded, and someone who became an officer or cadet
 * does not return, so has no waiver. Below higher education the benefit does not apply.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TuitionCalculator {

  private static final String KIND = BenefitKind.TUITION.key();

  private final PolicyBook book;

  private TuitionCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static TuitionCalculator of(PolicyBook book) {
    return new TuitionCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the tuition compensation and waiver for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the result, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   */
  public TuitionCompensation calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the tuition compensation and waiver for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the result, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy
   */
  public TuitionCompensation calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static TuitionCompensation compute(CandidateProfile p, BenefitRules r, Trail t) {
    LocalDate approval = r.dates().approvalDate();
    Optional<StudyLevel> level = p.educationLevel().studyLevel();
    if (level.isEmpty()) {
      t.add(KIND + ".not_applicable", money(Cny.ZERO), in("education_level",
          constant("education_level", p.educationLevel().key())));
      return TuitionCompensation.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.NOT_COLLEGE, ImmutableList.of(),
          t.explanation());
    }
    boolean waiver = p.remainingStudyYears() > 0 && !Calculators.becameOfficerOrCadet(p);
    if (p.academicYears().isEmpty() && !waiver) {
      t.add(KIND + ".not_applicable", money(Cny.ZERO), in("years", integer(0)),
          in("remaining_years", integer(p.remainingStudyYears())));
      return TuitionCompensation.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.NO_TUITION_COSTS,
          ImmutableList.of(), t.explanation());
    }
    t.add(r.dates().approvalStep());
    try {
      if (excluded(r, p.studentFunding(), t)) {
        t.add(KIND + ".not_applicable", money(Cny.ZERO), in("student_funding",
            constant("student_funding", p.studentFunding().key())));
        return TuitionCompensation.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.EXCLUDED_FUNDING,
            ImmutableList.of(), t.explanation());
      }
      List<Payment> payments = new ArrayList<>(1 + p.remainingStudyYears());
      Money compensation = Cny.ZERO;
      if (!p.academicYears().isEmpty()) {
        Resolved<ParameterTable<Money>> caps = need(r.tuitionCap, BenefitKeys.TUITION_CAP, approval);
        Money cap = cap(caps, level.get(), approval);
        int i = 0;
        for (AcademicYear y : p.academicYears()) {
          Money year = yearAmount(y, cap);
          compensation = compensation.plus(year);
          if (t.on()) {
            t.add(KIND + ".year", money(year), in("year", integer(++i)), in("tuition_paid", money(y.tuitionPaid())),
                in("loan_principal", money(y.loanPrincipal())), in("loan_interest", money(y.loanInterest())),
                in("study_level", constant("study_level", level.get().key())), caps.asInput("annual_cap"));
          }
        }
        t.add(KIND + ".compensation", money(compensation), in("years", integer(p.academicYears().size())));
        if (compensation.isPositive()) {
          payments.add(Payment.of(KIND + ".compensation", approval, compensation));
        }
      }
      Money waived = Cny.ZERO;
      if (waiver) {
        LocalDate back = Calculators.dischargeDate(p, r.dates());
        BenefitRules.AtDate at = r.at(back);
        Resolved<ParameterTable<Money>> caps = need(at.tuitionCap, BenefitKeys.TUITION_CAP, back);
        Money cap = cap(caps, level.get(), back);
        Money perYear = p.annualTuitionFee().isGreaterThan(cap) ? cap : p.annualTuitionFee();
        waived = perYear.multipliedBy(p.remainingStudyYears());
        t.add(KIND + ".waiver", money(waived), in("return_date", Trail.date(back)),
            in("annual_tuition_fee", money(p.annualTuitionFee())), in("remaining_years",
            integer(p.remainingStudyYears())), in("study_level", constant("study_level", level.get().key())),
            caps.asInput("annual_cap"));
        if (perYear.isPositive()) {
          for (int k = 0; k < p.remainingStudyYears(); k++) {
            payments.add(Payment.of(KIND + ".waiver", back.plusYears(k), perYear));
          }
        }
      }
      Money total = compensation.plus(waived);
      t.add(KIND + ".total", money(total), in("compensation", money(compensation)), in("waiver", money(waived)));
      if (!total.isPositive()) {
        return TuitionCompensation.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.NO_TUITION_COSTS,
            ImmutableList.of(), t.explanation());
      }
      return TuitionCompensation.of(BenefitStatus.PAYABLE, BenefitReason.COLLEGE_STUDY, payments, t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return TuitionCompensation.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE,
          ImmutableList.of(), t.explanation());
    }
  }

  /** The compensation for one year: the higher of tuition and loan, up to the cap. */
  static Money yearAmount(AcademicYear y, Money cap) {
    Money loan = y.loanTotal();
    Money basis = loan.isGreaterThan(y.tuitionPaid()) ? loan : y.tuitionPaid();
    return basis.isGreaterThan(cap) ? cap : basis;
  }

  static Money cap(Resolved<ParameterTable<Money>> caps, StudyLevel level, LocalDate date) {
    Optional<Money> cap = caps.value().get(level.key());
    if (cap.isEmpty()) {
      throw new BenefitRules.Missing(BenefitKeys.TUITION_CAP.name() + "[" + level.key() + "]", date);
    }
    return cap.get();
  }

  /** Whether a funding category is excluded; records the step. */
  static boolean excluded(BenefitRules r, StudentFundingStatus funding, Trail t) {
    Resolved<Datum> table = need(r.tuitionExcludedFunding, BenefitKeys.TUITION_EXCLUDED_FUNDING,
        r.dates().approvalDate());
    Datum row = ((Datum.OfTable) table.value()).values().get(funding.key());
    boolean excluded = row != null && ((Datum.OfBoolean) row).value();
    t.add(KIND + ".funding", new Datum.OfBoolean(excluded), in("student_funding",
        constant("student_funding", funding.key())), table.asInput("excluded_funding"));
    return excluded;
  }
}
