package org.zhengbing.policy.benefit;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.joda.money.Money;
import org.zhengbing.core.money.Cny;

/**
 * The amounts of each payment for a list of candidates, without explanations: the batch result of
 * {@link BenefitsCalculator#totals}. Index {@code i} is the {@code i}-th profile of the list; each amount equals the
 * total of the same item in the explained {@link EnlistmentBenefits} (a payment that is not payable counts as zero).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenefitTotals {

  private static final int KINDS = BenefitKind.values().length;

  private final long[] fen;
  private final int size;

  BenefitTotals(long[] fen, int size) {
    this.fen = fen;
    this.size = size;
  }

  /**
   * Returns the number of candidates.
   *
   * @return the number, at least zero
   */
  public int size() {
    return size;
  }

  /**
   * Returns one candidate's amount of one payment, in fen.
   *
   * @param index  the candidate's index in the list
   * @param kind  the payment, not null
   * @return the amount in fen, at least zero
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long amountFen(int index, BenefitKind kind) {
    checkElementIndex(index, size, "index");
    return fen[index * KINDS + checkNotNull(kind, "kind").ordinal()];
  }

  /**
   * Returns one candidate's amount of one payment.
   *
   * @param index  the candidate's index in the list
   * @param kind  the payment, not null
   * @return the amount in CNY, never null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Money amount(int index, BenefitKind kind) {
    return Cny.ofFen(amountFen(index, kind));
  }

  /**
   * Returns one candidate's total of all payments, in fen.
   *
   * @param index  the candidate's index in the list
   * @return the total in fen, at least zero
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long totalFen(int index) {
    checkElementIndex(index, size, "index");
    long sum = 0;
    for (int k = 0; k < KINDS; k++) {
      sum = Math.addExact(sum, fen[index * KINDS + k]);
    }
    return sum;
  }

  /**
   * Returns one candidate's total of all payments.
   *
   * @param index  the candidate's index in the list
   * @return the total in CNY, never null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Money total(int index) {
    return Cny.ofFen(totalFen(index));
  }

  /**
   * Returns the sum of one payment over all candidates.
   *
   * @param kind  the payment, not null
   * @return the sum in CNY, never null
   * @throws ArithmeticException if the sum overflows
   */
  public Money sum(BenefitKind kind) {
    int k = checkNotNull(kind, "kind").ordinal();
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum = Math.addExact(sum, fen[i * KINDS + k]);
    }
    return Cny.ofFen(sum);
  }

  /**
   * Returns the sum of all payments over all candidates.
   *
   * @return the sum in CNY, never null
   * @throws ArithmeticException if the sum overflows
   */
  public Money grandTotal() {
    long sum = 0;
    for (int i = 0; i < size * KINDS; i++) {
      sum = Math.addExact(sum, fen[i]);
    }
    return Cny.ofFen(sum);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BenefitTotals && ((BenefitTotals) obj).size == size
        && Arrays.equals(((BenefitTotals) obj).fen, 0, size * KINDS, fen, 0, size * KINDS);
  }

  @Override
  public int hashCode() {
    int h = size;
    for (int i = 0; i < size * KINDS; i++) {
      h = h * 31 + Long.hashCode(fen[i]);
    }
    return h;
  }

  @Override
  public String toString() {
    return "BenefitTotals[" + size + " candidates, " + grandTotal() + "]";
  }
}
