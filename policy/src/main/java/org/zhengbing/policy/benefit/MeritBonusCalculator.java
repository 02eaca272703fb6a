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
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.MeritAward;

/**
 * Calculates the bonuses a region pays the family for the soldier's merit awards (立功受奖奖励), such as Nan'an
 * 2014's 2,490 for a 三等功.
 *
 * <p>Each award in the profile is paid its row of {@code merit_bonus.amount} (read on the approval date: the policy
 * of the recruit's enlistment year); an award without a row is paid nothing. The profile gives no award dates, so
 * the bonuses are dated at the end of service (the discharge date, or the date of becoming an officer or cadet).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeritBonusCalculator {

  private static final String KIND = BenefitKind.MERIT_BONUS.key();

  private final PolicyBook book;

  private MeritBonusCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static MeritBonusCalculator of(PolicyBook book) {
    return new MeritBonusCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the merit bonuses for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the result, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   */
  public MeritBonus calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the merit bonuses for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the result, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy
   */
  public MeritBonus calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static MeritBonus compute(CandidateProfile p, BenefitRules r, Trail t) {
    if (p.merits().isEmpty()) {
      t.add(KIND + ".not_applicable", money(Cny.ZERO), in("awards", integer(0)));
      return MeritBonus.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.NO_MERITS, ImmutableList.of(),
          t.explanation());
    }
    ServiceDates d = r.dates();
    t.add(d.approvalStep());
    LocalDate end = serviceEnd(p, d);
    try {
      Resolved<ParameterTable<Money>> table = need(r.meritBonus, BenefitKeys.MERIT_BONUS, d.approvalDate());
      List<Payment> payments = new ArrayList<>(p.merits().size());
      Money total = Cny.ZERO;
      for (MeritAward m : p.merits()) {
        Money amount = table.value().get(m.key()).orElse(Cny.ZERO);
        t.add(KIND + ".award", money(amount), in("award", constant("award", m.key())), table.asInput("amount"));
        if (amount.isPositive()) {
          payments.add(Payment.of(KIND + ".award", end, amount));
          total = total.plus(amount);
        }
      }
      t.add(KIND + ".total", money(total), in("awards", integer(p.merits().size())),
          in("end_of_service", Trail.date(end)));
      if (!total.isPositive()) {
        return MeritBonus.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.NO_ROW_FOR_AWARD, ImmutableList.of(),
            t.explanation());
      }
      return MeritBonus.of(BenefitStatus.PAYABLE, BenefitReason.MERIT_AWARDS, payments, t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return MeritBonus.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE, ImmutableList.of(),
          t.explanation());
    }
  }

  static LocalDate serviceEnd(CandidateProfile p, ServiceDates d) {
    return p.officerOrAcademyAfterMonths().isPresent()
        ? d.monthsAfterApproval(p.officerOrAcademyAfterMonths().getAsInt()) : Calculators.dischargeDate(p, d);
  }
}
