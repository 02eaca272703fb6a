package org.zhengbing.policy.benefit;

import static org.zhengbing.policy.benefit.BenefitRules.need;
import static org.zhengbing.policy.benefit.Trail.constant;
import static org.zhengbing.policy.benefit.Trail.in;
import static org.zhengbing.policy.benefit.Trail.integer;
import static org.zhengbing.policy.benefit.Trail.money;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.MeritAward;

/**
 * Calculates the one-time discharge payment (一次性退役金) for a soldier discharged to self-employment, by years of
 * service, under the rule in force on the discharge date.
 *
 * <p>The service time counts as {@code discharge.service_time_rounding} says: {@code half_year_up} (退役士兵安置条例
 * 2011 Art 20, until 2024-08-31: under 6 months counts as 6 months, over 6 months and under a year as a year) or
 * {@code as_served} (退役军人安置条例 2024 Art 21, from 2024-09-01: no rounding rule, the months served). The base
 * amount is {@code discharge.base_per_year} (ILLUSTRATIVE: no current figure is published) for the counted months
 * over twelve, rounded to the fen half up; the highest uplift of the soldier's awards in {@code
 * discharge.merit_uplift} is added (rounded to the fen half up): only the highest applies. Someone who became an
 * officer or a cadet is not discharged as a soldier and is not paid. The payment is due on the discharge date: the
 * approval date plus the months served (or the full term).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DischargePaymentCalculator {

  private static final String KIND = BenefitKind.DISCHARGE_PAYMENT.key();

  private final PolicyBook book;

  private DischargePaymentCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static DischargePaymentCalculator of(PolicyBook book) {
    return new DischargePaymentCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the discharge payment for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the result, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   */
  public DischargePayment calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the discharge payment for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the result, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy
   */
  public DischargePayment calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static DischargePayment compute(CandidateProfile p, BenefitRules r, Trail t) {
    ServiceDates d = r.dates();
    t.add(d.approvalStep());
    if (Calculators.becameOfficerOrCadet(p)) {
      t.add(KIND + ".not_applicable", money(Cny.ZERO), in("officer_or_academy_after_months",
          integer(p.officerOrAcademyAfterMonths().getAsInt())));
      return DischargePayment.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.OFFICER_OR_CADET, ImmutableList.of(),
          t.explanation());
    }
    int served = Calculators.monthsAtDischarge(p, d.termMonths());
    LocalDate discharge = Calculators.dischargeDate(p, d);
    t.add(KIND + ".date", Trail.date(discharge), in("approval_date", Trail.date(d.approvalDate())),
        in("months_served", integer(served)));
    try {
      Money total = amount(r.at(discharge), served, p.merits(), t);
      return DischargePayment.of(BenefitStatus.PAYABLE, BenefitReason.SELF_EMPLOYED_DISCHARGE,
          ImmutableList.of(Payment.of(KIND + ".payment", discharge, total)), t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return DischargePayment.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE,
          ImmutableList.of(), t.explanation());
    }
  }

  /** The payment for the months served and the awards, under the rules of a discharge date. */
  static Money amount(BenefitRules.AtDate at, int served, List<MeritAward> merits, Trail t) {
    Resolved<String> rule = need(at.dischargeRounding, BenefitKeys.DISCHARGE_ROUNDING, at.date);
    int counted = countedMonths(rule.value(), served);
    t.add(KIND + ".service_time", integer(counted), in("months_served", integer(served)),
        rule.asInput("service_time_rounding"));
    Resolved<Money> base = need(at.dischargeBase, BenefitKeys.DISCHARGE_BASE, at.date);
    BigDecimal exact = Trail.twelfths(base.value().getAmount(), counted);
    Money amount = Trail.roundFen(exact);
    t.addRounded(KIND + ".base_amount", amount, exact, base.asInput("base_per_year"),
        in("counted_months", integer(counted)));
    if (merits.isEmpty()) {
      t.add(KIND + ".total", money(amount), in("base_amount", money(amount)));
      return amount;
    }
    Resolved<ParameterTable<Rate>> table = need(at.dischargeUplift, BenefitKeys.DISCHARGE_UPLIFT, at.date);
    MeritAward best = highest(table.value(), merits);
    Rate uplift = best == null ? Rate.ZERO : table.value().get(best.key()).orElse(Rate.ZERO);
    if (t.on()) {
      List<Input> inputs = new ArrayList<>(merits.size() + 2);
      for (MeritAward m : merits) {
        inputs.add(in("award", constant("merit", m.key())));
      }
      inputs.add(table.asInput("merit_uplift"));
      t.add(KIND + ".merit_uplift", Trail.rate(uplift), inputs.toArray(new Input[0]));
    }
    BigDecimal upliftExact = amount.getAmount().multiply(uplift.fraction());
    Money upliftAmount = Trail.roundFen(upliftExact);
    t.addRounded(KIND + ".uplift_amount", upliftAmount, upliftExact, in("base_amount", money(amount)),
        in("uplift", Trail.rate(uplift)));
    Money total = amount.plus(upliftAmount);
    t.add(KIND + ".total", money(total), in("base_amount", money(amount)), in("uplift_amount", money(upliftAmount)));
    return total;
  }

  /** The award with the highest uplift in the table (the first of equals), or null if none has a positive one. */
  static @Nullable MeritAward highest(ParameterTable<Rate> table, List<MeritAward> merits) {
    MeritAward best = null;
    Rate bestRate = Rate.ZERO;
    for (int i = 0; i < merits.size(); i++) {
      MeritAward m = merits.get(i);
      Rate rate = table.get(m.key()).orElse(Rate.ZERO);
      if (rate.compareTo(bestRate) > 0) {
        best = m;
        bestRate = rate;
      }
    }
    return best;
  }

  /**
   * The months that count: {@code half_year_up} rounds a part year up to half a year or a year;
   * {@code as_served} counts the months served.
   */
  static int countedMonths(String rule, int served) {
    switch (rule) {
      case "half_year_up": {
        int years = served / 12;
        int rest = served % 12;
        return rest == 0 ? served : years * 12 + (rest <= 6 ? 6 : 12);
      }
      case "as_served":
        return served;
      default:
        throw new IllegalArgumentException("discharge.service_time_rounding must be half_year_up or as_served, "
            + "but was '" + rule + "'");
    }
  }
}
