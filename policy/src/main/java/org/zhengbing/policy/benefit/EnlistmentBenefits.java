package org.zhengbing.policy.benefit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * Every payment of the economic account (经济账) for one candidate: one {@link Benefit} per {@link BenefitKind}, in
 * that order, each with its status, reason, dated schedule, total and explanation, and the grand total of those that
 * are payable.
 *
 * <pre>{@code
 * EnlistmentBenefits account = BenefitsCalculator.of(book).calculate(profile);
 * account.total();                           // the sum of the payable items
 * account.familyPayment().instalments();     // the dated instalments
 * account.illustrativeItems();               // which payable items rest on ILLUSTRATIVE values
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnlistmentBenefits {

  EnlistmentBenefits() {}

  /**
   * Returns the region of enlistment.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the term of enlistment.
   *
   * @return the term, never null
   */
  public abstract ConscriptionTerm term();

  /**
   * Returns the approval date, the first day of service.
   *
   * @return the date, never null
   */
  public abstract LocalDate approvalDate();

  /**
   * Returns the day the full conscript term ends.
   *
   * @return the date, never null
   */
  public abstract LocalDate termEnd();

  /**
   * Returns one item per {@link BenefitKind}, in that order.
   *
   * @return the items, never null
   */
  public abstract ImmutableList<Benefit> items();

  /**
   * Returns the grand total: the sum of the payable items' totals.
   *
   * @return the total in CNY, never null
   */
  @Value.Derived
  public Money total() {
    Money sum = Cny.ZERO;
    for (Benefit b : items()) {
      sum = sum.plus(b.total());
    }
    return sum;
  }

  /**
   * Returns the item of a kind.
   *
   * @param kind  the kind, not null
   * @return the item, never null
   */
  public Benefit item(BenefitKind kind) {
    return items().get(kind.ordinal());
  }

  /**
   * Returns the family preferential payment schedule.
   *
   * @return the schedule, never null
   */
  public FamilyPaymentSchedule familyPayment() {
    return (FamilyPaymentSchedule) item(BenefitKind.FAMILY_PAYMENT);
  }

  /**
   * Returns the enlistment reward.
   *
   * @return the reward, never null
   */
  public EnlistmentReward enlistmentReward() {
    return (EnlistmentReward) item(BenefitKind.ENLISTMENT_REWARD);
  }

  /**
   * Returns the tuition compensation and waiver.
   *
   * @return the tuition item, never null
   */
  public TuitionCompensation tuition() {
    return (TuitionCompensation) item(BenefitKind.TUITION);
  }

  /**
   * Returns the monthly allowance schedule.
   *
   * @return the schedule, never null
   */
  public AllowanceSchedule allowance() {
    return (AllowanceSchedule) item(BenefitKind.ALLOWANCE);
  }

  /**
   * Returns the one-time discharge payment.
   *
   * @return the payment, never null
   */
  public DischargePayment dischargePayment() {
    return (DischargePayment) item(BenefitKind.DISCHARGE_PAYMENT);
  }

  /**
   * Returns the local self-employment subsidy.
   *
   * @return the subsidy, never null
   */
  public SelfEmploymentSubsidy selfEmploymentSubsidy() {
    return (SelfEmploymentSubsidy) item(BenefitKind.SELF_EMPLOYMENT_SUBSIDY);
  }

  /**
   * Returns the allowance while waiting for an assigned job.
   *
   * @return the allowance, never null
   */
  public WaitingAllowance waitingAllowance() {
    return (WaitingAllowance) item(BenefitKind.WAITING_ALLOWANCE);
  }

  /**
   * Returns the merit bonuses.
   *
   * @return the bonuses, never null
   */
  public MeritBonus meritBonus() {
    return (MeritBonus) item(BenefitKind.MERIT_BONUS);
  }

  /**
   * Returns the items that are payable, in kind order.
   *
   * @return the items, never null
   */
  public ImmutableList<Benefit> payableItems() {
    return items().stream().filter(Benefit::isPayable).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every payment of the payable items, in date order (items in kind order on the same date).
   *
   * @return the payments, never null
   */
  public ImmutableList<Payment> schedule() {
    return items().stream().flatMap(b -> b.payments().stream())
        .sorted(Comparator.comparing(Payment::dueOn)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the kinds of the payable items that rest on an ILLUSTRATIVE value; a statement including them must say
   * so.
   *
   * @return the kinds, never null
   */
  public ImmutableSet<BenefitKind> illustrativeItems() {
    return items().stream().filter(b -> b.isPayable() && b.isIllustrative()).map(Benefit::kind)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns true if any payable item rests on an ILLUSTRATIVE value.
   *
   * @return whether the account is illustrative
   */
  public boolean isIllustrative() {
    return !illustrativeItems().isEmpty();
  }

  /**
   * Returns the keys of the ILLUSTRATIVE parameter values the payable items use.
   *
   * @return the keys, never null
   */
  public ImmutableSet<String> illustrativeKeys() {
    return items().stream().filter(Benefit::isPayable).flatMap(b -> b.illustrativeKeys().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    BenefitKind[] kinds = BenefitKind.values();
    if (items().size() != kinds.length) {
      throw new IllegalArgumentException("enlistment benefits must have one item per kind (" + kinds.length
          + "), but had " + items().size());
    }
    for (int i = 0; i < kinds.length; i++) {
      if (items().get(i).kind() != kinds[i]) {
        throw new IllegalArgumentException("enlistment benefits item " + i + " must be " + kinds[i] + ", but was "
            + items().get(i).kind());
      }
    }
    if (!termEnd().isAfter(approvalDate())) {
      throw new IllegalArgumentException("term end must be after the approval date " + approvalDate() + ", but was "
          + termEnd());
    }
  }

  static EnlistmentBenefits of(RegionCode region, ConscriptionTerm term, LocalDate approvalDate, LocalDate termEnd,
      Iterable<? extends Benefit> items) {
    return ImmutableEnlistmentBenefits.builder().region(region).term(term).approvalDate(approvalDate)
        .termEnd(termEnd).addAllItems(items).build();
  }
}
