package org.zhengbing.core.quota;

import com.google.common.math.LongMath;
import java.math.BigInteger;
import java.math.RoundingMode;
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
 *
 * <p>Fast paths. When the products fit in a {@code long} (nearly every real input: {@code total × weight sum}
 * below 2^63), largest remainder divides by a precomputed reciprocal and finds the threshold remainder with a
 * histogram, and the divisor methods estimate the divisor on a sample, confirm it with one counting pass and rank
 * only the few places near it exactly; nothing is allocated per unit and nothing is rounded. Otherwise, or if the
 * search does not settle, the general path above runs; it is also the oracle the fast paths are tested against
 * ({@code generalOnly}).
 *
 * <p>Fixed-point paths. From {@link #FIXED_POINT_UNITS} units without floors or caps, the threshold is searched
 * instead with counting passes that are only multiplications, additions and shifts ({@link FixedPointCounts}), which
 * the JIT compiler runs on vector lanes: the divisor methods at divisors {@code 2^s / L}, largest remainder by
 * shifting the remainders (when {@code P w + Q < 2^31}, with an exact reciprocal), first places by a threshold
 * weight. Each pass counts two points; a few passes bracket the total, one pass writes the counts and collects the
 * places in the bracket, and those are ranked exactly as on the other paths. The counts are exact integers, so the
 * result is the same; if the search does not settle in a few passes the scalar paths run ({@code fixedPoint}
 * false keeps them covered by tests).
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

  private final int capacity;
  /** When set, every call takes the general path (heap, BigInteger where needed); tests compare the two. */
  /** The general path only (the oracle), or also the scalar {@code long} paths, or also the fixed-point paths. */
  private final boolean generalOnly;
  private final boolean fixedPoint;
  private int[] work = new int[0];
  private int[] count = new int[0];
  private long[] rem = new long[0];
  private byte[] state = new byte[0];
  private boolean statesWritten;
  private int[] hist = new int[0];
  private int[] candidates = new int[0];
  private long[] candidateKeys = new long[0];
  private int[] entryUnits = new int[0];
  private int[] entryPlaces = new int[0];
  private int entryCount;
  /** Every unit with a weight tied for a first place (Huntington-Hill or Adams); the lists are built on demand. */
  boolean firstPlacesTied;
  /** Which path gave the last result: {@code "general"}, {@code "long"} or {@code "fixed-point"}; for tests. */
  String lastPath = "";
  private int @Nullable [] lastOut;
  private int[] tiedWinners = new int[16];
  private int[] tiedLosers = new int[16];

  // inputs of the current call
  private int method;
  private long[] w = new long[0];
  private int @Nullable [] floor;
  private int @Nullable [] cap;
  private int from;
  private int lastTo;
  private long maxWeight;
  private long positives;
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
    this(capacity, false);
  }

  ApportionmentKernel(int capacity, boolean generalOnly) {
    this(capacity, generalOnly, !generalOnly);
  }

  ApportionmentKernel(int capacity, boolean generalOnly, boolean fixedPoint) {
    this.capacity = capacity;
    this.generalOnly = generalOnly;
    this.fixedPoint = fixedPoint && !generalOnly;
  }

  /** Allocates the scratch arrays of the general paths (the fast paths need less). */
  private void ensureGeneralScratch() {
    if (work.length < capacity) {
      work = new int[capacity];
    }
    ensureState();
  }

  private void ensureState() {
    if (state.length < capacity) {
      state = new byte[capacity];
    }
    statesWritten = true;
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
    return capacity;
  }

  /** The state of unit {@code i} (relative to {@code from}) after the last call. */
  byte state(int relative) {
    return statesWritten ? state[relative] : FREE;
  }

  int[] winners() {
    if (firstPlacesTied) {
      return firstPlaceTies(w, floor, cap, lastOut, from, lastTo, true);
    }
    return Arrays.copyOf(tiedWinners, winnerCount);
  }

  int[] losers() {
    if (firstPlacesTied) {
      return firstPlaceTies(w, floor, cap, lastOut, from, lastTo, false);
    }
    return Arrays.copyOf(tiedLosers, loserCount);
  }

  boolean tied() {
    return winnerCount > 0 || firstPlacesTied;
  }

  /**
   * The units of a first-places tie in {@code [from, to)}: those with a weight, no floor and room under their cap,
   * that got a place ({@code won}) or not.
   */
  static int[] firstPlaceTies(long[] w, int @Nullable [] floor, int @Nullable [] cap, int[] places, int from,
      int to, boolean won) {
    int c = 0;
    int[] found = new int[16];
    for (int i = from; i < to; i++) {
      boolean eligible = w[i] > 0 && (floor == null || floor[i] == 0) && (cap == null || cap[i] > 0);
      if (eligible && (places[i] > 0) == won) {
        if (c == found.length) {
          found = Arrays.copyOf(found, c * 2);
        }
        found[c++] = i;
      }
    }
    return Arrays.copyOf(found, c);
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
    apportion(m, total, weights, floors, caps, from, to, out, tieOrder, -1);
  }

  /** As above, with the sum of the weights in {@code [from, to)} already known ({@code -1} if not). */
  void apportion(ApportionmentMethod m, long total, long[] weights, int @Nullable [] floors, int @Nullable [] caps,
      int from, int to, int[] out, TieOrder tieOrder, long knownWeightSum) {
    apportion(m, total, weights, floors, caps, from, to, out, tieOrder, knownWeightSum, -1, -1);
  }

  /**
   * As above, with the sum of the weights, the largest weight and the number of units with a weight already known
   * ({@code -1} if not).
   */
  void apportion(ApportionmentMethod m, long total, long[] weights, int @Nullable [] floors, int @Nullable [] caps,
      int from, int to, int[] out, TieOrder tieOrder, long knownWeightSum, long knownMaxWeight,
      long knownPositives) {
    this.method = m.ordinal();
    this.lastTo = to;
    this.maxWeight = knownMaxWeight;
    this.positives = knownPositives;
    firstPlacesTied = false;
    lastOut = null;
    lastPath = "long";
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
    statesWritten = false;
    long sum = knownWeightSum;
    if (sum < 0) {
      sum = 0;
      for (int i = from; i < to; i++) {
        sum = Math.addExact(sum, weights[i]);
      }
    }
    weightSum = sum;
    if (m == ApportionmentMethod.LARGEST_REMAINDER) {
      largestRemainder(total, to, out);
    } else if (generalOnly || !divisorFast(total, to, out)) {
      winnerCount = 0;
      loserCount = 0;
      thresholdUnit = -1;
      thresholdPlace = -1;
      ensureGeneralScratch();
      if (count.length < capacity) {
        count = new int[capacity];
      }
      lastPath = "general";
      divisor(total, to, out);
    }
  }

  // ------------------------------------------------------------------------------------------ largest remainder

  private void largestRemainder(long total, int to, int[] out) {
    int n = to - from;
    long wSum = weightSum;
    if (wSum == 0) {
      ensureState();
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
      if (floor != null || cap != null) {
        ensureState();
        Arrays.fill(state, 0, n, FREE);
      }
    } else {
      constrained = true;
      ensureState();
      long[] pq = constrainedScale(total, to);
      p = pq[0];
      q = pq[1];
    }
    scaleNumerator = p;
    scaleDenominator = q;
    if (fixedPoint && !binds && floor == null && cap == null && to - from >= FIXED_POINT_UNITS) {
      ensureWeightStats(to);
      if (largestRemainderFixedPoint(p, q, maxWeight, to, out)) {
        return;
      }
    }
    if (!generalOnly && largestRemainderFast(p, q, binds, to, out)) {
      return;
    }
    ensureGeneralScratch();
    lastPath = "general";
    if (!binds) {
      Arrays.fill(state, 0, n, FREE);
    }
    if (rem.length < capacity) {
      rem = new long[capacity];
    }
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

  // ------------------------------------------------------------------------------------------ largest remainder, fast

  /** The number of bits of the histograms that locate the threshold remainder or weight. */
  private static final int BUCKET_BITS = 12;

  private int[] histogram(int buckets) {
    if (hist.length < buckets) {
      hist = new int[buckets];
    } else {
      Arrays.fill(hist, 0, buckets, 0);
    }
    return hist;
  }

  private void ensureCandidates(int size) {
    if (candidates.length < size) {
      candidates = new int[size];
      candidateKeys = new long[size];
    }
  }

  /**
   * The shift that maps values in {@code [0, max]} to at most about {@code n} buckets (between 2^4 and
   * {@code 2^BUCKET_BITS}), keeping their order: small apportionments in a cascade clear small histograms.
   */
  private static int bucketShift(long max, int n) {
    int bits = Math.max(4, Math.min(BUCKET_BITS, 32 - Integer.numberOfLeadingZeros(n)));
    return Math.max(0, 64 - Long.numberOfLeadingZeros(max) - bits);
  }

  /**
   * Largest remainder in {@code long} arithmetic, when {@code p * q} fits (every free unit's {@code p * w} then fits
   * too): one pass computes the whole parts with a reciprocal ({@link Wide#quotient}) and a histogram of the
   * remainders' top bits; the histogram gives the threshold bucket, a second pass hands the places above it and
   * collects the few units in it, and only those are compared exactly. Same result as the general path, which sorts
   * nothing but selects with exact comparisons over all units. Returns false (doing nothing) if it does not apply.
   */
  private boolean largestRemainderFast(long p, long q, boolean binds, int to, int[] out) {
    if (q <= 0 || !Wide.productFits(p, q)) {
      return false;
    }
    long[] ws = w;
    long m = Wide.reciprocal(q);
    int shift = bucketShift(q - 1, to - from);
    int buckets = (int) ((q - 1) >>> shift) + 1;
    int[] h = histogram(buckets);
    long given = 0;
    int free = 0;
    if (!binds) {
      for (int i = from; i < to; i++) {
        long x = p * ws[i];
        long whole = Wide.quotient(x, q, m);
        out[i] = (int) whole;
        given += whole;
        h[(int) ((x - whole * q) >>> shift)]++;
      }
      free = to - from;
    } else {
      for (int i = from; i < to; i++) {
        byte st = state[i - from];
        if (st != FREE) {
          out[i] = st == AT_FLOOR ? floorOf(i) : capOf(i);
          continue;
        }
        long x = p * ws[i];
        long whole = Wide.quotient(x, q, m);
        out[i] = (int) whole;
        given += whole;
        h[(int) ((x - whole * q) >>> shift)]++;
        free++;
      }
    }
    long leftover = p - given;
    if (leftover <= 0) {
      return true;
    }
    if (leftover >= free) {
      for (int i = from; i < to; i++) {
        if (!binds || state[i - from] == FREE) {
          out[i]++;
        }
      }
      return true;
    }
    int tb = buckets - 1;
    long above = 0;
    while (above + h[tb] < leftover) {
      above += h[tb];
      tb--;
    }
    int wanted = (int) (leftover - above);
    int inBucket = h[tb];
    ensureCandidates(inBucket);
    int[] cand = candidates;
    long[] keys = candidateKeys;
    int c = 0;
    for (int i = from; i < to; i++) {
      if (binds && state[i - from] != FREE) {
        continue;
      }
      long r = p * ws[i] - out[i] * q;
      int b = (int) (r >>> shift);
      // branch-free: about half the units are above the threshold bucket, in no predictable order
      out[i] += (tb - b) >>> 31;
      if (b == tb) {
        cand[c] = i;
        keys[c] = r;
        c++;
      }
    }
    finishByKey(cand, keys, c, wanted, out);
    return true;
  }

  /**
   * Gives one more place each to the {@code wanted} best of the {@code c} candidates (larger key, larger weight,
   * then tie order) and records a tie at the threshold key.
   */
  private void finishByKey(int[] cand, long[] keys, int c, int wanted, int[] out) {
    if (wanted < c) {
      selectByKey(cand, keys, c, wanted);
    }
    for (int k = 0; k < wanted; k++) {
      out[cand[k]]++;
    }
    if (wanted < c) {
      int lastWinner = 0;
      for (int k = 1; k < wanted; k++) {
        if (keyBetter(cand, keys, lastWinner, k)) {
          lastWinner = k;
        }
      }
      int firstLoser = wanted;
      for (int k = wanted + 1; k < c; k++) {
        if (keyBetter(cand, keys, k, firstLoser)) {
          firstLoser = k;
        }
      }
      long r = keys[lastWinner];
      if (r == keys[firstLoser]) {
        for (int k = 0; k < c; k++) {
          if (keys[k] == r) {
            if (k < wanted) {
              addWinner(cand[k]);
            } else {
              addLoser(cand[k]);
            }
          }
        }
        Arrays.sort(tiedWinners, 0, winnerCount);
        Arrays.sort(tiedLosers, 0, loserCount);
      }
    }
  }

  /** Whether candidate position a goes before b: larger key (remainder or weight), larger weight, then tie order. */
  private boolean keyBetter(int[] cand, long[] keys, int a, int b) {
    if (keys[a] != keys[b]) {
      return keys[a] > keys[b];
    }
    int ua = cand[a];
    int ub = cand[b];
    if (w[ua] != w[ub]) {
      return w[ua] > w[ub];
    }
    return order.compare(ua, ub) < 0;
  }

  /** Rearranges the first {@code n} candidates so that the first {@code k} are the {@code k} best by key. */
  private void selectByKey(int[] cand, long[] keys, int n, int k) {
    int left = 0;
    int right = n - 1;
    while (right > left) {
      int mid = (left + right) >>> 1;
      int pivot = keyBetter(cand, keys, left, mid)
          ? (keyBetter(cand, keys, mid, right) ? mid : keyBetter(cand, keys, left, right) ? right : left)
          : (keyBetter(cand, keys, left, right) ? left : keyBetter(cand, keys, mid, right) ? right : mid);
      swapCandidates(cand, keys, pivot, right);
      int store = left;
      for (int i = left; i < right; i++) {
        if (keyBetter(cand, keys, i, right)) {
          swapCandidates(cand, keys, i, store++);
        }
      }
      swapCandidates(cand, keys, store, right);
      if (store == k || store == k - 1) {
        return;
      } else if (store < k) {
        left = store + 1;
      } else {
        right = store - 1;
      }
    }
  }

  private static void swapCandidates(int[] cand, long[] keys, int a, int b) {
    int t = cand[a];
    cand[a] = cand[b];
    cand[b] = t;
    long u = keys[a];
    keys[a] = keys[b];
    keys[b] = u;
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

  // ------------------------------------------------------------------------------------------ fixed point

  /** Finds the largest weight and the number of units with a weight, unless the caller gave them. */
  private void ensureWeightStats(int to) {
    if (maxWeight >= 0 && positives >= 0) {
      return;
    }
    long mx = 0;
    long pos = 0;
    for (int i = from; i < to; i++) {
      long wi = w[i];
      mx = Math.max(mx, wi);
      pos += (-wi) >>> 63;
    }
    maxWeight = mx;
    positives = pos;
  }

  /**
   * From this many units, without floors or caps, the fixed-point paths run: a few passes that the JIT compiler
   * vectorises ({@link FixedPointCounts}) instead of one or two scalar passes that divide. Below it the scalar
   * paths cost less.
   */
  static final int FIXED_POINT_UNITS = 2048;

  /**
   * The search narrows the bracket until it holds at most this many places: each place costs a scan of its block
   * of units, and another counting pass costs about as much as a few hundred blocks.
   */
  private static final int FIXED_POINT_SETTLED = 128;

  /** The most places a bracket one step wide (a tie, or a coarse scale) may leave to rank one by one. */
  private static final int FIXED_POINT_ENTRIES = 4096;

  /** The most counting passes a fixed-point search makes before it leaves the work to the scalar paths. */
  private static final int FIXED_POINT_PASSES = 12;

  private final long[] pair = new long[2];
  private boolean fpHuntingtonHill;
  private boolean fpMovesA;
  private long fpA;
  private long fpB;
  private long fpC;
  private long fpE;
  private int fpS;
  private long fpLo;
  private long fpHi;
  private long fpCountLo;
  private long fpCountHi;

  /** Sets the linear form {@code ((w a + b) c >>> s) + e [w > 0]}; the point replaces a or b. */
  private void fpLinear(boolean movesA, long a, long b, long c, int s, long e) {
    fpHuntingtonHill = false;
    fpMovesA = movesA;
    fpA = a;
    fpB = b;
    fpC = c;
    fpS = s;
    fpE = e;
  }

  /** The points counted in this search, and each one's sums per block. */
  private long[] fpPoints = new long[2 * FIXED_POINT_PASSES];
  private int[][] fpBlocks = new int[2 * FIXED_POINT_PASSES][];
  private int fpCounted;

  /** Counts the places at v1 and v2 into {@link #pair}, keeping the sums per block. */
  private void fpCount(long v1, long v2, int to) {
    int blocks = FixedPointCounts.blocks(from, to);
    int k = fpCounted;
    for (int j = k; j < k + 2; j++) {
      if (fpBlocks[j] == null || fpBlocks[j].length < blocks) {
        fpBlocks[j] = new int[Math.max(blocks, capacity >>> FixedPointCounts.BLOCK_SHIFT)];
      }
    }
    fpPoints[k] = v1;
    fpPoints[k + 1] = v2;
    fpCounted = k + 2;
    if (fpHuntingtonHill) {
      FixedPointCounts.countHuntingtonHill(w, from, to, v1, v2, fpS, pair, fpBlocks[k], fpBlocks[k + 1]);
    } else if (fpMovesA) {
      FixedPointCounts.countLinear(w, from, to, v1, fpB, v2, fpB, fpC, fpS, fpE, pair, fpBlocks[k], fpBlocks[k + 1]);
    } else {
      FixedPointCounts.countLinear(w, from, to, fpA, v1, fpA, v2, fpC, fpS, fpE, pair, fpBlocks[k], fpBlocks[k + 1]);
    }
  }

  /** The sums per block at a counted point. */
  private int[] fpBlocksAt(long v) {
    for (int j = fpCounted - 1; j >= 0; j--) {
      if (fpPoints[j] == v) {
        return fpBlocks[j];
      }
    }
    throw new IllegalStateException("point not counted: " + v);
  }

  private void fpWriteRange(long v, int start, int end, int[] out) {
    if (fpHuntingtonHill) {
      FixedPointCounts.writeHuntingtonHillChunk(w, start, end, v, fpS, out);
    } else if (fpMovesA) {
      FixedPointCounts.writeLinearChunk(w, start, end, v, fpB, fpC, fpS, fpE, out);
    } else {
      FixedPointCounts.writeLinearChunk(w, start, end, fpA, v, fpC, fpS, fpE, out);
    }
  }

  private void fpWrite(long v, int to, int[] out) {
    if (fpHuntingtonHill) {
      FixedPointCounts.writeHuntingtonHill(w, from, to, v, fpS, out);
    } else if (fpMovesA) {
      FixedPointCounts.writeLinear(w, from, to, v, fpB, fpC, fpS, fpE, out);
    } else {
      FixedPointCounts.writeLinear(w, from, to, fpA, v, fpC, fpS, fpE, out);
    }
  }

  /** The search found the bracket. */
  private static final int SETTLED = 0;
  /** The places at the lowest point already reach the target (only where that point was not known to fall short). */
  private static final int AT_LOWEST = 1;
  /** The search did not settle in {@link #FIXED_POINT_PASSES} passes, or the bracket cannot narrow enough. */
  private static final int UNSETTLED = 2;

  /**
   * Finds points {@code fpLo < fpHi} in {@code [lo, hi]} with {@code C(fpLo) < target <= C(fpHi)} and at most
   * {@link #FIXED_POINT_ENTRIES} places between them, where {@code C} is the (non-decreasing) sum of the counts.
   * {@code C(hi) >= target} must hold; {@code C(lo) < target} too unless {@code lowMayReach}. Each pass counts two
   * points: first {@code estimate ± margin}, then points interpolated between the best known bounds, with a margin
   * of three square roots of the places between them.
   */
  private int fpSearch(long target, long lo, long hi, boolean lowMayReach, long estimate, long margin, int to) {
    fpCounted = 0;
    long cLo = -1;
    long cHi = -1;
    long center = estimate;
    long m = Math.max(1, margin);
    // whether the last pass found no count strictly between the bounds: the places come in groups (equal weights,
    // equal remainders) that no point can split, so narrowing further would not pay
    boolean stalled = false;
    for (int pass = 0; pass < FIXED_POINT_PASSES; pass++) {
      long p1;
      long p2;
      if (cLo >= 0 && cHi >= 0) {
        long spread = cHi - cLo;
        if (spread <= FIXED_POINT_SETTLED || ((stalled || hi - lo <= 1) && spread <= FIXED_POINT_ENTRIES)
            || (pass >= 2 && spread <= FIXED_POINT_ENTRIES)) {
          fpLo = lo;
          fpHi = hi;
          fpCountLo = cLo;
          fpCountHi = cHi;
          return SETTLED;
        }
        if (hi - lo <= 1) {
          return UNSETTLED;
        }
        long t2 = lo + ratio(target - cLo, hi - lo, spread);
        // the counts are not linear between far points, and come in steps where weights repeat
        long mm = ratio(2 * LongMath.sqrt(spread, RoundingMode.CEILING) + spread / 32 + 4, hi - lo, spread) + 1;
        p1 = Math.max(lo + 1, t2 - mm);
        p2 = Math.min(hi - 1, t2 + mm);
      } else {
        p1 = Math.max(cLo >= 0 || !lowMayReach ? lo + 1 : lo, LongMath.saturatedSubtract(center, m));
        p2 = Math.min(cHi >= 0 ? hi - 1 : hi, LongMath.saturatedAdd(center, m));
      }
      if (p1 > p2) {
        p1 = Math.min(Math.max(p1, lo), hi);
        p2 = p1;
      }
      fpCount(p1, p2, to);
      long c1 = pair[0];
      long c2 = pair[1];
      if (c1 >= target && p1 == lo && lowMayReach) {
        return AT_LOWEST;
      }
      boolean bothKnown = cLo >= 0 && cHi >= 0;
      stalled = bothKnown && (c1 == cLo || c1 == cHi) && (c2 == cLo || c2 == cHi);
      if (c1 < target) {
        lo = p1;
        cLo = c1;
      } else {
        hi = p1;
        cHi = c1;
      }
      if (c2 < target) {
        lo = p2;
        cLo = c2;
      } else if (p2 <= hi) {
        hi = p2;
        cHi = c2;
      }
      if (cLo < 0 || cHi < 0) {
        // one side only: extrapolate with the slope just seen, and widen
        m = LongMath.saturatedMultiply(m, 4);
        if (c2 < target) {
          center = c2 > c1 ? LongMath.saturatedAdd(p2, ratio(target - c2, p2 - p1, c2 - c1)) : p2 + m;
        } else {
          center = c2 > c1 ? p1 - ratio(c1 - target, p2 - p1, c2 - c1) : p1 - m;
        }
      }
    }
    return UNSETTLED;
  }

  /**
   * After a settled search, one pass: writes the counts at {@link #fpLo} and collects the places between it and
   * {@link #fpHi} (as units and place indices in the entries). Runs of blocks whose sums are equal at the two points
   * (both were counted by the search) are written in vector lanes; the others are looked at one unit at a time.
   */
  private void fpCollect(int to, int[] out) {
    long lo = fpLo;
    long hi = fpHi;
    int[] low = fpBlocksAt(lo);
    int[] high = fpBlocksAt(hi);
    int need = (int) (fpCountHi - fpCountLo);
    if (entryUnits.length < need) {
      entryUnits = new int[need];
      entryPlaces = new int[need];
    }
    int blocks = FixedPointCounts.blocks(from, to);
    int size = 1 << FixedPointCounts.BLOCK_SHIFT;
    int ne = 0;
    int run = from;
    for (int b = 0; b < blocks; b++) {
      if (high[b] == low[b]) {
        continue;
      }
      int start = from + (b << FixedPointCounts.BLOCK_SHIFT);
      int end = Math.min(to, start + size);
      if (run < start) {
        fpWriteRange(lo, run, start, out);
      }
      if (fpHuntingtonHill) {
        ne = FixedPointCounts.collectHuntingtonHill(w, start, end, lo, hi, fpS, out, entryUnits, entryPlaces, ne);
      } else if (fpMovesA) {
        ne = FixedPointCounts.collectLinear(w, start, end, lo, fpB, hi, fpB, fpC, fpS, fpE, out, entryUnits,
            entryPlaces, ne);
      } else {
        ne = FixedPointCounts.collectLinear(w, start, end, fpA, lo, fpA, hi, fpC, fpS, fpE, out, entryUnits,
            entryPlaces, ne);
      }
      run = end;
    }
    if (run < to) {
      fpWriteRange(lo, run, to, out);
    }
    entryCount = ne;
  }

  /**
   * Largest remainder without floors or caps when {@code P w + Q < 2^31} for every unit: the whole quota plus one
   * for a remainder of at least {@code Q - b} is {@code floor((P w + b) / Q)}, computed with a multiplier exact for
   * numerators below 2^31 (Granlund and Montgomery), so the search moves {@code b} and counts in vector lanes; the
   * units whose remainders fall in the final bracket are ranked exactly as on the other paths.
   */
  private boolean largestRemainderFixedPoint(long p, long q, long maxW, int to, int[] out) {
    int n = to - from;
    if (n < FIXED_POINT_UNITS || q >= 1L << 31 || maxW > (1L << 31) / Math.max(1, p)
        || p * maxW + q > 1L << 31) {
      return false;
    }
    int l = 64 - Long.numberOfLeadingZeros(q - 1);
    int s = 31 + l;
    long multiplier = (1L << s) / q + 1;
    fpLinear(false, p, 0, multiplier, s, 0);
    // the remainders need not be spread evenly (equal weights share one): a tenth of the units either side
    long margin = ratio(n / 10 + LongMath.sqrt(n, RoundingMode.CEILING) + 64, q, n);
    int status = fpSearch(p, 0, q - 1, true, q / 2, margin, to);
    if (status == UNSETTLED) {
      return false;
    }
    lastPath = "fixed-point";
    if (status == AT_LOWEST) {
      fpWrite(0, to, out);
      return true;
    }
    lastPath = "fixed-point";
    fpCollect(to, out);
    int c = entryCount;
    ensureCandidates(c);
    for (int k = 0; k < c; k++) {
      int i = entryUnits[k];
      candidates[k] = i;
      candidateKeys[k] = p * w[i] % q;
    }
    finishByKey(candidates, candidateKeys, c, (int) (p - fpCountLo), out);
    return true;
  }

  /**
   * Divisor methods without floors or caps: the places at the divisor {@code 2^s / L} are counted in vector lanes
   * ({@link FixedPointCounts}) with {@code s} as large as the weights allow, the search moves {@code L}, and the
   * places whose priorities fall in the final bracket are ranked exactly ({@link #finishEntries}). The places at
   * any divisor {@code λ} lie within {@code n} of {@code W λ}, which bounds the search.
   */
  private boolean divisorFixedPoint(long total, long maxW, int to, int[] out) {
    int n = to - from;
    long wSum = weightSum;
    if (n < FIXED_POINT_UNITS || maxW <= 0) {
      return false;
    }
    boolean hh = method == HUNTINGTON_HILL;
    BigInteger bw = BigInteger.valueOf(wSum);
    BigInteger upper = BigInteger.valueOf(total).add(BigInteger.valueOf(n + 1L));
    BigInteger bMax = BigInteger.valueOf(maxW);
    int s = hh ? 31 : 61;
    long lMax = -1;
    for (; s >= 8; s--) {
      BigInteger lm = upper.shiftLeft(s).divide(bw).add(BigInteger.TWO);
      BigInteger x = lm.multiply(bMax);
      BigInteger bound = hh ? x.shiftLeft(s) : x.add(BigInteger.ONE.shiftLeft(s));
      if (bound.bitLength() <= 62) {
        lMax = lm.longValueExact();
        break;
      }
    }
    // a step of L must move few places, or the bracket cannot narrow
    if (lMax < 0 || (wSum >> s) > FIXED_POINT_ENTRIES / 16) {
      return false;
    }
    long lowTotal = total - n - 1;
    long lo = lowTotal <= 0 ? 0 : BigInteger.valueOf(lowTotal).shiftLeft(s).divide(bw).longValueExact();
    long bias = method == D_HONDT ? n / 2 : method == ADAMS ? -(n / 2) : 0;
    long estimate = BigInteger.valueOf(total + bias).shiftLeft(s).divide(bw).longValueExact();
    // the estimate assumes many places per unit; with few, the rounding shifts the count by up to a tenth or so
    long margin = BigInteger.valueOf(total / 10 + LongMath.sqrt(n, RoundingMode.CEILING) + 64).shiftLeft(s).divide(bw)
        .longValueExact() + 1;
    if (hh) {
      fpHuntingtonHill = true;
      fpMovesA = true;
      fpS = s;
    } else {
      fpLinear(true, 0, method == SAINTE_LAGUE ? 1L << (s - 1) : 0, 1, s, method == ADAMS ? 1 : 0);
    }
    if (fpSearch(total, lo, lMax, false, estimate, margin, to) != SETTLED) {
      return false;
    }
    lastPath = "fixed-point";
    fpCollect(to, out);
    finishEntries((int) (total - fpCountLo), to, out, 0, Long.MAX_VALUE);
    return true;
  }

  /**
   * Huntington-Hill or Adams without floors or caps when only first places are given: {@code [w >= θ]} is the
   * linear count {@code (w + 2^62 - θ) >>> 62}, so the search moves the threshold weight θ in vector lanes, starting
   * from a sample's quantiles; the units of the threshold weight are ranked by the declared rule. Every unit with a
   * weight ties (first places have infinite priority); the tie is recorded as such, not unit by unit.
   */
  private boolean firstPlacesFixedPoint(long wanted, long maxW, long positives, int to, int[] out) {
    int n = to - from;
    if (n < FIXED_POINT_UNITS || maxW <= 0 || maxW >= 1L << 61) {
      return false;
    }
    int stride = Math.max(1, n / SAMPLE);
    int ms = 0;
    long[] sample = new long[(n + stride - 1) / stride];
    for (int i = from; i < to; i += stride) {
      sample[ms++] = w[i];
    }
    Arrays.sort(sample, 0, ms);
    // the sample's rank of the threshold, counted from the heaviest, with three standard errors either side
    long rank = ratio(wanted, ms, n);
    long err = 3 * LongMath.sqrt(ms, RoundingMode.CEILING) + 2;
    long heavy = sample[(int) Math.max(0, Math.min(ms - 1, ms - 1 - (rank - err)))];
    long light = sample[(int) Math.max(0, Math.min(ms - 1, ms - 1 - (rank + err)))];
    long top = 1L << 62;
    fpLinear(false, 1, 0, 1, 62, 0);
    long lo = top - maxW - 1;
    long hi = top - 1;
    long pl = Math.max(lo + 1, top - heavy);
    long ph = Math.min(hi, top - Math.max(1, light));
    if (fpSearch(wanted, lo, hi, false, pl + (ph - pl) / 2, Math.max(1, (ph - pl) / 2), to) != SETTLED) {
      return false;
    }
    lastPath = "fixed-point";
    fpCollect(to, out);
    int c = entryCount;
    ensureCandidates(c);
    for (int k = 0; k < c; k++) {
      int i = entryUnits[k];
      candidates[k] = i;
      candidateKeys[k] = w[i];
    }
    giveFirstPlaces(candidates, candidateKeys, c, (int) (wanted - fpCountLo), wanted < positives, out);
    return true;
  }

  // ------------------------------------------------------------------------------------------ divisor methods

  private static final int D_HONDT = ApportionmentMethod.D_HONDT.ordinal();
  private static final int SAINTE_LAGUE = ApportionmentMethod.SAINTE_LAGUE.ordinal();
  private static final int HUNTINGTON_HILL = ApportionmentMethod.HUNTINGTON_HILL.ordinal();
  private static final int ADAMS = ApportionmentMethod.ADAMS.ordinal();

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

  // ------------------------------------------------------------------------------------------ divisor methods, fast

  /** The points (ends included) at which a counting pass evaluates the places, to bracket the divisor. */
  private static final int COUNT_POINTS = 5;

  /** Block sampling: every {@code BLOCK_STEP}-th run of {@code BLOCK} consecutive units. */
  private static final int BLOCK = 64;
  private static final int BLOCK_STEP = 8;

  /** Below this many units the general path's few passes and short heap cost less than the search. */
  private static final int FAST_DIVISOR_UNITS = 64;

  /** Units sampled to estimate the divisor. */
  private static final int SAMPLE = 1024;

  private long recipW;
  private long sumLow;
  private long sumHigh;
  private boolean overflowed;

  /**
   * The places a unit of weight {@code w} gets at scale {@code t / W} before its floor and cap, from
   * {@code fl = floor(t w / W)} and {@code r = t w mod W}, for {@code t > 0}: its places whose priority is at least
   * {@code W / t}. Needs {@code W < 2^56}.
   */
  private long rawCount(long fl, long r, long wSum) {
    return rawCount(method, fl, r, wSum);
  }

  private static long rawCount(int method, long fl, long r, long wSum) {
    if (method == D_HONDT) {
      return fl;
    } else if (method == SAINTE_LAGUE) {
      // fl + 1 when 2r >= W, without a branch (r < W < 2^56)
      return fl + ((wSum - r - r - 1) >>> 63);
    } else if (method == HUNTINGTON_HILL) {
      if (fl == 0) {
        return 1;
      }
      if (r >= wSum - r) {
        return fl + 1;
      }
      // the fraction must reach sqrt(fl (fl + 1)) - fl, which is above 0.41 for every fl >= 1
      if (r * 100 < wSum * 41) {
        return fl;
      }
      return Wide.compareTriples(r, r, 1, fl, wSum, wSum - r - r) >= 0 ? fl + 1 : fl;
    }
    return fl + 1;
  }

  /** Unit i's places at scale {@code t / W}, within its floor and cap. */
  private long countAt(int i, long t) {
    int f = floorOf(i);
    long wi = w[i];
    if (wi == 0 || t == 0) {
      return f;
    }
    long x = t * wi;
    long fl = Wide.quotient(x, weightSum, recipW);
    long raw = rawCount(fl, x - fl * weightSum, weightSum);
    return Math.max(f, Math.min(capOf(i), raw));
  }

  private long sampleSum(long t, int stride, int to) {
    long s = 0;
    for (int i = from; i < to; i += stride) {
      s += countAt(i, t);
    }
    return s;
  }

  /**
   * Divisor methods in {@code long} arithmetic. The places at scale {@code t / W} (every place whose priority is at
   * least {@code W / t}) grow with {@code t}; a sample of the units estimates the {@code t} at which they reach the
   * total, a pass over all units at two values of {@code t} brackets it, and a pass over a bracket narrowed by
   * interpolation collects the few places whose priorities fall inside it; those are ranked exactly
   * ({@link #comparePlaces}) and the best are given. If the first places have infinite priority (Huntington-Hill,
   * Adams) and the total does not reach past them, the units are ranked by weight with a histogram instead. Same
   * result as the general path; returns false (leaving the general path to run) if {@code t * W} could overflow or
   * the search does not settle.
   */
  private boolean divisorFast(long total, int to, int[] out) {
    long wSum = weightSum;
    int n = to - from;
    if (wSum == 0 || total == 0 || wSum >= 1L << 56 || n < FAST_DIVISOR_UNITS) {
      return false;
    }
    winnerCount = 0;
    loserCount = 0;
    thresholdUnit = -1;
    thresholdPlace = -1;
    recipW = Wide.reciprocal(wSum);
    long tLimit = (1L << 62) / wSum;
    long floors = 0;
    if (floor != null) {
      for (int i = from; i < to; i++) {
        floors += floor[i];
      }
    }
    if (total <= floors || tLimit < 2) {
      return false;
    }
    boolean lanes = fixedPoint && floor == null && cap == null && n >= FIXED_POINT_UNITS;
    if (lanes) {
      ensureWeightStats(to);
    }
    if (method == HUNTINGTON_HILL || method == ADAMS) {
      long firstPlaces = 0;
      if (lanes) {
        firstPlaces = positives;
      } else {
        for (int i = from; i < to; i++) {
          firstPlaces += w[i] > 0 && floorOf(i) == 0 && capOf(i) > 0 ? 1 : 0;
        }
      }
      if (total <= floors + firstPlaces) {
        if (!lanes || !firstPlacesFixedPoint(total - floors, maxWeight, positives, to, out)) {
          firstPlacesOnly(total - floors, to, out);
        }
        return true;
      }
    }
    if (lanes && divisorFixedPoint(total, maxWeight, to, out)) {
      return true;
    }
    // estimate on a sample: the least t at which the sample's places, scaled up, reach the total
    int stride = Math.max(1, n / SAMPLE);
    int ms = (n + stride - 1) / stride;
    long lo = 0;
    long hi = Math.max(1, Math.min(total, tLimit));
    while (Wide.compareProducts(sampleSum(hi, stride, to), n, total, ms) < 0) {
      if (hi >= tLimit) {
        return false;
      }
      lo = hi;
      hi = Math.min(tLimit, hi * 2);
    }
    long width = stride == 1 ? 1 : Math.max(1, hi >> 8);
    while (hi - lo > width) {
      long mid = lo + (hi - lo) / 2;
      if (Wide.compareProducts(sampleSum(mid, stride, to), n, total, ms) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    long a = 0;
    long sa = floors;
    long b = -1;
    long sb = 0;
    long pl;
    long ph;
    boolean collect;
    if (stride == 1) {
      pl = lo;
      ph = hi;
      collect = true;
    } else {
      long spread = estimateSpread(hi, stride, to);
      pl = Math.max(0, hi - spread);
      ph = Math.min(tLimit, hi + spread);
      collect = false;
      if (floor == null && cap == null && n >= BLOCK * BLOCK_STEP * 16) {
        long[] window = blockEstimate(pl, ph, total, to);
        if (window != null) {
          pl = window[0];
          ph = window[1];
          collect = true;
        }
      }
    }
    long[] points = new long[COUNT_POINTS];
    long[] sums = new long[COUNT_POINTS];
    for (int iteration = 0; iteration < 24; iteration++) {
      int np;
      if (collect) {
        int limit = ph - pl <= 1 ? Integer.MAX_VALUE - 16 : Math.max(4096, n >> 3);
        collectPass(pl, ph, limit, to, out);
        if (sumLow < total && total <= sumHigh && !overflowed) {
          finishEntries((int) (total - sumLow), to, out, pl, ph);
          return true;
        }
        points[0] = pl;
        points[1] = ph;
        sums[0] = sumLow;
        sums[1] = sumHigh;
        np = 2;
      } else {
        np = 0;
        for (int k = 0; k < COUNT_POINTS; k++) {
          long t = pl + ratio(ph - pl, k, COUNT_POINTS - 1);
          if (np == 0 || t > points[np - 1]) {
            points[np++] = t;
          }
        }
        countPass(points, np, sums, to);
      }
      for (int k = 0; k < np; k++) {
        long t = points[k];
        long st = sums[k];
        if (st < total) {
          if (t >= a) {
            a = t;
            sa = st;
          }
        } else if (b < 0 || t < b) {
          b = t;
          sb = st;
        }
      }
      long sl = sums[0];
      long sh = sums[np - 1];
      if (b < 0) {
        if (ph >= tLimit) {
          return false;
        }
        long step = sh > sl ? ratio(total - sa, ph - pl, sh - sl) * 2 + 1 : Math.max(1, ph);
        step = Math.max(step, 1);
        pl = a;
        ph = Math.min(tLimit, a + Math.min(step, tLimit));
        collect = false;
        continue;
      }
      long spread = sb - sa;
      if (b - a <= 1 || spread <= 4096) {
        pl = a;
        ph = b;
      } else {
        long t2 = a + ratio(total - sa, b - a, spread);
        long margin = ratio(3 * LongMath.sqrt(spread, RoundingMode.CEILING) + 8, b - a, spread) + 1;
        pl = Math.max(a, t2 - margin);
        ph = Math.min(b, t2 + margin);
      }
      collect = true;
    }
    return false;
  }

  /**
   * Without floors or caps: counts a block sample (one unit in {@code BLOCK_STEP}, in runs that read whole cache
   * lines) at points across {@code [pl, ph]}, estimates the places of all units at each point with the weights as a
   * control variate ({@code S(t) = t + (n / ms) sum(c_i - t w_i / W)} over the sample), and returns a window around
   * the interpolated divisor wide enough for the sampling error, or null if the estimates do not cross the total.
   */
  private long @Nullable [] blockEstimate(long pl, long ph, long total, int to) {
    int n = to - from;
    long[] points = new long[COUNT_POINTS];
    int np = 0;
    for (int k = 0; k < COUNT_POINTS; k++) {
      long t = pl + ratio(ph - pl, k, COUNT_POINTS - 1);
      if (np == 0 || t > points[np - 1]) {
        points[np++] = t;
      }
    }
    if (np < 2) {
      return null;
    }
    long[] sums = new long[np];
    long[] sample = countPass(points, np, sums, to, BLOCK, BLOCK_STEP);
    long ms = sample[0];
    BigInteger bw = BigInteger.valueOf(weightSum);
    BigInteger sampleWeight = BigInteger.valueOf(sample[1]);
    BigInteger scale = BigInteger.valueOf(ms).multiply(bw);
    BigInteger[] est = new BigInteger[np];
    for (int k = 0; k < np; k++) {
      // (S_s W - t Ws) n / (ms W) + t
      BigInteger t = BigInteger.valueOf(points[k]);
      est[k] = BigInteger.valueOf(sums[k]).multiply(bw).subtract(t.multiply(sampleWeight))
          .multiply(BigInteger.valueOf(n)).divide(scale).add(t);
    }
    BigInteger target = BigInteger.valueOf(total);
    for (int k = 0; k + 1 < np; k++) {
      if (est[k].compareTo(target) < 0 && est[k + 1].compareTo(target) >= 0) {
        BigInteger rise = est[k + 1].subtract(est[k]);
        BigInteger run = BigInteger.valueOf(points[k + 1] - points[k]);
        long t2 = points[k] + target.subtract(est[k]).multiply(run).divide(rise).longValueExact();
        // three standard errors of the estimate, with the deviations' variance taken as 1/8 (1/2 for H-H)
        long variance = method == HUNTINGTON_HILL ? 2 : 8;
        long errorPlaces = 3 * LongMath.sqrt(LongMath.saturatedMultiply(n, n) / Math.max(1, ms) / variance,
            RoundingMode.CEILING) + 16;
        long margin = BigInteger.valueOf(errorPlaces).multiply(run).divide(rise).longValueExact() + 1;
        return new long[] {Math.max(0, t2 - margin), t2 + margin};
      }
    }
    return null;
  }

  /** {@code floor(x * y / z)} for non-negative arguments, saturating at {@code 2^62}. */
  private static long ratio(long x, long y, long z) {
    BigInteger q = BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)).divide(BigInteger.valueOf(z));
    return q.bitLength() > 62 ? 1L << 62 : q.longValue();
  }

  /**
   * How far in {@code t} the sample's estimate may be off: three standard errors of the scaled sample sum at
   * {@code t}, divided by the sample's slope around {@code t}.
   */
  private long estimateSpread(long t, int stride, int to) {
    long g = Math.max(1, t >> 4);
    long ds = sampleSum(t + g, stride, to) - sampleSum(Math.max(0, t - g), stride, to);
    if (ds <= 0) {
      return Math.max(1, t);
    }
    BigInteger sum = BigInteger.ZERO;
    BigInteger squares = BigInteger.ZERO;
    long ms = 0;
    for (int i = from; i < to; i += stride) {
      BigInteger c = BigInteger.valueOf(countAt(i, t));
      sum = sum.add(c);
      squares = squares.add(c.multiply(c));
      ms++;
    }
    // sd * sqrt(ms) = sqrt(ms * squares - sum^2) / sqrt(ms); spread = 3 * sd * n / sqrt(ms) / (ds * n / (ms * 2g))
    BigInteger v = squares.multiply(BigInteger.valueOf(ms)).subtract(sum.multiply(sum));
    BigInteger spread = v.sqrt().add(BigInteger.ONE).multiply(BigInteger.valueOf(6 * g))
        .divide(BigInteger.valueOf(Math.max(1, LongMath.sqrt(ms, RoundingMode.FLOOR)) * ds));
    return spread.bitLength() > 61 ? 1L << 61 : Math.max(1, spread.longValue());
  }

  /**
   * Counts every unit's places at {@code tL} (into {@code out}) and {@code tH}, their sums into {@code sumLow} and
   * {@code sumHigh}, and collects up to {@code limit} places in between ({@code overflowed} if there were more).
   */
  private void collectPass(long tL, long tH, int limit, int to, int[] out) {
    long wSum = weightSum;
    long m = recipW;
    long dt = tH - tL;
    long sl = 0;
    long sh = 0;
    int ne = 0;
    boolean over = false;
    long[] ws = w;
    int meth = method;
    boolean plain = floor == null && cap == null;
    for (int i = from; i < to; i++) {
      long wi = ws[i];
      int f = plain ? 0 : floorOf(i);
      long cl;
      long ch;
      if (wi == 0) {
        cl = f;
        ch = f;
      } else {
        long x = tL * wi;
        long fl = Wide.quotient(x, wSum, m);
        long r = x - fl * wSum;
        long rawL = tL == 0 ? 0 : rawCount(meth, fl, r, wSum);
        r += dt * wi;
        if (r >= wSum) {
          if (r < wSum + wSum) {
            fl++;
            r -= wSum;
          } else {
            long k = Wide.quotient(r, wSum, m);
            fl += k;
            r -= k * wSum;
          }
        }
        long rawH = rawCount(meth, fl, r, wSum);
        if (plain) {
          cl = rawL;
          ch = rawH;
        } else {
          int c = capOf(i);
          cl = Math.max(f, Math.min(c, rawL));
          ch = Math.max(f, Math.min(c, rawH));
        }
      }
      out[i] = (int) cl;
      sl += cl;
      sh += ch;
      if (ch > cl && limit > 0) {
        for (long k = cl; k < ch; k++) {
          if (ne < limit) {
            if (ne == entryUnits.length) {
              int size = (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(1024L, 2L * ne));
              entryUnits = Arrays.copyOf(entryUnits, size);
              entryPlaces = Arrays.copyOf(entryPlaces, size);
            }
            entryUnits[ne] = i;
            entryPlaces[ne] = (int) k;
            ne++;
          } else {
            over = true;
          }
        }
      }
    }
    sumLow = sl;
    sumHigh = sh;
    entryCount = ne;
    overflowed = over;
  }

  /**
   * Sums every unit's places at each of the increasing points {@code ts[0..np)} into {@code sums}: one exact
   * division per unit at the first point, then additions.
   */
  private void countPass(long[] ts, int np, long[] sums, int to) {
    countPass(ts, np, sums, to, to - from, 1);
  }

  /**
   * As above over runs of {@code block} units, one run in {@code step}; returns the units counted and their weight.
   */
  private long[] countPass(long[] ts, int np, long[] sums, int to, int block, int step) {
    long wSum = weightSum;
    long m = recipW;
    int meth = method;
    long[] ws = w;
    int @Nullable [] fls = floor;
    int @Nullable [] cps = cap;
    long t0 = ts[0];
    long[] acc = new long[np];
    long[] dts = new long[np];
    for (int k = 1; k < np; k++) {
      dts[k] = ts[k] - ts[k - 1];
    }
    boolean plain = fls == null && cps == null;
    long counted = 0;
    long countedWeight = 0;
    for (int start = from; start < to; start += block * step) {
     int end = (int) Math.min(to, (long) start + block);
     counted += end - start;
     for (int i = start; i < end; i++) {
      long wi = ws[i];
      countedWeight += wi;
      if (wi == 0) {
        if (fls != null) {
          for (int k = 0; k < np; k++) {
            acc[k] += fls[i];
          }
        }
        continue;
      }
      long x = t0 * wi;
      long fl = Wide.quotient(x, wSum, m);
      long r = x - fl * wSum;
      int f = plain ? 0 : floorOf(i);
      int c = plain ? NO_CAP : capOf(i);
      for (int k = 0; k < np; k++) {
        if (k > 0) {
          r += dts[k] * wi;
          if (r >= wSum) {
            if (r < wSum + wSum) {
              fl++;
              r -= wSum;
            } else {
              long q = Wide.quotient(r, wSum, m);
              fl += q;
              r -= q * wSum;
            }
          }
        }
        long raw = k == 0 && t0 == 0 ? 0 : rawCount(meth, fl, r, wSum);
        acc[k] += plain ? raw : Math.max(f, Math.min(c, raw));
      }
     }
    }
    System.arraycopy(acc, 0, sums, 0, np);
    return new long[] {counted, countedWeight};
  }

  /** Gives the {@code wanted} best collected places, records the threshold and any tie, and marks bound units. */
  private void finishEntries(int wanted, int to, int[] out, long pl, long ph) {
    int ne = entryCount;
    int[] eu = entryUnits;
    int[] ek = entryPlaces;
    if (wanted < ne && !selectEntriesByStep(wanted, ne, pl, ph)) {
      selectEntries(0, wanted, ne);
    }
    int worst = 0;
    for (int k = 0; k < wanted; k++) {
      out[eu[k]]++;
      if (k > 0 && comparePlaces(eu[k], ek[k], eu[worst], ek[worst]) < 0) {
        worst = k;
      }
    }
    thresholdUnit = eu[worst];
    thresholdPlace = ek[worst];
    if (wanted < ne) {
      int best = wanted;
      for (int k = wanted + 1; k < ne; k++) {
        if (comparePlaces(eu[k], ek[k], eu[best], ek[best]) > 0) {
          best = k;
        }
      }
      if (comparePriority(eu[best], ek[best], thresholdUnit, thresholdPlace) == 0) {
        for (int k = 0; k < ne; k++) {
          if (comparePriority(eu[k], ek[k], thresholdUnit, thresholdPlace) == 0) {
            if (k < wanted) {
              addWinner(eu[k]);
            } else {
              addLoser(eu[k]);
            }
          }
        }
        Arrays.sort(tiedWinners, 0, winnerCount);
        Arrays.sort(tiedLosers, 0, loserCount);
      }
    }
    finishBounds(to, out);
  }

  /**
   * For D'Hondt, Sainte-Laguë and Adams: ranks the collected places by the least whole {@code t} at which each is
   * counted ({@code ceil(W D(k) / w)}, a step of the search), which orders places of different steps exactly, so
   * only places of the threshold step are compared one by one. Returns false (doing nothing) for Huntington-Hill,
   * a products overflow or a window too wide for the histogram.
   */
  private boolean selectEntriesByStep(int wanted, int ne, long pl, long ph) {
    long width = ph - pl;
    if (method == HUNTINGTON_HILL || width > (1 << 20) || width > 8L * ne + 4096) {
      return false;
    }
    long wSum = weightSum;
    int[] eu = entryUnits;
    int[] ek = entryPlaces;
    ensureCandidates(ne);
    long[] steps = candidateKeys;
    for (int e = 0; e < ne; e++) {
      long wi = w[eu[e]];
      long k = ek[e];
      long num;
      long den;
      if (method == D_HONDT) {
        num = k + 1;
        den = wi;
      } else if (method == SAINTE_LAGUE) {
        num = 2 * k + 1;
        den = 2 * wi;
      } else {
        num = k;
        den = wi;
      }
      if (!Wide.productFits(num, wSum) || den <= 0) {
        return false;
      }
      long step = Math.max(1, LongMath.divide(num * wSum, den, RoundingMode.CEILING));
      if (step <= pl || step > ph) {
        return false;
      }
      steps[e] = step - pl - 1;
    }
    int[] h = histogram((int) width);
    for (int e = 0; e < ne; e++) {
      h[(int) steps[e]]++;
    }
    int threshold = 0;
    int below = 0;
    while (below + h[threshold] < wanted) {
      below += h[threshold];
      threshold++;
    }
    // three-way partition: steps below the threshold, at it, above it
    int lt = 0;
    int i = 0;
    int gt = ne;
    while (i < gt) {
      long st = steps[i];
      if (st < threshold) {
        swapEntries(lt, i);
        swapSteps(steps, lt++, i++);
      } else if (st > threshold) {
        swapEntries(i, --gt);
        swapSteps(steps, i, gt);
      } else {
        i++;
      }
    }
    if (wanted < gt) {
      selectEntries(lt, wanted, gt);
    }
    return true;
  }

  private static void swapSteps(long[] steps, int a, int b) {
    long t = steps[a];
    steps[a] = steps[b];
    steps[b] = t;
  }

  /** Rearranges the collected places {@code [lo, n)} so that {@code [lo, k)} holds the best of them. */
  private void selectEntries(int lo, int k, int n) {
    int[] eu = entryUnits;
    int[] ek = entryPlaces;
    int left = lo;
    int right = n - 1;
    while (right > left) {
      int mid = (left + right) >>> 1;
      int pivot = comparePlaces(eu[left], ek[left], eu[mid], ek[mid]) > 0
          ? (comparePlaces(eu[mid], ek[mid], eu[right], ek[right]) > 0 ? mid
              : comparePlaces(eu[left], ek[left], eu[right], ek[right]) > 0 ? right : left)
          : (comparePlaces(eu[left], ek[left], eu[right], ek[right]) > 0 ? left
              : comparePlaces(eu[mid], ek[mid], eu[right], ek[right]) > 0 ? right : mid);
      swapEntries(pivot, right);
      int pu = eu[right];
      int pk = ek[right];
      int store = left;
      for (int i = left; i < right; i++) {
        if (comparePlaces(eu[i], ek[i], pu, pk) > 0) {
          swapEntries(i, store++);
        }
      }
      swapEntries(store, right);
      if (store == k || store == k - 1) {
        return;
      } else if (store < k) {
        left = store + 1;
      } else {
        right = store - 1;
      }
    }
  }

  private void swapEntries(int a, int b) {
    int t = entryUnits[a];
    entryUnits[a] = entryUnits[b];
    entryUnits[b] = t;
    t = entryPlaces[a];
    entryPlaces[a] = entryPlaces[b];
    entryPlaces[b] = t;
  }

  /**
   * Huntington-Hill or Adams when the places beyond the floors do not outnumber the units still without one: every
   * such first place has infinite priority, so they tie and go by the declared rule, larger weight first, found with
   * a histogram of the weights. The tie is recorded.
   */
  private void firstPlacesOnly(long wanted, int to, int[] out) {
    long maxW = 0;
    int eligible = 0;
    for (int i = from; i < to; i++) {
      out[i] = floorOf(i);
      if (w[i] > 0 && floorOf(i) == 0 && capOf(i) > 0) {
        eligible++;
        maxW = Math.max(maxW, w[i]);
      }
    }
    int shift = bucketShift(maxW, to - from);
    int buckets = (int) (maxW >>> shift) + 1;
    int[] h = histogram(buckets);
    for (int i = from; i < to; i++) {
      if (w[i] > 0 && floorOf(i) == 0 && capOf(i) > 0) {
        h[(int) (w[i] >>> shift)]++;
      }
    }
    int tb = buckets - 1;
    long above = 0;
    while (above + h[tb] < wanted) {
      above += h[tb];
      tb--;
    }
    int inBucket = (int) (wanted - above);
    ensureCandidates(h[tb]);
    int[] cand = candidates;
    long[] keys = candidateKeys;
    int c = 0;
    for (int i = from; i < to; i++) {
      if (w[i] > 0 && floorOf(i) == 0 && capOf(i) > 0) {
        int bucket = (int) (w[i] >>> shift);
        out[i] += (tb - bucket) >>> 31;
        if (bucket == tb) {
          cand[c] = i;
          keys[c] = w[i];
          c++;
        }
      }
    }
    giveFirstPlaces(cand, keys, c, inBucket, wanted < eligible, out);
    finishBounds(to, out);
  }

  /**
   * Gives a first place each to the {@code given} heaviest of the {@code c} candidates (larger weight, then tie
   * order), records the last of them as the threshold, and, if units with a weight went without, the tie of every
   * such unit (listed on demand, from {@code out}).
   */
  private void giveFirstPlaces(int[] cand, long[] keys, int c, int given, boolean tied, int[] out) {
    if (given < c) {
      selectByKey(cand, keys, c, given);
    }
    int worst = 0;
    for (int k = 0; k < given; k++) {
      out[cand[k]]++;
      if (k > 0 && keyBetter(cand, keys, worst, k)) {
        worst = k;
      }
    }
    thresholdUnit = cand[worst];
    thresholdPlace = 0;
    if (tied) {
      firstPlacesTied = true;
      lastOut = out;
    }
  }

  /** With floors or caps, marks which bound (the general path's rule, from the threshold place). */
  private void finishBounds(int to, int[] out) {
    if (floor == null && cap == null) {
      return;
    }
    ensureGeneralScratch();
    if (count.length < capacity) {
      count = new int[capacity];
    }
    for (int i = from; i < to; i++) {
      count[i - from] = out[i];
    }
    markBounds(to);
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
