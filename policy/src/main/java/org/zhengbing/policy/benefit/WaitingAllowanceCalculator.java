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
import org.joda.money.Money;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * Calculates the living allowance paid monthly to a veteran waiting for an assigned job (待安排工作期间生活补助).
 *
 * <p>The basis is {@code waiting_allowance.basis}: {@code monthly_minimum_wage} (退役军人安置条例 2024 Art 75: the
 * local monthly minimum wage, {@code local_economy.monthly_minimum_wage}) or {@code minimum_living_standard} (the
 * older provincial rule of seeds/003: the local urban minimum-living standard,
 * {@code local_economy.urban_minimum_living_standard}). One payment is due per month of waiting
 * ({@code placementWaitMonths} in the profile) from the discharge date; the parameters are read on the discharge
 * date. Whether the veteran is entitled to an assigned job is the caller's finding; without waiting months the
 * allowance does not apply.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WaitingAllowanceCalculator {

  private static final String KIND = BenefitKind.WAITING_ALLOWANCE.key();

  private final PolicyBook book;

  private WaitingAllowanceCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static WaitingAllowanceCalculator of(PolicyBook book) {
    return new WaitingAllowanceCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the waiting allowance for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the result, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   */
  public WaitingAllowance calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the waiting allowance for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the result, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy
   */
  public WaitingAllowance calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static WaitingAllowance compute(CandidateProfile p, BenefitRules r, Trail t) {
    int months = p.placementWaitMonths();
    if (months == 0) {
      t.add(KIND + ".not_applicable", money(Cny.ZERO), in("placement_wait_months", integer(0)));
      return WaitingAllowance.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.NO_WAITING_PERIOD, ImmutableList.of(),
          t.explanation());
    }
    ServiceDates d = r.dates();
    t.add(d.approvalStep());
    LocalDate discharge = Calculators.dischargeDate(p, d);
    t.add(KIND + ".date", Trail.date(discharge), in("approval_date", Trail.date(d.approvalDate())),
        in("months_served", integer(Calculators.monthsAtDischarge(p, d.termMonths()))));
    try {
      Money monthly = monthly(r.at(discharge), t);
      List<Payment> payments = new ArrayList<>(months);
      for (int m = 0; m < months; m++) {
        payments.add(Payment.ofPeriod(KIND + ".month", DateSpan.ofClosed(discharge.plusMonths(m),
            discharge.plusMonths(m + 1L).minusDays(1)), monthly));
      }
      Money total = monthly.multipliedBy(months);
      t.add(KIND + ".total", money(total), in("monthly", money(monthly)), in("placement_wait_months",
          integer(months)));
      return WaitingAllowance.of(BenefitStatus.PAYABLE, BenefitReason.AWAITING_ASSIGNED_JOB, payments,
          t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return WaitingAllowance.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE, ImmutableList.of(),
          t.explanation());
    }
  }

  static Money monthly(BenefitRules.AtDate at, Trail t) {
    Resolved<String> basis = need(at.waitingBasis, BenefitKeys.WAITING_BASIS, at.date);
    Resolved<Money> amount;
    switch (basis.value()) {
      case "monthly_minimum_wage":
        amount = need(at.monthlyMinimumWage, BenefitKeys.MONTHLY_MINIMUM_WAGE, at.date);
        break;
      case "minimum_living_standard":
        amount = need(at.minimumLivingStandard, BenefitKeys.MINIMUM_LIVING_STANDARD, at.date);
        break;
      default:
        throw new IllegalArgumentException("waiting_allowance.basis must be monthly_minimum_wage or "
            + "minimum_living_standard, but was '" + basis.value() + "'");
    }
    t.add(KIND + ".monthly", money(amount.value()), basis.asInput("basis"), amount.asInput("monthly_amount"));
    return amount.value();
  }
}
