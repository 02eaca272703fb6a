package org.zhengbing.policy.benefit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * Every benefit parameter resolved once for one region and conscription term, for the calculators to reuse across
 * candidates: resolve the rules once per (region, term) and pass them to each calculation.
 *
 * <pre>{@code
 * BenefitRules rules = BenefitRules.resolve(book, RegionCode.of("350583"), ConscriptionTerm.parse("2014-AUTUMN"),
 *     LocalDate.of(2014, 9, 1));
 * FamilyPaymentSchedule s = FamilyPaymentCalculator.of(book).calculate(profile, rules);
 * }</pre>
 *
 * <p>Which date each parameter is read on: the enlistment-year items (family payment, enlistment reward, tuition
 * compensation cap, allowance, merit bonuses) on the approval date, so the standard in force when the recruit was
 * approved applies to the whole term; the discharge items (discharge payment, local subsidy, waiting allowance, the
 * tuition-waiver cap on return to study) on the discharge date, so a soldier discharged on either side of a change
 * gets the rule then in force. Parameters a policy lacks are recorded as missing, and a calculation that needs one
 * reports the payment as {@link BenefitStatus#NOT_PUBLISHED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenefitRules {

  private final PolicyBook book;
  private final RegionCode region;
  private final ServiceDates dates;
  private final @Nullable LocalDate givenApproval;

  final Optional<Resolved<String>> familyFormula;
  final Optional<Resolved<Money>> familyStandard;
  final Optional<Resolved<ParameterTable<Rate>>> familyEducationUplift;
  final Optional<Resolved<ParameterTable<Rate>>> familyPostingUplift;
  final Optional<Resolved<ParameterTable<Money>>> familyByCategory;
  final Optional<Resolved<ParameterTable<Money>>> familyReferenceIncome;
  final Optional<Resolved<BigDecimal>> familyIncomeMultiple;
  final Optional<Resolved<Rate>> familyIncomeShare;
  final Optional<Resolved<String>> familyIncomeShareRounding;
  final Optional<Resolved<Money>> urbanDisposableIncome;
  final Optional<Resolved<Long>> familyPeriodMonths;
  final Optional<Resolved<Boolean>> familyPartPeriodFull;
  final Optional<Resolved<Boolean>> familyStopsEarly;
  final Optional<Resolved<ParameterTable<Money>>> rewardByCategory;
  final Optional<Resolved<ParameterTable<Money>>> rewardByPosting;
  final Optional<Resolved<ParameterTable<Money>>> tuitionCap;
  final Optional<Resolved<Datum>> tuitionExcludedFunding;
  final Optional<Resolved<ImmutableList<Datum>>> allowanceMonthly;
  final Optional<Resolved<ParameterTable<Money>>> meritBonus;
  final AtDate atTermEnd;
  /** The monthly allowance payments of the full term (shared by every candidate), or empty if not published. */
  final ImmutableList<Payment> allowancePayments;

  private BenefitRules(PolicyBook book, RegionCode region, ServiceDates dates, @Nullable LocalDate givenApproval) {
    this.book = book;
    this.region = region;
    this.dates = dates;
    this.givenApproval = givenApproval;
    LocalDate a = dates.approvalDate();
    familyFormula = book.find(BenefitKeys.FAMILY_FORMULA, region, a);
    familyStandard = book.find(BenefitKeys.FAMILY_STANDARD, region, a);
    familyEducationUplift = book.find(BenefitKeys.FAMILY_EDUCATION_UPLIFT, region, a);
    familyPostingUplift = book.find(BenefitKeys.FAMILY_POSTING_UPLIFT, region, a);
    familyByCategory = book.find(BenefitKeys.FAMILY_BY_CATEGORY, region, a);
    familyReferenceIncome = book.find(BenefitKeys.FAMILY_REFERENCE_INCOME, region, a);
    familyIncomeMultiple = book.find(BenefitKeys.FAMILY_INCOME_MULTIPLE, region, a);
    familyIncomeShare = book.find(BenefitKeys.FAMILY_INCOME_SHARE, region, a);
    familyIncomeShareRounding = book.find(BenefitKeys.FAMILY_INCOME_SHARE_ROUNDING, region, a);
    urbanDisposableIncome = book.find(BenefitKeys.URBAN_DISPOSABLE_INCOME, region, a);
    familyPeriodMonths = book.find(BenefitKeys.FAMILY_PERIOD_MONTHS, region, a);
    familyPartPeriodFull = book.find(BenefitKeys.FAMILY_PART_PERIOD_FULL, region, a);
    familyStopsEarly = book.find(BenefitKeys.FAMILY_STOPS_EARLY, region, a);
    rewardByCategory = book.find(BenefitKeys.REWARD_BY_CATEGORY, region, a);
    rewardByPosting = book.find(BenefitKeys.REWARD_BY_POSTING, region, a);
    tuitionCap = book.find(BenefitKeys.TUITION_CAP, region, a);
    tuitionExcludedFunding = book.find(BenefitKeys.TUITION_EXCLUDED_FUNDING, region, a);
    allowanceMonthly = book.find(BenefitKeys.ALLOWANCE_MONTHLY, region, a);
    meritBonus = book.find(BenefitKeys.MERIT_BONUS, region, a);
    atTermEnd = new AtDate(book, region, dates.termEnd());
    allowancePayments = AllowanceCalculator.fullTermPayments(this);
    familyPeriodMonths.ifPresent(p -> checkArgument(p.value() >= 1 && p.value() <= 24,
        "family_payment.period_months must be in 1..24, but was %s", p.value()));
  }

  /**
   * Resolves the rules for a region and term, with the season's approval date.
   *
   * @param book  the policy, not null
   * @param region  the region of enlistment, not null
   * @param term  the term, not null
   * @return the rules, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript term
   *     for the term
   */
  public static BenefitRules resolve(PolicyBook book, RegionCode region, ConscriptionTerm term) {
    return new BenefitRules(book, region, ServiceDates.resolve(book, region, term), null);
  }

  /**
   * Resolves the rules for a region and term whose approval date the caller knows.
   *
   * @param book  the policy, not null
   * @param region  the region of enlistment, not null
   * @param term  the term, not null
   * @param approvalDate  the date on the enlistment approval, in the term's half-year, not null
   * @return the rules, never null
   * @throws IllegalArgumentException if the date is not in the term's half-year
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no conscript term on the date
   */
  public static BenefitRules resolve(PolicyBook book, RegionCode region, ConscriptionTerm term,
      LocalDate approvalDate) {
    return new BenefitRules(book, region, ServiceDates.resolve(book, region, term, approvalDate), approvalDate);
  }

  /**
   * Resolves the rules for a profile's region, term and approval date.
   *
   * @param book  the policy, not null
   * @param profile  the profile, not null
   * @return the rules, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript term
   *     for the profile's term
   */
  public static BenefitRules forProfile(PolicyBook book, CandidateProfile profile) {
    checkNotNull(profile, "profile");
    return profile.approvalDate().isPresent()
        ? resolve(book, profile.enlistmentRegion(), profile.enlistmentTerm(), profile.approvalDate().get())
        : resolve(book, profile.enlistmentRegion(), profile.enlistmentTerm());
  }

  /**
   * Returns the policy the rules were resolved from.
   *
   * @return the policy, never null
   */
  public PolicyBook book() {
    return book;
  }

  /**
   * Returns the region of enlistment.
   *
   * @return the region, never null
   */
  public RegionCode region() {
    return region;
  }

  /**
   * Returns the term.
   *
   * @return the term, never null
   */
  public ConscriptionTerm term() {
    return dates.term();
  }

  /**
   * Returns the service dates.
   *
   * @return the dates, never null
   */
  public ServiceDates dates() {
    return dates;
  }

  /**
   * Returns the approval date the caller gave, if the rules were not resolved from the season's parameter.
   *
   * @return the date, if given
   */
  public Optional<LocalDate> approvalDateGiven() {
    return Optional.ofNullable(givenApproval);
  }

  /**
   * Returns true if these rules apply to a profile: same region, term and given approval date.
   *
   * @param profile  the profile, not null
   * @return whether the rules apply
   */
  public boolean appliesTo(CandidateProfile profile) {
    return profile.enlistmentRegion().equals(region) && profile.enlistmentTerm().equals(dates.term())
        && Objects.equals(profile.approvalDate().orElse(null), givenApproval);
  }

  void checkAppliesTo(CandidateProfile profile) {
    checkNotNull(profile, "profile");
    checkArgument(appliesTo(profile), "rules for %s %s%s must be used with a profile of that region, term and "
        + "approval date, but the profile enlists in %s %s%s", region, dates.term(),
        givenApproval == null ? "" : " approved " + givenApproval, profile.enlistmentRegion(),
        profile.enlistmentTerm(), profile.approvalDate().map(d -> " approved " + d).orElse(""));
  }

  AtDate at(LocalDate date) {
    return date.equals(atTermEnd.date) ? atTermEnd : new AtDate(book, region, date);
  }

  @Override
  public String toString() {
    return "BenefitRules[" + region + " " + dates + "]";
  }

  /** The parameters read on a discharge date. */
  static final class AtDate {
    final LocalDate date;
    final Optional<Resolved<String>> dischargeRounding;
    final Optional<Resolved<ParameterTable<Rate>>> dischargeUplift;
    final Optional<Resolved<Money>> dischargeBase;
    final Optional<Resolved<String>> subsidyFormula;
    final Optional<Resolved<ParameterTable<Money>>> subsidyFixed;
    final Optional<Resolved<ParameterTable<BigDecimal>>> subsidyMultiple;
    final Optional<Resolved<Rate>> subsidyRuralFraction;
    final Optional<Resolved<Money>> urbanAverageWage;
    final Optional<Resolved<String>> waitingBasis;
    final Optional<Resolved<Money>> monthlyMinimumWage;
    final Optional<Resolved<Money>> minimumLivingStandard;
    final Optional<Resolved<ParameterTable<Money>>> tuitionCap;

    AtDate(PolicyBook book, RegionCode region, LocalDate date) {
      this.date = date;
      dischargeRounding = book.find(BenefitKeys.DISCHARGE_ROUNDING, region, date);
      dischargeUplift = book.find(BenefitKeys.DISCHARGE_UPLIFT, region, date);
      dischargeBase = book.find(BenefitKeys.DISCHARGE_BASE, region, date);
      subsidyFormula = book.find(BenefitKeys.SUBSIDY_FORMULA, region, date);
      subsidyFixed = book.find(BenefitKeys.SUBSIDY_FIXED, region, date);
      subsidyMultiple = book.find(BenefitKeys.SUBSIDY_MULTIPLE, region, date);
      subsidyRuralFraction = book.find(BenefitKeys.SUBSIDY_RURAL_FRACTION, region, date);
      urbanAverageWage = book.find(BenefitKeys.URBAN_AVERAGE_WAGE, region, date);
      waitingBasis = book.find(BenefitKeys.WAITING_BASIS, region, date);
      monthlyMinimumWage = book.find(BenefitKeys.MONTHLY_MINIMUM_WAGE, region, date);
      minimumLivingStandard = book.find(BenefitKeys.MINIMUM_LIVING_STANDARD, region, date);
      tuitionCap = book.find(BenefitKeys.TUITION_CAP, region, date);
    }
  }

  /** Unwraps a parameter a calculation needs, or reports it missing. */
  static <T> Resolved<T> need(Optional<Resolved<T>> value, ParameterKey<?> key, LocalDate date) {
    if (value.isEmpty()) {
      throw new Missing(key.name(), date);
    }
    return value.get();
  }

  /** Thrown inside a calculation when a needed parameter has no value; caught by the calculator. */
  static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final transient LocalDate date;

    Missing(String key, LocalDate date) {
      super(key + " on " + date, null, false, false);
      this.key = key;
      this.date = date;
    }
  }
}
