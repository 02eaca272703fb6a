package org.zhengbing.core.quota;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Obviously correct, slow apportionment in BigInteger arithmetic, for small inputs.
 *
 * <p>Divisor methods: starting from the floors, give places one at a time to the unit whose next place has the
 * highest priority {@code w / D(k)} (the definition of a divisor method), among units below their cap with weight
 * above 0; ties go to the larger weight, then the smaller key.
 *
 * <p>Largest remainder: try every assignment of units to "free", "at floor" and "at cap" (3^n), keep the one whose
 * scale {@code P/Q} is consistent with it, round the clamped quotas down and give the places left to the largest
 * remainders, ties to the larger weight, then the smaller key.
 */
final class BruteForceOracle {

  private BruteForceOracle() {}

  static int[] apportion(ApportionmentMethod method, long total, List<QuotaUnit> units) {
    return method == ApportionmentMethod.LARGEST_REMAINDER ? largestRemainder(total, units)
        : divisor(method, total, units);
  }

  private static int cap(QuotaUnit u) {
    return u.weight() == 0 ? u.floor() : u.cap().orElse(Integer.MAX_VALUE);
  }

  /** Priority of place k of a unit as a fraction {num, den}; for Huntington-Hill squared. */
  private static BigInteger[] priority(ApportionmentMethod m, long w, int k) {
    BigInteger bw = BigInteger.valueOf(w);
    BigInteger bk = BigInteger.valueOf(k);
    switch (m) {
      case D_HONDT:
        return new BigInteger[] {bw, bk.add(BigInteger.ONE)};
      case SAINTE_LAGUE:
        return new BigInteger[] {bw.shiftLeft(1), bk.shiftLeft(1).add(BigInteger.ONE)};
      case ADAMS:
        return new BigInteger[] {bw, bk};
      case HUNTINGTON_HILL:
        return new BigInteger[] {bw.multiply(bw), bk.multiply(bk.add(BigInteger.ONE))};
      default:
        throw new AssertionError(m);
    }
  }

  private static int comparePriority(BigInteger[] a, BigInteger[] b) {
    // a0/a1 vs b0/b1 with a zero denominator meaning infinity (numerators > 0)
    return a[0].multiply(b[1]).compareTo(b[0].multiply(a[1]));
  }

  static int[] divisor(ApportionmentMethod m, long total, List<QuotaUnit> units) {
    int n = units.size();
    int[] p = new int[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      p[i] = units.get(i).floor();
      given += p[i];
    }
    while (given < total) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        QuotaUnit u = units.get(i);
        if (u.weight() == 0 || p[i] >= cap(u)) {
          continue;
        }
        if (best < 0) {
          best = i;
          continue;
        }
        QuotaUnit b = units.get(best);
        int c = comparePriority(priority(m, u.weight(), p[i]), priority(m, b.weight(), p[best]));
        if (c > 0 || (c == 0 && (u.weight() > b.weight()
            || (u.weight() == b.weight() && u.key().compareTo(b.key()) < 0)))) {
          best = i;
        }
      }
      p[best]++;
      given++;
    }
    return p;
  }

  static int[] largestRemainder(long total, List<QuotaUnit> units) {
    int n = units.size();
    int[] states = new int[n];
    int combos = 1;
    for (int i = 0; i < n; i++) {
      combos *= 3;
    }
    for (int c = 0; c < combos; c++) {
      int x = c;
      for (int i = 0; i < n; i++) {
        states[i] = x % 3;
        x /= 3;
      }
      int[] result = tryStates(total, units, states);
      if (result != null) {
        return result;
      }
    }
    throw new AssertionError("no consistent scale for " + units + " total " + total);
  }

  private static int[] tryStates(long total, List<QuotaUnit> units, int[] states) {
    int n = units.size();
    long bounds = 0;
    BigInteger q = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      QuotaUnit u = units.get(i);
      if (u.weight() == 0 && states[i] != 1) {
        return null;
      }
      if (states[i] == 1) {
        bounds += u.floor();
      } else if (states[i] == 2) {
        if (u.cap().isEmpty()) {
          return null;
        }
        bounds += u.cap().getAsInt();
      } else {
        q = q.add(BigInteger.valueOf(u.weight()));
      }
    }
    BigInteger p = BigInteger.valueOf(total - bounds);
    if (p.signum() < 0) {
      return null;
    }
    if (q.signum() == 0) {
      if (p.signum() != 0) {
        return null;
      }
      q = BigInteger.ONE;
    }
    // consistency: floor units have f >= (p/q) w, cap units c <= (p/q) w, free units in between
    for (int i = 0; i < n; i++) {
      QuotaUnit u = units.get(i);
      BigInteger lw = p.multiply(BigInteger.valueOf(u.weight()));
      BigInteger f = BigInteger.valueOf(u.floor()).multiply(q);
      BigInteger c = BigInteger.valueOf(u.cap().orElse(Integer.MAX_VALUE)).multiply(q);
      if (states[i] == 1 && f.compareTo(lw) < 0) {
        return null;
      }
      if (states[i] == 2 && c.compareTo(lw) > 0) {
        return null;
      }
      if (states[i] == 0 && (lw.compareTo(f) < 0 || lw.compareTo(c) > 0)) {
        return null;
      }
    }
    int[] places = new int[n];
    BigInteger[] rem = new BigInteger[n];
    long given = 0;
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      QuotaUnit u = units.get(i);
      if (states[i] == 0) {
        BigInteger[] qr = p.multiply(BigInteger.valueOf(u.weight())).divideAndRemainder(q);
        places[i] = qr[0].intValueExact();
        rem[i] = qr[1];
        free.add(i);
      } else {
        places[i] = states[i] == 1 ? u.floor() : u.cap().getAsInt();
      }
      given += places[i];
    }
    free.sort(Comparator.<Integer, BigInteger>comparing(i -> rem[i]).reversed()
        .thenComparing(Comparator.<Integer>comparingLong(i -> units.get(i).weight()).reversed())
        .thenComparing(i -> units.get(i).key()));
    for (int k = 0; k < total - given; k++) {
      places[free.get(k)]++;
    }
    return places;
  }
}
