package org.zhengbing.policy.benefit;

import static org.zhengbing.policy.benefit.BenefitRules.need;
import static org.zhengbing.policy.benefit.Trail.constant;
import static org.zhengbing.policy.benefit.Trail.in;
import static org.zhengbing.policy.benefit.Trail.integer;
import static org.zhengbing.policy.benefit.Trail.money;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * Calculates the conscript's monthly allowance (义务兵津贴) for the months served as a conscript.
 *
 * <p>No official figure is published; the national default {@code allowance.monthly_by_service_year} is ILLUSTRATIVE
 * (a third-party figure), so every result says so unless a region supplies its own. The list gives the monthly
 * amount for the first, second, ... year of service, the last applying to later years. One payment is due per
 * month from the approval date, for the months until the conscript term ends, the conscript is discharged, selected
 * as a sergeant or becomes an officer or cadet. The list is read on the approval date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AllowanceCalculator {

  private static final String KIND = BenefitKind.ALLOWANCE.key();

  private final PolicyBook book;

  private AllowanceCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static AllowanceCalculator of(PolicyBook book) {
    return new AllowanceCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the monthly allowance for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the result, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   */
  public AllowanceSchedule calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the monthly allowance for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the result, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy
   */
  public AllowanceSchedule calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static AllowanceSchedule compute(CandidateProfile p, BenefitRules r, Trail t) {
    ServiceDates d = r.dates();
    t.add(d.approvalStep());
    t.add(d.termEndStep());
    int months = Calculators.conscriptMonths(p, d.termMonths());
    if (t.on()) {
      List<Input> inputs = new ArrayList<>(4);
      inputs.add(in("term_months", integer(d.termMonths())));
      Calculators.serviceInputs(p, inputs);
      t.add(KIND + ".months", integer(months), inputs.toArray(new Input[0]));
    }
    try {
      Resolved<ImmutableList<Datum>> list = monthly(r);
      ImmutableList<Payment> payments = r.allowancePayments.subList(0, months);
      Money total = Cny.ZERO;
      int year = 0;
      while (year * 12 < months) {
        Money monthly = monthlyAmount(list.value(), year);
        int inYear = Math.min(12, months - year * 12);
        Money subtotal = monthly.multipliedBy(inYear);
        total = total.plus(subtotal);
        t.add(KIND + ".year", money(subtotal), in("service_year", integer(year + 1L)), in("months", integer(inYear)),
            in("monthly", money(monthly)), list.asInput("monthly_by_service_year"));
        year++;
      }
      t.add(KIND + ".total", money(total), in("months", integer(months)));
      return AllowanceSchedule.of(BenefitStatus.PAYABLE, BenefitReason.CONSCRIPT_SERVICE, payments,
          t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return AllowanceSchedule.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE,
          ImmutableList.of(), t.explanation());
    }
  }

  /** The payments of the full term, the same for every candidate of the rules; empty if the list is missing. */
  static ImmutableList<Payment> fullTermPayments(BenefitRules r) {
    if (r.allowanceMonthly.isEmpty() || r.allowanceMonthly.get().value().isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList<Datum> list = r.allowanceMonthly.get().value();
    ServiceDates d = r.dates();
    ImmutableList.Builder<Payment> out = ImmutableList.builderWithExpectedSize(d.termMonths());
    for (int m = 0; m < d.termMonths(); m++) {
      out.add(Payment.ofPeriod(KIND + ".month", d.period(m, m + 1), monthlyAmount(list, m / 12)));
    }
    return out.build();
  }

  static Resolved<ImmutableList<Datum>> monthly(BenefitRules r) {
    Resolved<ImmutableList<Datum>> list = need(r.allowanceMonthly, BenefitKeys.ALLOWANCE_MONTHLY,
        r.dates().approvalDate());
    if (list.value().isEmpty()) {
      throw new BenefitRules.Missing(BenefitKeys.ALLOWANCE_MONTHLY.name() + "[1]", r.dates().approvalDate());
    }
    return list;
  }

  /** The monthly amount in a year of service (0 for the first); the last listed year applies to later ones. */
  static Money monthlyAmount(ImmutableList<Datum> list, int year) {
    return ((Datum.OfMoney) list.get(Math.min(year, list.size() - 1))).value();
  }
}
