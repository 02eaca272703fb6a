package org.zhengbing.policy.benefit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.joda.money.Money;
import org.zhengbing.core.money.Cny;

/**
 * The amounts of each payment for a list of candidates, without explanations: the batch result of
 * {@link BenefitsCalculator#totals}. Index {@code i} is the {@code i}-th profile of the list; each amount equals the
 * total of the same item in the explained {@link EnlistmentBenefits} (a payment that is not payable counts as zero).
 * A batch holds every payment, or only those asked for ({@link BenefitsCalculator#totals(java.util.List, Set)}):
 * see {@link #kinds()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenefitTotals {

  private static final int KINDS = BenefitKind.values().length;

  private final long[] fen;
  private final int size;
  private final ImmutableSet<BenefitKind> kinds;
  /** The column of each kind in a candidate's row, by ordinal; -1 if the kind was not calculated. */
  private final int[] column;
  private final int width;

  BenefitTotals(long[] fen, int size, Set<BenefitKind> kinds) {
    this.fen = fen;
    this.size = size;
    this.kinds = Sets.immutableEnumSet(kinds);
    this.column = columns(this.kinds);
    this.width = this.kinds.size();
  }

  /** The column of each kind in a row holding the given kinds in their natural order; -1 for a kind not held. */
  static int[] columns(Set<BenefitKind> kinds) {
    int[] column = new int[KINDS];
    int next = 0;
    for (BenefitKind k : BenefitKind.values()) {
      column[k.ordinal()] = kinds.contains(k) ? next++ : -1;
    }
    return column;
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
   * Returns the payments this batch calculated.
   *
   * @return the payments, in their natural order, never empty
   */
  public ImmutableSet<BenefitKind> kinds() {
    return kinds;
  }

  private int column(BenefitKind kind) {
    int c = column[checkNotNull(kind, "kind").ordinal()];
    checkArgument(c >= 0, "kind must be one of the payments calculated, %s, but was %s", kinds, kind);
    return c;
  }

  /**
   * Returns one candidate's amount of one payment, in fen.
   *
   * @param index  the candidate's index in the list
   * @param kind  the payment, one of {@link #kinds()}, not null
   * @return the amount in fen, at least zero
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalArgumentException if the payment was not calculated
   */
  public long amountFen(int index, BenefitKind kind) {
    checkElementIndex(index, size, "index");
    return fen[index * width + column(kind)];
  }

  /**
   * Returns one candidate's amount of one payment.
   *
   * @param index  the candidate's index in the list
   * @param kind  the payment, one of {@link #kinds()}, not null
   * @return the amount in CNY, never null
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalArgumentException if the payment was not calculated
   */
  public Money amount(int index, BenefitKind kind) {
    return Cny.ofFen(amountFen(index, kind));
  }

  /**
   * Returns one candidate's total of the payments calculated, in fen.
   *
   * @param index  the candidate's index in the list
   * @return the total in fen, at least zero
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long totalFen(int index) {
    checkElementIndex(index, size, "index");
    long sum = 0;
    for (int k = 0; k < width; k++) {
      sum = Math.addExact(sum, fen[index * width + k]);
    }
    return sum;
  }

  /**
   * Returns one candidate's total of the payments calculated.
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
   * @param kind  the payment, one of {@link #kinds()}, not null
   * @return the sum in CNY, never null
   * @throws ArithmeticException if the sum overflows
   * @throws IllegalArgumentException if the payment was not calculated
   */
  public Money sum(BenefitKind kind) {
    int k = column(kind);
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum = Math.addExact(sum, fen[i * width + k]);
    }
    return Cny.ofFen(sum);
  }

  /**
   * Returns the sum of the payments calculated over all candidates.
   *
   * @return the sum in CNY, never null
   * @throws ArithmeticException if the sum overflows
   */
  public Money grandTotal() {
    long sum = 0;
    for (int i = 0; i < size * width; i++) {
      sum = Math.addExact(sum, fen[i]);
    }
    return Cny.ofFen(sum);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BenefitTotals)) {
      return false;
    }
    BenefitTotals other = (BenefitTotals) obj;
    return other.size == size && other.kinds.equals(kinds)
        && Arrays.equals(other.fen, 0, size * width, fen, 0, size * width);
  }

  @Override
  public int hashCode() {
    // the array holds exactly size × width amounts (both constructors' callers size it so)
    return Objects.hash(size, kinds, Arrays.hashCode(fen));
  }

  @Override
  public String toString() {
    return "BenefitTotals[" + size + " candidates, " + (width == KINDS ? "" : kinds + ", ") + grandTotal() + "]";
  }
}
