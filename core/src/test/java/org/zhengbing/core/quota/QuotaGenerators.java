package org.zhengbing.core.quota;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of apportionment problems, with edge values (weight 0, equal weights, huge weights) mixed in. */
final class QuotaGenerators {

  private QuotaGenerators() {}

  /** The most places a unit can take: its floor at weight 0, else its cap; {@link Long#MAX_VALUE} if unbounded. */
  static long room(QuotaUnit u) {
    if (u.weight() == 0) {
      return u.floor();
    }
    return u.cap().isPresent() ? u.cap().getAsInt() : Long.MAX_VALUE;
  }

  /**
   * The examples for a property over big inputs: its own count, or fewer when the run asks for fewer with
   * {@code QT_EXAMPLES} (the mutation run does, since every kernel mutant reruns these tests).
   */
  static int examples(int wanted) {
    return Math.min(wanted, Integer.getInteger("QT_EXAMPLES", wanted));
  }

  /** An apportionment problem: a total and units whose floors and caps admit it. */
  static final class Problem {
    final long total;
    final List<QuotaUnit> units;

    Problem(long total, List<QuotaUnit> units) {
      this.total = total;
      this.units = List.copyOf(units);
    }

    Problem withTotal(long t) {
      return new Problem(t, units);
    }

    @Override
    public String toString() {
      return "total " + total + ", " + units;
    }
  }

  /** Weights: small ones that tie often, medium ones, and huge ones near 10^12 that overflow 64-bit products. */
  static Gen<Long> weights() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, longs().between(0, 12)),
        org.quicktheories.api.Pair.of(4, longs().between(0, 100_000)),
        org.quicktheories.api.Pair.of(2, longs().between(999_000_000_000L, 1_000_000_000_000L)));
  }

  private static Gen<List<Long>> weightLists(int maxUnits) {
    return lists().of(weights()).ofSizeBetween(1, maxUnits);
  }

  private static List<UnitKey> keys(int n) {
    List<UnitKey> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(UnitKey.of("u" + (char) ('a' + i % 26) + (i / 26)));
    }
    return keys;
  }

  /** Problems without floors or caps: up to {@code maxUnits} units, totals 0..maxTotal. */
  static Gen<Problem> unconstrained(int maxUnits, int maxTotal) {
    return weightLists(maxUnits).zip(integers().between(0, maxTotal), (ws, total) -> {
      List<UnitKey> keys = keys(ws.size());
      List<QuotaUnit> units = new ArrayList<>();
      long sum = 0;
      for (int i = 0; i < ws.size(); i++) {
        units.add(QuotaUnit.of(keys.get(i), ws.get(i)));
        sum += ws.get(i);
      }
      return new Problem(sum == 0 ? 0 : total, units);
    });
  }

  /** Problems with floors and caps on some units; the total lies between the floors and the room the caps leave. */
  static Gen<Problem> constrained(int maxUnits, int maxTotal) {
    Gen<int[]> bounds = integers().between(0, 3).zip(integers().between(-1, 6), (f, c) -> new int[] {f, c});
    Gen<List<Object[]>> unitSpecs = lists().of(weights().zip(bounds, (w, b) -> new Object[] {w, b}))
        .ofSizeBetween(1, maxUnits);
    return unitSpecs.zip(integers().between(0, 1000), (specs, fraction) -> {
      List<UnitKey> keys = keys(specs.size());
      List<QuotaUnit> units = new ArrayList<>();
      long floors = 0;
      long room = 0;
      boolean unbounded = false;
      for (int i = 0; i < specs.size(); i++) {
        long w = (Long) specs.get(i)[0];
        int[] b = (int[]) specs.get(i)[1];
        QuotaUnit u = QuotaUnit.of(keys.get(i), w);
        if (b[1] >= 0) {
          u = u.withCap(b[0] + b[1]);
        }
        u = u.withFloor(b[0]);
        units.add(u);
        floors += u.floor();
        long r = room(u);
        if (r == Long.MAX_VALUE) {
          unbounded = true;
        } else {
          room += r;
        }
      }
      long max = unbounded ? Math.max(floors, maxTotal) : room;
      long total = floors + (max - floors) * fraction / 1000;
      return new Problem(total, units);
    });
  }
}
