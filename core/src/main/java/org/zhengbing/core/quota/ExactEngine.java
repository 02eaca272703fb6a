package org.zhengbing.core.quota;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The exact apportionment engine. Nothing is rounded: quotients are compared by cross-multiplication in 128 or 192
 * bits ({@link Wide}).
 *
 * <p>Largest remainder: find the exact scale {@code P/Q} (the total over the weight sum; with binding floors or
 * caps, the breakpoint {@code floor/weight} or {@code cap/weight} at which the clamped quotas reach the total, by
 * binary search), round every free quota {@code P w / Q} down, and select the units with the largest remainders
 * for the places left (quickselect).
 *
 * <p>Divisor methods: unit {@code i}'s place {@code k} (from 0) has priority {@code w_i / D(k)}, {@code D(k)} =
 * {@code k+1} (D'Hondt), {@code k+1/2} (Sainte-Laguë), {@code sqrt(k(k+1))} (Huntington-Hill) or {@code k}
 * (Adams). At the divisor {@code S/t} a unit counts its places of priority at least {@code S/t}, within its floor
 * and cap. A bracketing search finds {@code lo < hi} with {@code count(lo) < total <= count(hi)}, and only the band
 * of places counted at {@code hi} but not at {@code lo} is ranked exactly: higher priority, then larger weight,
 * then tie order.
 *
 * <p>Not thread-safe: one engine per thread.
 */
final class ExactEngine implements ApportionmentEngine {

  /** A bracket whose band holds at most this many places is ranked rather than narrowed further. */
  private static final long BAND = 1 << 14;

  private static final int[] NONE = new int[0];

  private final long[] remainder = new long[1];
  private ApportionmentEngine.Request r = ApportionmentEngine.Request.of(ApportionmentMethod.D_HONDT, 0,
      new long[0], new int[0]);
  private long[] w = new long[0];
  private int[] out = new int[0];
  private long scale;
  private long reciprocal;
  private long[] rem = new long[0];
  private int[] work = new int[0];
  private int[] bandUnit = new int[0];
  private int[] bandPlace = new int[0];

  @Override
  public Outcome apportion(Request request) {
    this.r = request;
    this.w = request.weights();
    this.out = request.out();
    long sum = 0;
    for (int i = request.from(); i < request.to(); i++) {
      sum = Math.addExact(sum, w[i]);
    }
    return request.method() == ApportionmentMethod.LARGEST_REMAINDER ? largestRemainder(sum) : divisor(sum);
  }

  // ------------------------------------------------------------------------------------------ largest remainder

  private Outcome largestRemainder(long sum) {
    int from = r.from();
    int to = r.to();
    if (sum == 0) {
      int[] all = new int[to - from];
      for (int i = from; i < to; i++) {
        out[i] = r.floor(i);
        all[i - from] = i;
      }
      return new Outcome(all, NONE, NONE, NONE, 0, 1, -1, -1);
    }
    long total = r.total();
    boolean binds = false;
    for (int i = from; i < to && !binds && (r.floors() != null || r.caps() != null); i++) {
      int c = r.room(i);
      binds = Wide.compareProducts(r.floor(i), sum, total, w[i]) > 0
          || (c != QuotaUnit.NO_CAP && Wide.compareProducts(total, w[i], c, sum) > 0);
    }
    // state: 0 free, 1 at floor, 2 at cap
    byte[] state = new byte[to - from];
    long p = total;
    long q = sum;
    if (binds) {
      long[] ab = bindingBreakpoint();
      long bounds = 0;
      q = 0;
      for (int i = from; i < to; i++) {
        int c = r.room(i);
        if (w[i] == 0 || Wide.compareProducts(r.floor(i), ab[1], ab[0], w[i]) > 0) {
          state[i - from] = 1;
          bounds += r.floor(i);
        } else if (c != QuotaUnit.NO_CAP && Wide.compareProducts(c, ab[1], ab[0], w[i]) <= 0) {
          state[i - from] = 2;
          bounds += c;
        } else {
          q += w[i];
        }
      }
      p = total - bounds;
      if (q == 0) {
        p = 0;
        q = 1;
      }
    }
    rem = grow(rem, to - from);
    work = grow(work, to - from);
    long given = 0;
    int free = 0;
    for (int i = from; i < to; i++) {
      byte s = state[i - from];
      if (s == 0) {
        long whole = Wide.divide(p, w[i], q, remainder);
        rem[i - from] = remainder[0];
        out[i] = (int) whole;
        given += whole;
        work[free++] = i;
      } else {
        out[i] = s == 1 ? r.floor(i) : r.room(i);
      }
    }
    int leftover = (int) (p - given);
    IntBinaryOperator better = (a, b) -> {
      long ra = rem[a - from];
      long rb = rem[b - from];
      return ra != rb ? Long.compare(ra, rb) : w[a] != w[b] ? Long.compare(w[a], w[b]) : -order(a, b);
    };
    int[] winners = NONE;
    int[] losers = NONE;
    if (leftover > 0 && leftover < free) {
      select(work, free, leftover, better);
      int last = worst(work, 0, leftover, better);
      int next = best(work, leftover, free, better);
      long tiedRemainder = rem[last - from];
      if (tiedRemainder == rem[next - from]) {
        winners = matching(work, 0, leftover, k -> rem[k - from] == tiedRemainder);
        losers = matching(work, leftover, free, k -> rem[k - from] == tiedRemainder);
      }
    }
    for (int k = 0; k < leftover; k++) {
      out[work[k]]++;
    }
    return new Outcome(positions(state, (byte) 1), positions(state, (byte) 2), winners, losers, p, q, -1, -1);
  }

  /** The breakpoint {@code a/b} (a floor or cap over its weight) up to which the clamped quotas stay within total. */
  private long[] bindingBreakpoint() {
    int from = r.from();
    int to = r.to();
    long[] num = new long[2 * (to - from)];
    long[] den = new long[num.length];
    int nb = 0;
    for (int i = from; i < to; i++) {
      if (w[i] > 0 && r.floor(i) > 0) {
        num[nb] = r.floor(i);
        den[nb++] = w[i];
      }
      if (w[i] > 0 && r.room(i) != QuotaUnit.NO_CAP) {
        num[nb] = r.room(i);
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
      if (clampedSumAtMost(num[idx[mid]], den[idx[mid]])) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo < 0 ? new long[] {0, 1} : new long[] {num[idx[lo]], den[idx[lo]]};
  }

  /** Whether the quotas at scale {@code a/b}, clamped to floors and caps, sum to at most the total. */
  private boolean clampedSumAtMost(long a, long b) {
    long bounds = 0;
    long free = 0;
    for (int i = r.from(); i < r.to(); i++) {
      int c = r.room(i);
      if (w[i] == 0 || Wide.compareProducts(a, w[i], r.floor(i), b) <= 0) {
        bounds += r.floor(i);
      } else if (c != QuotaUnit.NO_CAP && Wide.compareProducts(a, w[i], c, b) >= 0) {
        bounds += c;
      } else {
        free += w[i];
      }
    }
    return BigInteger.valueOf(bounds).multiply(BigInteger.valueOf(b)).add(BigInteger.valueOf(a)
        .multiply(BigInteger.valueOf(free))).compareTo(BigInteger.valueOf(r.total()).multiply(BigInteger.valueOf(b)))
        <= 0;
  }

  // ------------------------------------------------------------------------------------------ divisor methods

  private Outcome divisor(long sum) {
    int from = r.from();
    int to = r.to();
    long total = r.total();
    long floors = 0;
    for (int i = from; i < to; i++) {
      out[i] = r.floor(i);
      floors += out[i];
    }
    if (floors >= total || sum == 0) {
      return bounded(-1, -1);
    }
    scale = sum;
    reciprocal = Wide.reciprocal(scale);
    long lo = 0;
    long clo = floors;
    long hi;
    long chi;
    while (true) {
      // grow from the divisor sum/total until the count reaches the total; a coarser scale if t would overflow
      long t = total;
      long c = count(t);
      while (c < total && t < Long.MAX_VALUE / 4) {
        lo = t;
        clo = c;
        t = t + Math.max(total - c, t);
        c = count(t);
      }
      if (c >= total) {
        hi = t;
        chi = c;
        break;
      }
      scale = Math.max(1, scale >>> 20);
      reciprocal = Wide.reciprocal(scale);
      lo = 0;
      clo = floors;
    }
    if (signpost(r.method(), 0) == 0 && hi > 1) {
      // Huntington-Hill and Adams: every first place has infinite priority, so try the finest divisor first
      long c = count(1);
      if (c >= total) {
        hi = 1;
        chi = c;
      } else {
        lo = 1;
        clo = c;
      }
    }
    while (hi - lo > 1 && chi - clo > BAND) {
      // interpolate, and probe a little either side of the guess, so that both ends close in
      long width = hi - lo;
      long guess = lo + interpolate(total - clo, width, chi - clo);
      long margin = Math.max(1, width >>> 8);
      for (long t : new long[] {guess - margin, guess + margin}) {
        if (t > lo && t < hi) {
          long c = count(t);
          if (c < total) {
            lo = t;
            clo = c;
          } else {
            hi = t;
            chi = c;
          }
        }
      }
      if (hi - lo > width / 2 && hi - lo > 1) {
        long mid = lo + (hi - lo) / 2;
        long c = count(mid);
        if (c < total) {
          lo = mid;
          clo = c;
        } else {
          hi = mid;
          chi = c;
        }
      }
    }
    return rankBand(lo, hi, (int) (total - clo), (int) (chi - clo));
  }

  /** {@code floor(a * b / c)}, for the search's next guess only. */
  private static long interpolate(long a, long b, long c) {
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValue();
  }

  /** The places at divisor {@code scale/t}, within floors and caps ({@code t = 0}: the floors). */
  private long count(long t) {
    long c = 0;
    for (int i = r.from(); i < r.to(); i++) {
      c += countAt(i, t);
    }
    return c;
  }

  private int countAt(int i, long t) {
    int f = r.floor(i);
    if (w[i] == 0 || t == 0) {
      return f;
    }
    if (w[i] > scale && Wide.compareProducts(t, w[i], 1L << 31, scale) >= 0) {
      return Math.max(f, r.room(i)); // more places than any total (only on a coarse scale)
    }
    long fl;
    long rm;
    long x = t * w[i];
    if (Math.multiplyHigh(t, w[i]) == 0 && x >= 0) {
      fl = Wide.quotient(x, scale, reciprocal);
      rm = x - fl * scale;
    } else {
      fl = Wide.divide(t, w[i], scale, remainder);
      rm = remainder[0];
    }
    long raw;
    switch (r.method()) {
      case D_HONDT:
        raw = fl;
        break;
      case SAINTE_LAGUE:
        raw = rm >= scale - rm ? fl + 1 : fl;
        break;
      case HUNTINGTON_HILL:
        // place fl counts if (fl + rm/S)^2 >= fl (fl + 1), that is rm^2 >= fl S (S - 2 rm)
        raw = fl == 0 || rm >= scale - rm || Wide.compareTriples(rm, rm, 1, fl, scale, scale - rm - rm) >= 0
            ? fl + 1 : fl;
        break;
      default:
        raw = fl + 1;
        break;
    }
    return (int) Math.max(f, Math.min(r.room(i), raw));
  }

  /** Gives the {@code take} best of the band's {@code size} places (counted at hi, not at lo). */
  private Outcome rankBand(long lo, long hi, int take, int size) {
    bandUnit = grow(bandUnit, size);
    bandPlace = grow(bandPlace, size);
    work = grow(work, size);
    int n = 0;
    for (int i = r.from(); i < r.to(); i++) {
      int a = countAt(i, lo);
      int b = countAt(i, hi);
      out[i] = a;
      for (int k = a; k < b; k++) {
        bandUnit[n] = i;
        bandPlace[n] = k;
        work[n] = n;
        n++;
      }
    }
    IntBinaryOperator better = (x, y) -> comparePlaces(bandUnit[x], bandPlace[x], bandUnit[y], bandPlace[y]);
    if (take < n) {
      select(work, n, take, better);
    }
    for (int k = 0; k < take; k++) {
      out[bandUnit[work[k]]]++;
    }
    int last = worst(work, 0, take, better);
    int lu = bandUnit[last];
    int lk = bandPlace[last];
    int[] winners = NONE;
    int[] losers = NONE;
    if (take < n) {
      int next = best(work, take, n, better);
      if (comparePriority(bandUnit[next], bandPlace[next], lu, lk) == 0) {
        winners = matching(work, 0, take, e -> comparePriority(bandUnit[e], bandPlace[e], lu, lk) == 0);
        losers = matching(work, take, n, e -> comparePriority(bandUnit[e], bandPlace[e], lu, lk) == 0);
        for (int k = 0; k < winners.length; k++) {
          winners[k] = bandUnit[winners[k]];
        }
        for (int k = 0; k < losers.length; k++) {
          losers[k] = bandUnit[losers[k]];
        }
        Arrays.sort(winners);
        Arrays.sort(losers);
      }
    }
    Outcome o = bounded(lu, lk);
    return new Outcome(o.boundFloors(), o.boundCaps(), winners, losers, 0, 1, lu, lk);
  }

  /** The floors and caps that bind against the threshold place (unit lu's place lk; lu = -1 for none). */
  private Outcome bounded(int lu, int lk) {
    int from = r.from();
    byte[] state = new byte[r.to() - from];
    for (int i = from; i < r.to(); i++) {
      int f = r.floor(i);
      int c = r.room(i);
      if (out[i] == f && f > 0 && (w[i] == 0 || lu < 0 || comparePlaces(i, f - 1, lu, lk) < 0)) {
        state[i - from] = 1;
      } else if (out[i] == c && c != QuotaUnit.NO_CAP && w[i] > 0 && lu >= 0 && comparePlaces(i, c, lu, lk) > 0) {
        state[i - from] = 2;
      }
    }
    return new Outcome(positions(state, (byte) 1), positions(state, (byte) 2), NONE, NONE, 0, 1, lu, lk);
  }

  /** Compares the priorities of unit a's place k and unit b's place l, {@code w_a/D(k)} with {@code w_b/D(l)}. */
  private int comparePriority(int a, int k, int b, int l) {
    ApportionmentMethod m = r.method();
    long da = signpost(m, k);
    long db = signpost(m, l);
    if (da == 0 || db == 0) {
      return Long.compare(db, da);
    }
    return m == ApportionmentMethod.HUNTINGTON_HILL ? Wide.compareTriples(w[a], w[a], db, w[b], w[b], da)
        : Wide.compareProducts(w[a], db, w[b], da);
  }

  /** The signpost {@code D(k)} as an integer: doubled for Sainte-Laguë, squared for Huntington-Hill. */
  private static long signpost(ApportionmentMethod m, long k) {
    switch (m) {
      case D_HONDT:
        return k + 1;
      case SAINTE_LAGUE:
        return 2 * k + 1;
      case HUNTINGTON_HILL:
        return k * (k + 1);
      default:
        return k;
    }
  }

  /** Positive if unit a's place k goes before unit b's place l: higher priority, larger weight, then tie order. */
  private int comparePlaces(int a, int k, int b, int l) {
    int c = comparePriority(a, k, b, l);
    return c != 0 ? c : w[a] != w[b] ? Long.compare(w[a], w[b]) : -order(a, b);
  }

  private int order(int a, int b) {
    int[] rank = r.rank();
    return rank == null ? Integer.compare(a, b) : Integer.compare(rank[a], rank[b]);
  }

  // ------------------------------------------------------------------------------------------ selection

  /** Rearranges {@code a[0, n)} so that its first {@code k} elements are the {@code k} best (quickselect). */
  private static void select(int[] a, int n, int k, IntBinaryOperator better) {
    int left = 0;
    int right = n - 1;
    while (right > left) {
      int pivot = a[(left + right) >>> 1];
      int i = left;
      int j = right;
      while (i <= j) {
        while (better.applyAsInt(a[i], pivot) > 0) {
          i++;
        }
        while (better.applyAsInt(pivot, a[j]) > 0) {
          j--;
        }
        if (i <= j) {
          int t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return;
      }
    }
  }

  private static int worst(int[] a, int from, int to, IntBinaryOperator better) {
    int x = a[from];
    for (int k = from + 1; k < to; k++) {
      x = better.applyAsInt(a[k], x) < 0 ? a[k] : x;
    }
    return x;
  }

  private static int best(int[] a, int from, int to, IntBinaryOperator better) {
    int x = a[from];
    for (int k = from + 1; k < to; k++) {
      x = better.applyAsInt(a[k], x) > 0 ? a[k] : x;
    }
    return x;
  }

  /** The elements of {@code a[from, to)} that pass, sorted. */
  private static int[] matching(int[] a, int from, int to, java.util.function.IntPredicate test) {
    int[] found = new int[to - from];
    int c = 0;
    for (int k = from; k < to; k++) {
      if (test.test(a[k])) {
        found[c++] = a[k];
      }
    }
    int[] result = Arrays.copyOf(found, c);
    Arrays.sort(result);
    return result;
  }

  private int[] positions(byte[] state, byte s) {
    int c = 0;
    for (byte x : state) {
      c += x == s ? 1 : 0;
    }
    if (c == 0) {
      return NONE;
    }
    int[] p = new int[c];
    c = 0;
    for (int i = 0; i < state.length; i++) {
      if (state[i] == s) {
        p[c++] = r.from() + i;
      }
    }
    return p;
  }

  private static int[] grow(int[] a, int n) {
    return a.length >= n ? a : new int[Math.max(n, a.length * 2)];
  }

  private static long[] grow(long[] a, int n) {
    return a.length >= n ? a : new long[Math.max(n, a.length * 2)];
  }
}
