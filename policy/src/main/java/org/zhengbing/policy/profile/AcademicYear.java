package org.zhengbing.policy.profile;

import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.core.money.Cny;

/**
 * What one academic year of study cost a student recruit: the tuition actually paid, and the national student loan
 * taken for it (principal and interest). Tuition compensation repays the higher of the two, up to the year's cap
 * (学费补偿、国家助学贷款代偿).
 *
 * <pre>{@code
 * AcademicYear year = AcademicYear.of(Cny.ofYuan(6500), Cny.ofYuan(6000), Cny.of("321.50"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AcademicYear {

  AcademicYear() {}

  /**
   * Returns the tuition actually paid for the year.
   *
   * @return the amount, never null, at least zero
   */
  @Value.Parameter
  public abstract Money tuitionPaid();

  /**
   * Returns the principal of the national student loan taken for the year's tuition.
   *
   * @return the amount, never null, at least zero
   */
  @Value.Parameter
  public abstract Money loanPrincipal();

  /**
   * Returns the interest on that loan.
   *
   * @return the amount, never null, at least zero
   */
  @Value.Parameter
  public abstract Money loanInterest();

  /**
   * Returns the loan to repay: principal plus interest.
   *
   * @return the amount, never null
   */
  public Money loanTotal() {
    return loanPrincipal().plus(loanInterest());
  }

  @Value.Check
  void check() {
    requireAmount("tuitionPaid", tuitionPaid());
    requireAmount("loanPrincipal", loanPrincipal());
    requireAmount("loanInterest", loanInterest());
  }

  private static void requireAmount(String field, Money amount) {
    if (!amount.getCurrencyUnit().equals(Cny.CNY)) {
      throw new InvalidProfileException(field, field + " must be in CNY, but was " + amount);
    }
    if (amount.isNegative()) {
      throw new InvalidProfileException(field, field + " must be >= 0, but was " + amount.getAmount().toPlainString());
    }
  }

  /**
   * Obtains a year's costs.
   *
   * @param tuitionPaid  the tuition paid, at least zero, not null
   * @param loanPrincipal  the loan principal, at least zero, not null
   * @param loanInterest  the loan interest, at least zero, not null
   * @return the year, never null
   * @throws InvalidProfileException if an amount is negative or not in CNY
   */
  public static AcademicYear of(Money tuitionPaid, Money loanPrincipal, Money loanInterest) {
    return ImmutableAcademicYear.of(tuitionPaid, loanPrincipal, loanInterest);
  }

  /**
   * Obtains a year paid in full without a loan.
   *
   * @param tuitionPaid  the tuition paid, at least zero, not null
   * @return the year, never null
   * @throws InvalidProfileException if the amount is negative or not in CNY
   */
  public static AcademicYear ofTuition(Money tuitionPaid) {
    return of(tuitionPaid, Cny.ZERO, Cny.ZERO);
  }
}
