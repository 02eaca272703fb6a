package org.zhengbing.policy.benefit;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.core.time.DateSpan;

/**
 * One dated payment of a schedule: what is paid, from when it is due, for which period, and how much.
 *
 * <p>The rule key names the part of the benefit, such as {@code family_payment.instalment},
 * {@code tuition.compensation} or {@code tuition.waiver}, for renderers and tests.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Payment {

  Payment() {}

  /**
   * Returns the rule key naming this part of the benefit, such as {@code family_payment.instalment}.
   *
   * @return the key, never null
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Returns the date from which the payment is due (the start of its period for periodic payments).
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate dueOn();

  /**
   * Returns the period the payment covers, for periodic payments.
   *
   * @return the period, if any
   */
  @Value.Parameter
  public abstract Optional<DateSpan> period();

  /**
   * Returns the amount.
   *
   * @return the amount in CNY, never null, at least zero
   */
  @Value.Parameter
  public abstract Money amount();

  @Value.Check
  void check() {
    if (amount().getAmount().signum() < 0) {
      throw new IllegalArgumentException("payment amount must be >= 0, but was " + amount());
    }
    if (period().isPresent() && !period().get().contains(dueOn())) {
      throw new IllegalArgumentException("payment due date must lie in its period " + period().get() + ", but was "
          + dueOn());
    }
  }

  /**
   * Obtains a one-off payment.
   *
   * @param rule  the rule key, not null
   * @param dueOn  the date from which it is due, not null
   * @param amount  the amount in CNY, at least zero, not null
   * @return the payment, never null
   */
  public static Payment of(String rule, LocalDate dueOn, Money amount) {
    return ImmutablePayment.of(rule, dueOn, Optional.empty(), amount);
  }

  /**
   * Obtains a payment for a period, due from the period's start.
   *
   * @param rule  the rule key, not null
   * @param period  the period covered, not null
   * @param amount  the amount in CNY, at least zero, not null
   * @return the payment, never null
   */
  public static Payment ofPeriod(String rule, DateSpan period, Money amount) {
    return ImmutablePayment.of(rule, period.start(), Optional.of(period), amount);
  }
}
