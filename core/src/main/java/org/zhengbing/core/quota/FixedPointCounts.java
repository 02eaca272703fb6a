package org.zhengbing.core.quota;

/**
 * The hot loops of the kernel's fixed-point paths: every unit's places at a point of the search, as a count of
 * places or written out, in {@code long} multiplications, additions, shifts and masks only, with no division, branch
 * or table, so that the JIT compiler runs them on vector lanes (C2's superword: eight units per instruction with
 * AVX-512). Each count is exact integer arithmetic; the caller chooses the parameters so that nothing overflows.
 *
 * <p>Two forms of a unit's count, for weight {@code w >= 0}:
 *
 * <ul>
 *   <li>linear: {@code ((w a + b) c >>> s) + (w > 0 ? e : 0)}. With {@code c = 1} and {@code a = L} this is
 *       {@code floor(w L / 2^s)}: D'Hondt's places at the divisor {@code 2^s / L} ({@code b = 2^(s-1)} rounds half up
 *       for Sainte-Laguë; {@code e = 1} adds Adams' first place). With {@code a = P}, {@code c} a reciprocal of
 *       {@code Q} and {@code b} a shift of the remainders it is {@code floor((P w + b) / Q)}: largest remainder's
 *       whole quota, plus one for the remainders at least {@code Q - b}.
 *   <li>Huntington-Hill: {@code k} places where {@code k (k+1) <= (w L / 2^s)^2}, computed from
 *       {@code x = w L = f 2^s + r} as {@code f + [f 2^s (2^s - 2r) <= r^2]} (for {@code w > 0}; none for {@code w = 0}).
 * </ul>
 *
 * <p>The sums at two points are taken in one pass, with the sum of each block of {@code 2^BLOCK_SHIFT} units, so that
 * the units whose places differ between two points can be found by looking one by one only at the blocks whose sums
 * differ.
 */
final class FixedPointCounts {

  /** Units per block, as a power of two: small enough that a few candidates touch few units. */
  static final int BLOCK_SHIFT = 7;

  private FixedPointCounts() {}

  /** The number of blocks of {@code [from, to)}. */
  static int blocks(int from, int to) {
    return ((to - from) + (1 << BLOCK_SHIFT) - 1) >>> BLOCK_SHIFT;
  }

  /** One unit's linear count. */
  static long linear(long w, long a, long b, long c, int s, long e) {
    return (((w * a + b) * c) >>> s) + (((-w) >>> 63) & e);
  }

  /** One unit's Huntington-Hill count at {@code L / 2^s}. */
  static long huntingtonHill(long w, long l, int s) {
    long one = 1L << s;
    long x = w * l;
    long f = x >>> s;
    long r = x & (one - 1);
    long lhs = (f << s) * (one - r - r);
    return f + (((lhs - r * r - 1) >>> 63) & ((-w) >>> 63));
  }

  /**
   * Sums the linear counts at {@code (a1, b1)} into {@code sums[0]} and at {@code (a2, b2)} into {@code sums[1]},
   * and stores each block's sums in {@code blocks1} and {@code blocks2}. The blocks are counted by a method of their
   * own, called often, so that it is compiled (and vectorised) early instead of through on-stack replacement of a
   * long loop.
   */
  static void countLinear(long[] ws, int from, int to, long a1, long b1, long a2, long b2, long c, int s, long e,
      long[] sums, int[] blocks1, int[] blocks2) {
    long total1 = 0;
    long total2 = 0;
    int block = 0;
    for (int start = from; start < to; start += 1 << BLOCK_SHIFT) {
      int end = Math.min(to, start + (1 << BLOCK_SHIFT));
      long s1;
      long s2;
      if (c == 1 && e == 0) {
        s1 = plainBlock(ws, start, end, a1, b1, s);
        s2 = plainBlock(ws, start, end, a2, b2, s);
      } else if (e == 0) {
        s1 = scaledBlock(ws, start, end, a1, b1, c, s);
        s2 = scaledBlock(ws, start, end, a2, b2, c, s);
      } else {
        s1 = linearBlock(ws, start, end, a1, b1, c, s, e);
        s2 = linearBlock(ws, start, end, a2, b2, c, s, e);
      }
      blocks1[block] = (int) s1;
      blocks2[block] = (int) s2;
      block++;
      total1 += s1;
      total2 += s2;
    }
    sums[0] = total1;
    sums[1] = total2;
  }

  /** A linear block with {@code c = 1} and {@code e = 0} (D'Hondt, Sainte-Laguë, first places): fewer operations. */
  private static long plainBlock(long[] ws, int start, int end, long a, long b, int s) {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += (ws[i] * a + b) >>> s;
    }
    return sum;
  }

  /** A linear block with {@code e = 0} (largest remainder). */
  private static long scaledBlock(long[] ws, int start, int end, long a, long b, long c, int s) {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += ((ws[i] * a + b) * c) >>> s;
    }
    return sum;
  }

  private static long linearBlock(long[] ws, int start, int end, long a, long b, long c, int s, long e) {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += linear(ws[i], a, b, c, s, e);
    }
    return sum;
  }

  /** As {@link #countLinear}, for Huntington-Hill at {@code l1 / 2^s} and {@code l2 / 2^s}. */
  static void countHuntingtonHill(long[] ws, int from, int to, long l1, long l2, int s, long[] sums, int[] blocks1,
      int[] blocks2) {
    long total1 = 0;
    long total2 = 0;
    int block = 0;
    for (int start = from; start < to; start += 1 << BLOCK_SHIFT) {
      int end = Math.min(to, start + (1 << BLOCK_SHIFT));
      long s1 = huntingtonHillBlock(ws, start, end, l1, s);
      long s2 = huntingtonHillBlock(ws, start, end, l2, s);
      blocks1[block] = (int) s1;
      blocks2[block] = (int) s2;
      block++;
      total1 += s1;
      total2 += s2;
    }
    sums[0] = total1;
    sums[1] = total2;
  }

  private static long huntingtonHillBlock(long[] ws, int start, int end, long l, int s) {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += huntingtonHill(ws[i], l, s);
    }
    return sum;
  }

  /** Units per call of a writing loop: many calls, so that the loop is compiled early. */
  private static final int CHUNK = 1 << 12;

  /** Writes every unit's linear count at {@code (a, b)} to {@code out}. */
  static void writeLinear(long[] ws, int from, int to, long a, long b, long c, int s, long e, int[] out) {
    for (int start = from; start < to; start += CHUNK) {
      writeLinearChunk(ws, start, Math.min(to, start + CHUNK), a, b, c, s, e, out);
    }
  }

  static void writeLinearChunk(long[] ws, int start, int end, long a, long b, long c, int s, long e,
      int[] out) {
    if (c == 1 && e == 0) {
      for (int i = start; i < end; i++) {
        out[i] = (int) ((ws[i] * a + b) >>> s);
      }
      return;
    }
    if (e == 0) {
      for (int i = start; i < end; i++) {
        out[i] = (int) (((ws[i] * a + b) * c) >>> s);
      }
      return;
    }
    for (int i = start; i < end; i++) {
      out[i] = (int) linear(ws[i], a, b, c, s, e);
    }
  }

  /** Writes every unit's Huntington-Hill count at {@code l / 2^s} to {@code out}. */
  static void writeHuntingtonHill(long[] ws, int from, int to, long l, int s, int[] out) {
    for (int start = from; start < to; start += CHUNK) {
      writeHuntingtonHillChunk(ws, start, Math.min(to, start + CHUNK), l, s, out);
    }
  }

  static void writeHuntingtonHillChunk(long[] ws, int start, int end, long l, int s, int[] out) {
    for (int i = start; i < end; i++) {
      out[i] = (int) huntingtonHill(ws[i], l, s);
    }
  }

  /**
   * Writes each unit's linear count at {@code (a1, b1)} to {@code out} and records, for each place it has more at
   * {@code (a2, b2)}, the unit and the place's index in {@code units} and {@code places} from position {@code ne};
   * returns the new position. One unit at a time: only for the few blocks whose counts differ.
   */
  static int collectLinear(long[] ws, int start, int end, long a1, long b1, long a2, long b2, long c, int s, long e,
      int[] out, int[] units, int[] places, int ne) {
    int k = ne;
    for (int i = start; i < end; i++) {
      long w = ws[i];
      int lo = (int) linear(w, a1, b1, c, s, e);
      int hi = (int) linear(w, a2, b2, c, s, e);
      out[i] = lo;
      for (int place = lo; place < hi; place++) {
        units[k] = i;
        places[k] = place;
        k++;
      }
    }
    return k;
  }

  /** As {@link #collectLinear}, for Huntington-Hill at {@code l1 / 2^s} and {@code l2 / 2^s}. */
  static int collectHuntingtonHill(long[] ws, int start, int end, long l1, long l2, int s, int[] out, int[] units,
      int[] places, int ne) {
    int k = ne;
    for (int i = start; i < end; i++) {
      long w = ws[i];
      int lo = (int) huntingtonHill(w, l1, s);
      int hi = (int) huntingtonHill(w, l2, s);
      out[i] = lo;
      for (int place = lo; place < hi; place++) {
        units[k] = i;
        places[k] = place;
        k++;
      }
    }
    return k;
  }
}
