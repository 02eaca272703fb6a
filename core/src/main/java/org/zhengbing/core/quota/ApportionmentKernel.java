package org.zhengbing.core.quota;

import java.math.BigInteger;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The allocation-light core of every apportionment: works on slices {@code [from, to)} of primitive arrays and
 * reuses its scratch arrays between calls, so a cascade over 620,573 villages allocates almost nothing per parent.
 *
 * <p>All quotients are compared by exact cross-multiplication ({@link Wide}); nothing is rounded.
 *
 * <p>Largest remainder: the exact quotas {@code P * w / Q} of the units that no floor or cap binds (with
 * {@code P/Q} the scale at which the clamped quotas sum to the total; {@code total/W} when nothing binds) are
 * rounded down, and the places left go one each to the largest remainders.
 *
 * <p>Divisor methods: unit {@code i}'s {@code k}-th place beyond its floor has priority {@code w_i / D(k)} with
 * {@code D(k)} = {@code k+1} (D'Hondt), {@code k+1/2} (Sainte-Laguë), {@code sqrt(k(k+1))} (Huntington-Hill) or
 * {@code k} (Adams); the places go to the highest priorities. The kernel jumps to the allocation at divisor
 * {@code W/total} and steps up or down with a heap to the total.
 *
 * <p>Ties (equal remainders, or equal priorities at the threshold) are broken by the declared rule: larger weight,
 * then {@link TieOrder}; the tied units are recorded. Not thread-safe: one kernel per thread.
 */
final class ApportionmentKernel {

  /** No cap. */
  static final int NO_CAP = Integer.MAX_VALUE;

  /** Unit state after an apportionment: free, held at its floor, held at its cap. */
  static final byte FREE = 0;
  static final byte AT_FLOOR = 1;
  static final byte AT_CAP = 2;

  /** The order of units that tie on priority and weight: negative if {@code a} goes first. */
  interface TieOrder {
    int compare(int a, int b);
  }

  static final TieOrder INDEX_ORDER = Integer::compare;

  private final int[] work;
  private int[] count = new int[0];
  private long[] rem = new long[0];
  private final byte[] state;
  private int[] tiedWinners = new int[16];
  private int[] tiedLosers = new int[16];

  // inputs of the current call
  private int method;
  private long[] w = new long[0];
  private int @Nullable [] floor;
  private int @Nullable [] cap;
  private int from;
  private TieOrder order = INDEX_ORDER;
  private final long[] scratch = new long[1];

  // diagnostics of the last call
  long scaleNumerator;
  long scaleDenominator;
  long weightSum;
  boolean constrained;
  int winnerCount;
  int loserCount;
  /** Absolute index of the unit whose last place set the threshold, or -1; and that place's index k. */
  int thresholdUnit;
  int thresholdPlace;

  ApportionmentKernel(int capacity) {
    work = new int[capacity];
    state = new byte[capacity];
  }

  private void addWinner(int i) {
    if (winnerCount == tiedWinners.length) {
      tiedWinners = Arrays.copyOf(tiedWinners, winnerCount * 2);
    }
    tiedWinners[winnerCount++] = i;
  }

  private void addLoser(int i) {
    if (loserCount == tiedLosers.length) {
      tiedLosers = Arrays.copyOf(tiedLosers, loserCount * 2);
    }
    tiedLosers[loserCount++] = i;
  }

  int capacity() {
    return work.length;
  }

  /** The state of unit {@code i} (relative to {@code from}) after the last call. */
  byte state(int relative) {
    return state[relative];
  }

  int[] winners() {
    return Arrays.copyOf(tiedWinners, winnerCount);
  }

  int[] losers() {
    return Arrays.copyOf(tiedLosers, loserCount);
  }

  boolean tied() {
    return winnerCount > 0;
  }

  private int floorOf(int i) {
    return floor == null ? 0 : floor[i];
  }

  private int capOf(int i) {
    if (w[i] == 0) {
      return floorOf(i);
    }
    return cap == null ? NO_CAP : cap[i];
  }

  /**
   * Returns null if the total can be apportioned within the floors and caps, else a message that names the units
   * (via {@code name}).
   */
  static @Nullable String infeasibility(long total, long[] w, int @Nullable [] floor, int @Nullable [] cap, int from,
      int to, java.util.function.IntFunction<String> name) {
    long floors = 0;
    long caps = 0;
    for (int i = from; i < to; i++) {
      int f = floor == null ? 0 : floor[i];
      floors += f;
      caps += w[i] == 0 ? f : cap == null ? NO_CAP : cap[i];
    }
    if (floors > total) {
      StringBuilder s = new StringBuilder();
      int listed = 0;
      int more = 0;
      for (int i = from; i < to; i++) {
        if (floor != null && floor[i] > 0) {
          if (listed < 10) {
            s.append(listed++ == 0 ? "" : ", ").append(name.apply(i)).append(" >= ").append(floor[i]);
          } else {
            more++;
          }
        }
      }
      return "floors must not exceed the total of " + total + " places, but they sum to " + floors + " (" + s
          + (more > 0 ? ", and " + more + " more" : "") + ")";
    }
    if (caps < total) {
      StringBuilder s = new StringBuilder();
      int listed = 0;
      int more = 0;
      for (int i = from; i < to; i++) {
        String what = w[i] == 0 ? "weight 0, floor " + (floor == null ? 0 : floor[i])
            : cap != null && cap[i] != NO_CAP ? "<= " + cap[i] : null;
        if (what != null) {
          if (listed < 10) {
            s.append(listed++ == 0 ? "" : ", ").append(name.apply(i)).append(' ').append(what);
          } else {
            more++;
          }
        }
      }
      return "caps must leave room for the total of " + total + " places, but the units can take at most " + caps
          + " (" + s + (more > 0 ? ", and " + more + " more" : "") + ")";
    }
    return null;
  }

  /**
   * Apportions {@code total} places among units {@code [from, to)}, writing {@code out[from..to)}. The caller has
   * checked feasibility ({@link #infeasibility}) and that {@code to - from <= capacity()}.
   */
  void apportion(ApportionmentMethod m, long total, long[] weights, int @Nullable [] floors, int @Nullable [] caps,
      int from, int to, int[] out, TieOrder tieOrder) {
    this.method = m.ordinal();
    this.w = weights;
    this.floor = floors;
    this.cap = caps;
    this.from = from;
    this.order = tieOrder;
    winnerCount = 0;
    loserCount = 0;
    thresholdUnit = -1;
    thresholdPlace = -1;
    constrained = false;
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum = Math.addExact(sum, weights[i]);
    }
    weightSum = sum;
    if (m == ApportionmentMethod.LARGEST_REMAINDER) {
      if (rem.length < work.length) {
        rem = new long[work.length];
      }
      largestRemainder(total, to, out);
    } else {
      if (count.length < work.length) {
        count = new int[work.length];
      }
      divisor(total, to, out);
    }
  }

  // ------------------------------------------------------------------------------------------ largest remainder

  private void largestRemainder(long total, int to, int[] out) {
    int n = to - from;
    long wSum = weightSum;
    if (wSum == 0) {
      for (int i = from; i < to; i++) {
        out[i] = floorOf(i);
        state[i - from] = AT_FLOOR;
      }
      scaleNumerator = 0;
      scaleDenominator = 1;
      constrained = true;
      return;
    }
    boolean binds = false;
    if (floor != null || cap != null) {
      for (int i = from; i < to && !binds; i++) {
        long wi = w[i];
        int f = floorOf(i);
        int c = capOf(i);
        binds = Wide.compareProducts(f, wSum, total, wi) > 0
            || (c != NO_CAP && Wide.compareProducts(total, wi, c, wSum) > 0);
      }
    }
    long p = total;
    long q = wSum;
    if (!binds) {
      Arrays.fill(state, 0, n, FREE);
    } else {
      constrained = true;
      long[] pq = constrainedScale(total, to);
      p = pq[0];
      q = pq[1];
    }
    scaleNumerator = p;
    scaleDenominator = q;
    long given = 0;
    int free = 0;
    for (int i = from; i < to; i++) {
      int r = i - from;
      if (state[r] == FREE) {
        long whole = Wide.divide(p, w[i], q, scratch);
        rem[r] = scratch[0];
        out[i] = (int) whole;
        given += whole;
        work[free++] = i;
      } else {
        out[i] = state[r] == AT_FLOOR ? floorOf(i) : capOf(i);
        rem[r] = 0;
      }
    }
    int leftover = (int) (p - given);
    if (leftover <= 0) {
      return;
    }
    if (leftover < free) {
      select(work, 0, free, leftover);
    }
    for (int k = 0; k < leftover; k++) {
      out[work[k]]++;
    }
    if (leftover < free) {
      int lastWinner = work[0];
      for (int k = 1; k < leftover; k++) {
        if (remainderBetter(lastWinner, work[k])) {
          lastWinner = work[k];
        }
      }
      int firstLoser = work[leftover];
      for (int k = leftover + 1; k < free; k++) {
        if (remainderBetter(work[k], firstLoser)) {
          firstLoser = work[k];
        }
      }
      long r = rem[lastWinner - from];
      if (r == rem[firstLoser - from]) {
        for (int k = 0; k < free; k++) {
          int i = work[k];
          if (rem[i - from] == r) {
            if (k < leftover) {
              addWinner(i);
            } else {
              addLoser(i);
            }
          }
        }
        Arrays.sort(tiedWinners, 0, winnerCount);
        Arrays.sort(tiedLosers, 0, loserCount);
      }
    }
  }

  /** Whether unit a goes before unit b for an extra place: larger remainder, larger weight, then tie order. */
  private boolean remainderBetter(int a, int b) {
    long ra = rem[a - from];
    long rb = rem[b - from];
    if (ra != rb) {
      return ra > rb;
    }
    if (w[a] != w[b]) {
      return w[a] > w[b];
    }
    return order.compare(a, b) < 0;
  }

  /** Rearranges {@code a[lo, hi)} so that its first {@code k} elements are the {@code k} best. */
  private void select(int[] a, int lo, int hi, int k) {
    int left = lo;
    int right = hi - 1;
    int target = lo + k;
    while (right > left) {
      int mid = (left + right) >>> 1;
      int x = a[left];
      int y = a[mid];
      int z = a[right];
      int pivot = remainderBetter(x, y)
          ? (remainderBetter(y, z) ? y : remainderBetter(x, z) ? z : x)
          : (remainderBetter(x, z) ? x : remainderBetter(y, z) ? z : y);
      int i = left;
      int j = right;
      while (i <= j) {
        while (remainderBetter(a[i], pivot)) {
          i++;
        }
        while (remainderBetter(pivot, a[j])) {
          j--;
        }
        if (i <= j) {
          int t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (target <= j) {
        right = j;
      } else if (target >= i) {
        left = i;
      } else {
        break;
      }
    }
  }

  /**
   * Finds the scale {@code P/Q} at which the clamped quotas sum to the total, and marks each unit free, at its floor
   * or at its cap. Returns {@code {P, Q}}.
   */
  private long[] constrainedScale(long total, int to) {
    int n = to - from;
    // breakpoints f/w and c/w, as (numerator, denominator)
    int nb = 0;
    long[] num = new long[2 * n];
    long[] den = new long[2 * n];
    for (int i = from; i < to; i++) {
      if (w[i] == 0) {
        continue;
      }
      int f = floorOf(i);
      int c = capOf(i);
      if (f > 0) {
        num[nb] = f;
        den[nb++] = w[i];
      }
      if (c != NO_CAP) {
        num[nb] = c;
        den[nb++] = w[i];
      }
    }
    Integer[] idx = new Integer[nb];
    for (int b = 0; b < nb; b++) {
      idx[b] = b;
    }
    Arrays.sort(idx, (x, y) -> Wide.compareProducts(num[x], den[y], num[y], den[x]));
    int lo = -1;
    int hi = nb - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (clampedSumAtMost(num[idx[mid]], den[idx[mid]], total, to)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    long a = lo < 0 ? 0 : num[idx[lo]];
    long b = lo < 0 ? 1 : den[idx[lo]];
    long bounds = 0;
    long q = 0;
    for (int i = from; i < to; i++) {
      int r = i - from;
      int f = floorOf(i);
      int c = capOf(i);
      if (w[i] == 0 || Wide.compareProducts(f, b, a, w[i]) > 0) {
        state[r] = AT_FLOOR;
        bounds += f;
      } else if (c != NO_CAP && Wide.compareProducts(c, b, a, w[i]) <= 0) {
        state[r] = AT_CAP;
        bounds += c;
      } else {
        state[r] = FREE;
        q += w[i];
      }
    }
    long p = total - bounds;
    if (q == 0) {
      if (p != 0) {
        throw new AssertionError("infeasible apportionment passed the feasibility check");
      }
      return new long[] {0, 1};
    }
    return new long[] {p, q};
  }

  /** Whether the quotas clamped at scale a/b sum to at most the total. */
  private boolean clampedSumAtMost(long a, long b, long total, int to) {
    long bounds = 0;
    long free = 0;
    for (int i = from; i < to; i++) {
      int f = floorOf(i);
      if (w[i] == 0 || Wide.compareProducts(a, w[i], f, b) <= 0) {
        bounds += f;
        continue;
      }
      int c = capOf(i);
      if (c != NO_CAP && Wide.compareProducts(a, w[i], c, b) >= 0) {
        bounds += c;
      } else {
        free += w[i];
      }
    }
    BigInteger lhs = BigInteger.valueOf(bounds).multiply(BigInteger.valueOf(b))
        .add(BigInteger.valueOf(a).multiply(BigInteger.valueOf(free)));
    return lhs.compareTo(BigInteger.valueOf(total).multiply(BigInteger.valueOf(b))) <= 0;
  }

  // ------------------------------------------------------------------------------------------ divisor methods

  private static final int D_HONDT = ApportionmentMethod.D_HONDT.ordinal();
  private static final int SAINTE_LAGUE = ApportionmentMethod.SAINTE_LAGUE.ordinal();
  private static final int HUNTINGTON_HILL = ApportionmentMethod.HUNTINGTON_HILL.ordinal();

  /** The method's signpost {@code D(k)}, scaled to an integer (doubled for Sainte-Laguë, squared for H-H). */
  private long signpost(int k) {
    if (method == D_HONDT) {
      return k + 1L;
    } else if (method == SAINTE_LAGUE) {
      return 2L * k + 1;
    } else if (method == HUNTINGTON_HILL) {
      return (long) k * (k + 1L);
    }
    return k;
  }

  /** Compares the priority of unit a's place k with unit b's place l: {@code w_a/D(k)} against {@code w_b/D(l)}. */
  private int comparePriority(int a, int k, int b, int l) {
    long da = signpost(k);
    long db = signpost(l);
    if (da == 0 || db == 0) {
      // a first place under Adams or Huntington-Hill: infinite priority (weights are > 0 here)
      return da == db ? 0 : da == 0 ? 1 : -1;
    }
    if (method == HUNTINGTON_HILL) {
      long wa = w[a];
      long wb = w[b];
      if (wa <= SQUARE_LIMIT && wb <= SQUARE_LIMIT) {
        return Wide.compareProducts(wa * wa, db, wb * wb, da);
      }
      return Wide.compareTriples(wa, wa, db, wb, wb, da);
    }
    return Wide.compareProducts(w[a], db, w[b], da);
  }

  /** The largest weight whose square fits in a long. */
  private static final long SQUARE_LIMIT = 3_037_000_499L;

  /** Total order on places: higher priority, then larger weight, then tie order. Positive if (a,k) goes first. */
  private int comparePlaces(int a, int k, int b, int l) {
    int c = comparePriority(a, k, b, l);
    if (c != 0) {
      return c;
    }
    if (w[a] != w[b]) {
      return w[a] > w[b] ? 1 : -1;
    }
    return -order.compare(a, b);
  }

  private void divisor(long total, int to, int[] out) {
    // Jump: the allocation at a common divisor W/T is a prefix of the places in priority order, so it is a valid
    // start for stepping up or down. T = total is far off when quotas are small (D'Hondt rounds every unit down,
    // Adams up), so T is corrected a few times, Newton-like, before the heap steps the rest.
    long s;
    if (total == 0 || weightSum == 0) {
      s = countsAt(0, to, true);
    } else {
      long bestT = total;
      long bestS = countsAt(total, to, false);
      long t = total;
      long cur = bestS;
      for (int pass = 0; pass < 6 && cur != total; pass++) {
        long next = Math.max(1, t + (total - cur));
        if (next == t) {
          break;
        }
        long ns = countsAt(next, to, false);
        if (Math.abs(ns - total) < Math.abs(bestS - total)) {
          bestT = next;
          bestS = ns;
        }
        t = next;
        cur = ns;
      }
      s = countsAt(bestT, to, true);
    }
    if (s < total) {
      s = stepUp(total, s, to);
    } else if (s > total) {
      s = stepDown(total, s, to);
    }
    for (int i = from; i < to; i++) {
      out[i] = count[i - from];
    }
    findThresholdAndTies(to);
    markBounds(to);
  }

  /** Marks a floor as binding where the unit's last floor place ranks below the threshold, a cap where its next. */
  private void markBounds(int to) {
    int last = thresholdUnit;
    int lk = thresholdPlace;
    for (int i = from; i < to; i++) {
      int r = i - from;
      int c = count[r];
      int f = floorOf(i);
      int cp = capOf(i);
      state[r] = FREE;
      if (c == f && f > 0 && (w[i] == 0 || last < 0 || comparePlaces(i, f - 1, last, lk) < 0)) {
        state[r] = AT_FLOOR;
      } else if (c == cp && cp != NO_CAP && w[i] > 0 && last >= 0 && comparePlaces(i, cp, last, lk) > 0) {
        state[r] = AT_CAP;
      }
    }
  }

  /**
   * Returns the number of places at divisor {@code W/t} (each unit's places with priority at least {@code t/W},
   * within its floor and cap); {@code t = 0} gives the floors. Stores them in {@code count} if asked.
   */
  private long countsAt(long t, int to, boolean store) {
    long wSum = weightSum;
    long s = 0;
    for (int i = from; i < to; i++) {
      int f = floorOf(i);
      long places = f;
      if (w[i] > 0 && t > 0) {
        long fl = Wide.divide(t, w[i], wSum, scratch);
        long r = scratch[0];
        long countAtDivisor;
        if (method == D_HONDT) {
          countAtDivisor = fl;
        } else if (method == SAINTE_LAGUE) {
          countAtDivisor = fl + (r >= wSum - r ? 1 : 0);
        } else if (method == HUNTINGTON_HILL) {
          countAtDivisor = fl == 0 ? 1
              : fl + (r >= wSum - r || Wide.compareTriples(r, r, 1, fl, wSum, wSum - r - r) >= 0 ? 1 : 0);
        } else {
          countAtDivisor = fl + 1;
        }
        places = Math.max(f, Math.min(capOf(i), countAtDivisor));
      }
      if (store) {
        count[i - from] = (int) places;
      }
      s += places;
    }
    return s;
  }

  private long stepUp(long total, long s, int to) {
    int hn = 0;
    for (int i = from; i < to; i++) {
      if (w[i] > 0 && count[i - from] < capOf(i)) {
        work[hn++] = i;
      }
    }
    boolean up = true;
    heapify(hn, up);
    while (s < total) {
      int i = work[0];
      int r = i - from;
      count[r]++;
      s++;
      if (count[r] >= capOf(i)) {
        work[0] = work[--hn];
      }
      siftDown(0, hn, up);
    }
    return s;
  }

  private long stepDown(long total, long s, int to) {
    int hn = 0;
    for (int i = from; i < to; i++) {
      if (w[i] > 0 && count[i - from] > floorOf(i)) {
        work[hn++] = i;
      }
    }
    boolean up = false;
    heapify(hn, up);
    while (s > total) {
      int i = work[0];
      int r = i - from;
      count[r]--;
      s--;
      if (count[r] <= floorOf(i)) {
        work[0] = work[--hn];
      }
      siftDown(0, hn, up);
    }
    return s;
  }

  /** Whether heap element a comes out before b: the best next place when stepping up, the worst last place down. */
  private boolean before(int a, int b, boolean up) {
    if (up) {
      return comparePlaces(a, count[a - from], b, count[b - from]) > 0;
    }
    return comparePlaces(a, count[a - from] - 1, b, count[b - from] - 1) < 0;
  }

  private void heapify(int hn, boolean up) {
    for (int k = hn / 2 - 1; k >= 0; k--) {
      siftDown(k, hn, up);
    }
  }

  private void siftDown(int k, int hn, boolean up) {
    int x = work[k];
    while (true) {
      int child = 2 * k + 1;
      if (child >= hn) {
        break;
      }
      if (child + 1 < hn && before(work[child + 1], work[child], up)) {
        child++;
      }
      if (!before(work[child], x, up)) {
        break;
      }
      work[k] = work[child];
      k = child;
    }
    if (k < hn) {
      work[k] = x;
    }
  }

  private void findThresholdAndTies(int to) {
    int last = -1;
    int next = -1;
    for (int i = from; i < to; i++) {
      if (w[i] == 0) {
        continue;
      }
      int c = count[i - from];
      if (c > floorOf(i) && (last < 0 || comparePlaces(i, c - 1, last, count[last - from] - 1) < 0)) {
        last = i;
      }
      if (c < capOf(i) && (next < 0 || comparePlaces(i, c, next, count[next - from]) > 0)) {
        next = i;
      }
    }
    thresholdUnit = last;
    thresholdPlace = last < 0 ? -1 : count[last - from] - 1;
    if (last < 0 || next < 0) {
      return;
    }
    int lk = count[last - from] - 1;
    if (comparePriority(next, count[next - from], last, lk) != 0) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (w[i] == 0) {
        continue;
      }
      int c = count[i - from];
      if (c > floorOf(i) && comparePriority(i, c - 1, last, lk) == 0) {
        addWinner(i);
      } else if (c < capOf(i) && comparePriority(i, c, last, lk) == 0) {
        addLoser(i);
      }
    }
  }
}
