package org.zhengbing.policy.benefit;

import static org.zhengbing.policy.benefit.BenefitRules.need;
import static org.zhengbing.policy.benefit.Trail.constant;
import static org.zhengbing.policy.benefit.Trail.in;
import static org.zhengbing.policy.benefit.Trail.integer;
import static org.zhengbing.policy.benefit.Trail.money;
import static org.zhengbing.policy.benefit.Trail.rate;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.joda.money.Money;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationCategory;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.Posting;

/**
 * Calculates the family preferential payment (义务兵家庭优待金): the annual amount for the family, and its dated
 * instalments from the approval date over the conscript term.
 *
 * <p>The rules (兵役法 Art 50, 征兵工作条例 Arts 31 and 62, 军人抚恤优待条例 Art 42, and the MVA/MOF/CMC circular on
 * the payment) are all parameters:
 * <ul>
 *   <li>{@code family_payment.formula} chooses how the annual amount is set: {@code base_with_uplift} (the region's
 *       one urban-rural standard {@code family_payment.annual_standard}, plus the uplifts), {@code by_category} (an
 *       amount per education category, {@code family_payment.annual_by_category}, plus the posting uplift), or
 *       {@code income_multiple} (older rules: {@code family_payment.reference_income} for the family's hukou type
 *       times {@code family_payment.income_multiple}, plus the uplifts), or {@code income_share} (a share,
 *       {@code family_payment.income_share}, of the previous year's urban per-capita disposable income
 *       {@code local_economy.urban_disposable_income}, rounded as {@code family_payment.income_share_rounding} says:
 *       to the fen or to the yuan, half up; plus the uplifts).</li>
 *   <li>Uplifts are added to the base: {@code family_payment.education_uplift} by education category and
 *       {@code family_payment.posting_uplift} for hardship postings; a region without the table, or a table
 *       without the row, adds nothing. The annual amount is rounded to the fen, half up.</li>
 *   <li>An instalment is the annual amount for {@code family_payment.period_months} months (rounded to the fen,
 *       half up), paid from the approval date and every period after it for the term
 *       ({@code service.conscript_term.years}). A last part period counts as a full one when
 *       {@code family_payment.part_period_counts_as_full}; otherwise it is paid pro rata by months.</li>
 *   <li>Payment stops early when the conscript is discharged early, selected early as a sergeant, or becomes an
 *       officer or a cadet, if {@code family_payment.stops_on_early_status_change}.</li>
 * </ul>
 * The annual standard is the one in force on the approval date, for the whole term (see {@link BenefitRules}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FamilyPaymentCalculator {

  private static final String KIND = BenefitKind.FAMILY_PAYMENT.key();
  private static final String RULE_ANNUAL = KIND + ".annual";
  private static final String RULE_ANNUAL_BY_CATEGORY = KIND + ".annual_by_category";
  private static final String RULE_ANNUAL_STANDARD = KIND + ".annual_standard";
  private static final String RULE_EDUCATION_UPLIFT = KIND + ".education_uplift";
  private static final String RULE_ENTITLED_MONTHS = KIND + ".entitled_months";
  private static final String RULE_FORMULA = KIND + ".formula";
  private static final String RULE_INCOME_BASIS = KIND + ".income_basis";
  private static final String RULE_INCOME_SHARE = KIND + ".income_share";
  private static final String RULE_INSTALMENT = KIND + ".instalment";
  private static final String RULE_INSTALMENT_COUNT = KIND + ".instalment_count";
  private static final String RULE_PART_PERIOD = KIND + ".part_period";
  private static final String RULE_POSTING_UPLIFT = KIND + ".posting_uplift";
  private static final String RULE_TOTAL = KIND + ".total";

  private final PolicyBook book;

  private FamilyPaymentCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static FamilyPaymentCalculator of(PolicyBook book) {
    return new FamilyPaymentCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the schedule for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the schedule, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   * @throws IllegalArgumentException if the region's formula needs an input the profile lacks (the hukou type)
   */
  public FamilyPaymentSchedule calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the schedule for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the schedule, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy, or the region's formula
   *     needs an input the profile lacks (the hukou type)
   */
  public FamilyPaymentSchedule calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static FamilyPaymentSchedule compute(CandidateProfile p, BenefitRules r, Trail t) {
    ServiceDates d = r.dates();
    t.add(d.approvalStep());
    t.add(d.termEndStep());
    try {
      int months = entitledMonths(p, r, t);
      Resolved<Long> period = need(r.familyPeriodMonths, BenefitKeys.FAMILY_PERIOD_MONTHS, d.approvalDate());
      Money annual = annual(r, p.educationCategory(), p.posting(), p.hukouType().orElse(null), t);
      int periodMonths = period.value().intValue();
      BigDecimal exact = Trail.fraction(annual.getAmount(), periodMonths, 12);
      Money instalment = Trail.roundFen(exact);
      t.addRounded(RULE_INSTALMENT, instalment, exact, in("annual", money(annual)),
          period.asInput("period_months"));
      int full = months / periodMonths;
      int rem = months % periodMonths;
      List<Payment> payments = new ArrayList<>(full + 1);
      for (int k = 0; k < full; k++) {
        payments.add(Payment.ofPeriod(RULE_INSTALMENT, d.period(k * periodMonths, (k + 1) * periodMonths),
            instalment));
      }
      Money total = instalment.multipliedBy(full);
      if (rem == 0) {
        t.add(RULE_INSTALMENT_COUNT, integer(full), in("entitled_months", integer(months)),
            period.asInput("period_months"));
        t.add(RULE_TOTAL, money(total), in("instalment", money(instalment)), in("instalments", integer(full)));
      } else {
        Resolved<Boolean> partFull = need(r.familyPartPeriodFull, BenefitKeys.FAMILY_PART_PERIOD_FULL,
            d.approvalDate());
        t.add(RULE_INSTALMENT_COUNT, integer(full + 1L), in("entitled_months", integer(months)),
            period.asInput("period_months"), partFull.asInput("part_period_counts_as_full"));
        Money last;
        if (partFull.value()) {
          last = instalment;
          payments.add(Payment.ofPeriod(RULE_INSTALMENT, d.period(full * periodMonths, months), instalment));
        } else {
          BigDecimal partExact = Trail.fraction(instalment.getAmount(), rem, periodMonths);
          last = Trail.roundFen(partExact);
          t.addRounded(RULE_PART_PERIOD, last, partExact, in("instalment", money(instalment)),
              in("months", integer(rem)), period.asInput("period_months"));
          payments.add(Payment.ofPeriod(RULE_PART_PERIOD, d.period(full * periodMonths, months), last));
        }
        total = total.plus(last);
        t.add(RULE_TOTAL, money(total), in("instalment", money(instalment)), in("full_instalments",
            integer(full)), in("last_instalment", money(last)));
      }
      return FamilyPaymentSchedule.of(BenefitStatus.PAYABLE, BenefitReason.CONSCRIPT_FAMILY, payments,
          t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return FamilyPaymentSchedule.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE,
          ImmutableList.of(), t.explanation());
    }
  }

  /**
   * The months the family is paid for: the term, or fewer if the conscript stops being one early and the policy
   * stops the payment then.
   */
  static int entitledMonths(CandidateProfile p, BenefitRules r, Trail t) {
    int term = r.dates().termMonths();
    int early = Calculators.conscriptMonths(p, term);
    if (early >= term) {
      t.add(RULE_ENTITLED_MONTHS, integer(term), in("term_months", integer(term)));
      return term;
    }
    Resolved<Boolean> stops = need(r.familyStopsEarly, BenefitKeys.FAMILY_STOPS_EARLY, r.dates().approvalDate());
    int months = stops.value() ? early : term;
    if (t.on()) {
      List<Input> inputs = new ArrayList<>(5);
      inputs.add(in("term_months", integer(term)));
      Calculators.serviceInputs(p, inputs);
      inputs.add(stops.asInput("stops_on_early_status_change"));
      t.add(RULE_ENTITLED_MONTHS, integer(months), inputs.toArray(new Input[0]));
    }
    return months;
  }

  /**
   * The annual amount for an education category, posting and hukou type, by the region's formula.
   *
   * @throws BenefitRules.Missing if a needed parameter or row has no value
   */
  static Money annual(BenefitRules r, EducationCategory category, Posting posting, @Nullable HukouType hukou,
      Trail t) {
    LocalDate a = r.dates().approvalDate();
    Resolved<String> formula = need(r.familyFormula, BenefitKeys.FAMILY_FORMULA, a);
    t.add(RULE_FORMULA, constant("family_payment_formula", formula.value()), formula.asInput("formula"));
    Rate postingUplift = uplift(r.familyPostingUplift, "posting", posting.key(), RULE_POSTING_UPLIFT, t);
    BigDecimal base;
    Rate educationUplift;
    switch (formula.value()) {
      case "base_with_uplift": {
        Resolved<Money> standard = need(r.familyStandard, BenefitKeys.FAMILY_STANDARD, a);
        t.add(RULE_ANNUAL_STANDARD, money(standard.value()), standard.asInput("annual_standard"));
        base = standard.value().getAmount();
        educationUplift = uplift(r.familyEducationUplift, "education_category", category.key(),
            RULE_EDUCATION_UPLIFT, t);
        break;
      }
      case "by_category": {
        Resolved<ParameterTable<Money>> table = need(r.familyByCategory, BenefitKeys.FAMILY_BY_CATEGORY, a);
        Optional<Money> row = table.value().get(category.key());
        if (row.isEmpty()) {
          throw new BenefitRules.Missing(BenefitKeys.FAMILY_BY_CATEGORY.name() + "[" + category.key() + "]", a);
        }
        t.add(RULE_ANNUAL_BY_CATEGORY, money(row.get()), in("category",
            constant("education_category", category.key())), table.asInput("annual_by_category"));
        base = row.get().getAmount();
        educationUplift = Rate.ZERO;
        break;
      }
      case "income_multiple": {
        if (hukou == null) {
          throw new IllegalArgumentException("profile must give hukouType: the family payment of "
              + r.region() + " on " + a + " depends on it (family_payment.formula income_multiple)");
        }
        Resolved<ParameterTable<Money>> table =
            need(r.familyReferenceIncome, BenefitKeys.FAMILY_REFERENCE_INCOME, a);
        Optional<Money> income = table.value().get(hukou.key());
        if (income.isEmpty()) {
          throw new BenefitRules.Missing(BenefitKeys.FAMILY_REFERENCE_INCOME.name() + "[" + hukou.key() + "]", a);
        }
        Resolved<BigDecimal> multiple = need(r.familyIncomeMultiple, BenefitKeys.FAMILY_INCOME_MULTIPLE, a);
        if (multiple.value().signum() < 0) {
          throw new IllegalArgumentException("family_payment.income_multiple must be >= 0, but was "
              + multiple.value());
        }
        BigDecimal exact = income.get().getAmount().multiply(multiple.value());
        Money baseMoney = Trail.roundFen(exact);
        t.addRounded(RULE_INCOME_BASIS, baseMoney, exact, in("hukou_type", constant("hukou_type", hukou.key())),
            table.asInput("reference_income"), multiple.asInput("income_multiple"));
        base = baseMoney.getAmount();
        educationUplift = uplift(r.familyEducationUplift, "education_category", category.key(),
            RULE_EDUCATION_UPLIFT, t);
        break;
      }
      case "income_share": {
        Resolved<Money> income = need(r.urbanDisposableIncome, BenefitKeys.URBAN_DISPOSABLE_INCOME, a);
        Resolved<Rate> share = need(r.familyIncomeShare, BenefitKeys.FAMILY_INCOME_SHARE, a);
        Resolved<String> rounding = need(r.familyIncomeShareRounding, BenefitKeys.FAMILY_INCOME_SHARE_ROUNDING, a);
        if (share.value().isNegative()) {
          throw new IllegalArgumentException("family_payment.income_share must be >= 0%, but was " + share.value());
        }
        BigDecimal exact = share.value().fraction().multiply(income.value().getAmount());
        Money baseMoney;
        switch (rounding.value()) {
          case "yuan":
            baseMoney = Cny.of(exact.setScale(0, RoundingMode.HALF_UP));
            break;
          case "fen":
            baseMoney = Trail.roundFen(exact);
            break;
          default:
            throw new IllegalArgumentException("family_payment.income_share_rounding must be fen or yuan, but was '"
                + rounding.value() + "'");
        }
        t.addRounded(RULE_INCOME_SHARE, baseMoney, exact, income.asInput("urban_disposable_income"),
            share.asInput("income_share"), rounding.asInput("rounding"));
        base = baseMoney.getAmount();
        educationUplift = uplift(r.familyEducationUplift, "education_category", category.key(),
            RULE_EDUCATION_UPLIFT, t);
        break;
      }
      default:
        throw new IllegalArgumentException("family_payment.formula must be base_with_uplift, by_category, "
            + "income_multiple or income_share, but was '" + formula.value() + "'");
    }
    BigDecimal exact = base.multiply(BigDecimal.ONE.add(educationUplift.fraction()).add(postingUplift.fraction()));
    Money annual = Trail.roundFen(exact);
    t.addRounded(RULE_ANNUAL, annual, exact, in("base", money(Trail.roundFen(base))),
        in("education_uplift", rate(educationUplift)), in("posting_uplift", rate(postingUplift)));
    return annual;
  }

  private static Rate uplift(Optional<Resolved<ParameterTable<Rate>>> table, String domain, String row, String rule,
      Trail t) {
    Rate rate = table.flatMap(x -> x.value().get(row)).orElse(Rate.ZERO);
    if (rate.isNegative()) {
      throw new IllegalArgumentException(rule + " must be >= 0%, but the row " + row + " was " + rate);
    }
    if (t.on()) {
      Input key = in(domain, constant(domain, row));
      if (table.isPresent()) {
        t.add(rule, rate(rate), key, table.get().asInput(rule.substring(rule.indexOf('.') + 1)));
      } else {
        t.add(rule, rate(rate), key);
      }
    }
    return rate;
  }
}
