package org.zhengbing.policy.benefit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.money.Cny;

/**
 * One payment of the economic account for one candidate: whether it applies and why, its dated schedule, its total
 * and the explanation that reaches the total step by step, citing every parameter used.
 *
 * <p>The explanation's last step gives the total exactly (checked when the value is built). A benefit that is not
 * payable has no payments and a total of zero, and its explanation says why. A benefit resting on an ILLUSTRATIVE
 * value says so through {@link #isIllustrative()} and {@link #illustrativeKeys()}.
 *
 * <p>Each kind of payment has its own type, returned by its calculator: {@link FamilyPaymentSchedule},
 * {@link EnlistmentReward}, {@link TuitionCompensation}, {@link AllowanceSchedule}, {@link DischargePayment},
 * {@link SelfEmploymentSubsidy}, {@link WaitingAllowance} and {@link MeritBonus}.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public abstract class Benefit {

  Benefit() {}

  /**
   * Returns which payment this is.
   *
   * @return the kind, never null
   */
  public abstract BenefitKind kind();

  /**
   * Returns whether the payment is due.
   *
   * @return the status, never null
   */
  public abstract BenefitStatus status();

  /**
   * Returns why the payment applies, or why not.
   *
   * @return the reason, never null
   */
  public abstract BenefitReason reason();

  /**
   * Returns the dated payments in date order; empty unless {@link BenefitStatus#PAYABLE}.
   *
   * @return the payments, never null
   */
  public abstract ImmutableList<Payment> payments();

  /**
   * Returns the explanation, whose last step gives {@link #total()}.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the total of the payments.
   *
   * @return the total in CNY, never null, at least zero
   */
  @Value.Derived
  public Money total() {
    Money sum = Cny.ZERO;
    for (Payment p : payments()) {
      sum = sum.plus(p.amount());
    }
    return sum;
  }

  /**
   * Returns true if the payment is due.
   *
   * @return whether the status is {@link BenefitStatus#PAYABLE}
   */
  public boolean isPayable() {
    return status() == BenefitStatus.PAYABLE;
  }

  /**
   * Returns true if the result rests on an ILLUSTRATIVE value.
   *
   * @return whether the result is illustrative
   */
  public boolean isIllustrative() {
    return explanation().isIllustrative();
  }

  /**
   * Returns the keys of the ILLUSTRATIVE parameter values used.
   *
   * @return the keys, never null
   */
  public ImmutableSet<String> illustrativeKeys() {
    return explanation().illustrativeKeys();
  }

  /**
   * Returns every citation used, in order of first use.
   *
   * @return the citations, never null
   */
  public ImmutableSet<Citation> citations() {
    return explanation().citations();
  }

  /**
   * Returns the weakest confidence of any parameter value used.
   *
   * @return the confidence, or empty if no parameter was used
   */
  public Optional<Confidence> weakestConfidence() {
    return explanation().weakestConfidence();
  }

  /**
   * Returns the date of the first payment.
   *
   * @return the date, or empty if nothing is paid
   */
  public Optional<LocalDate> firstPaymentDate() {
    return payments().isEmpty() ? Optional.empty() : Optional.of(payments().get(0).dueOn());
  }

  @Value.Check
  void checkBenefit() {
    explanation().requireResult(new Datum.OfMoney(total()));
    if (status() != BenefitStatus.PAYABLE && !payments().isEmpty()) {
      throw new IllegalArgumentException(kind().key() + " that is " + status() + " must have no payments, but had "
          + payments().size());
    }
    for (int i = 1; i < payments().size(); i++) {
      if (payments().get(i).dueOn().isBefore(payments().get(i - 1).dueOn())) {
        throw new IllegalArgumentException(kind().key() + " payments must be in date order, but "
            + payments().get(i).dueOn() + " follows " + payments().get(i - 1).dueOn());
      }
    }
  }
}
