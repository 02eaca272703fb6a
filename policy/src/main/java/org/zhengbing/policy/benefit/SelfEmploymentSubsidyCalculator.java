package org.zhengbing.policy.benefit;

import static org.zhengbing.policy.benefit.BenefitRules.need;
import static org.zhengbing.policy.benefit.Trail.constant;
import static org.zhengbing.policy.benefit.Trail.in;
import static org.zhengbing.policy.benefit.Trail.integer;
import static org.zhengbing.policy.benefit.Trail.money;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.HukouType;

/**
 * Calculates the local one-time economic subsidy (地方一次性经济补助) a province may add for a soldier discharged to
 * self-employment (退役军人安置条例 Art 23; 兵役法 Art 53).
 *
 * <p>Each province chooses a formula, the parameter {@code local_subsidy.formula}: {@code fixed} (an amount per
 * soldier type, {@code local_subsidy.fixed_amount}) or {@code wage_multiple} (a multiple per soldier type,
 * {@code local_subsidy.wage_multiple}, of the previous year's local urban average wage
 * {@code local_economy.urban_average_wage}, as in seeds/003: about 1.5 for conscripts and 2.5 for sergeants),
 * rounded to the fen half up. Where the region keeps {@code local_subsidy.rural_fraction}, a rural family's
 * soldier gets that fraction of it (rounded to the fen half up). A soldier selected as a sergeant counts as a
 * sergeant. Parameters are read on the discharge date, when the subsidy is due; someone who became an officer or
 * cadet is not paid.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SelfEmploymentSubsidyCalculator {

  private static final String KIND = BenefitKind.SELF_EMPLOYMENT_SUBSIDY.key();

  private final PolicyBook book;

  private SelfEmploymentSubsidyCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static SelfEmploymentSubsidyCalculator of(PolicyBook book) {
    return new SelfEmploymentSubsidyCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the local self-employment subsidy for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the result, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   */
  public SelfEmploymentSubsidy calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the local self-employment subsidy for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the result, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy
   */
  public SelfEmploymentSubsidy calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static SelfEmploymentSubsidy compute(CandidateProfile p, BenefitRules r, Trail t) {
    ServiceDates d = r.dates();
    t.add(d.approvalStep());
    if (Calculators.becameOfficerOrCadet(p)) {
      t.add(KIND + ".not_applicable", money(Cny.ZERO), in("officer_or_academy_after_months",
          integer(p.officerOrAcademyAfterMonths().getAsInt())));
      return SelfEmploymentSubsidy.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.OFFICER_OR_CADET,
          ImmutableList.of(), t.explanation());
    }
    LocalDate discharge = Calculators.dischargeDate(p, d);
    t.add(KIND + ".date", Trail.date(discharge), in("approval_date", Trail.date(d.approvalDate())),
        in("months_served", integer(Calculators.monthsAtDischarge(p, d.termMonths()))));
    try {
      Money amount = amount(r, r.at(discharge), p.sergeantSelectedAfterMonths().isPresent(),
          p.hukouType().orElse(null), t);
      return SelfEmploymentSubsidy.of(BenefitStatus.PAYABLE, BenefitReason.LOCAL_SELF_EMPLOYMENT,
          ImmutableList.of(Payment.of(KIND + ".payment", discharge, amount)), t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return SelfEmploymentSubsidy.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE,
          ImmutableList.of(), t.explanation());
    }
  }

  static Money amount(BenefitRules r, BenefitRules.AtDate at, boolean sergeant, @Nullable HukouType hukou,
      Trail t) {
    Resolved<String> formula = need(at.subsidyFormula, BenefitKeys.SUBSIDY_FORMULA, at.date);
    String type = sergeant ? "sergeant" : "conscript";
    t.add(KIND + ".formula", constant("local_subsidy_formula", formula.value()), formula.asInput("formula"),
        in("soldier_type", constant("soldier_type", type)));
    Money amount;
    switch (formula.value()) {
      case "fixed": {
        Resolved<ParameterTable<Money>> table = need(at.subsidyFixed, BenefitKeys.SUBSIDY_FIXED, at.date);
        amount = row(table.value().get(type), BenefitKeys.SUBSIDY_FIXED.name(), type, at.date);
        t.add(KIND + ".fixed_amount", money(amount), in("soldier_type", constant("soldier_type", type)),
            table.asInput("fixed_amount"));
        break;
      }
      case "wage_multiple": {
        Resolved<Money> wage = need(at.urbanAverageWage, BenefitKeys.URBAN_AVERAGE_WAGE, at.date);
        Resolved<ParameterTable<BigDecimal>> table = need(at.subsidyMultiple, BenefitKeys.SUBSIDY_MULTIPLE, at.date);
        BigDecimal multiple = row(table.value().get(type), BenefitKeys.SUBSIDY_MULTIPLE.name(), type, at.date);
        if (multiple.signum() < 0) {
          throw new IllegalArgumentException("local_subsidy.wage_multiple must be >= 0, but the row " + type
              + " was " + multiple);
        }
        BigDecimal exact = wage.value().getAmount().multiply(multiple);
        amount = Trail.roundFen(exact);
        t.addRounded(KIND + ".wage_multiple", amount, exact, wage.asInput("urban_average_wage"),
            in("soldier_type", constant("soldier_type", type)), table.asInput("wage_multiple"));
        break;
      }
      default:
        throw new IllegalArgumentException("local_subsidy.formula must be fixed or wage_multiple, but was '"
            + formula.value() + "'");
    }
    if (at.subsidyRuralFraction.isPresent()) {
      Resolved<Rate> fraction = at.subsidyRuralFraction.get();
      if (hukou == null) {
        throw new IllegalArgumentException("profile must give hukouType: the local subsidy of " + r.region()
            + " on " + at.date + " pays rural families a fraction (local_subsidy.rural_fraction)");
      }
      if (fraction.value().isNegative()) {
        throw new IllegalArgumentException("local_subsidy.rural_fraction must be >= 0%, but was " + fraction.value());
      }
      if (hukou == HukouType.RURAL) {
        BigDecimal exact = amount.getAmount().multiply(fraction.value().fraction());
        Money rural = Trail.roundFen(exact);
        t.addRounded(KIND + ".rural_fraction", rural, exact, in("amount", money(amount)),
            in("hukou_type", constant("hukou_type", hukou.key())), fraction.asInput("rural_fraction"));
        amount = rural;
      }
    }
    t.add(KIND + ".total", money(amount), in("amount", money(amount)));
    return amount;
  }

  private static <T> T row(Optional<T> row, String key, String type, LocalDate date) {
    if (row.isEmpty()) {
      throw new BenefitRules.Missing(key + "[" + type + "]", date);
    }
    return row.get();
  }
}
