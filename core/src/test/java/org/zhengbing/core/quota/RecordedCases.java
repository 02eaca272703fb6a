package org.zhengbing.core.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Large apportionment problems shaped like villages, townships, ties and weights near 10^12, generated from fixed
 * seeds, and a compact digest of an apportionment (places, bound floors and caps, tie, threshold or scale) for
 * comparing results with the ones recorded in {@code recorded-apportionments.txt}.
 *
 * <p>The file was written by {@link #main} from the code of 2026-12-02 before the engine was rewritten; the
 * differential test regenerates the same problems and checks the digests agree.
 */
final class RecordedCases {

  private RecordedCases() {}

  /** A named problem. */
  static final class Case {
    final String name;
    final long total;
    final QuotaUnits units;

    Case(String name, long total, QuotaUnits units) {
      this.name = name;
      this.total = total;
      this.units = units;
    }
  }

  private static String key(int i) {
    return String.format(Locale.ROOT, "u%07d", i);
  }

  /**
   * Builds units. Shape: weights {@code lo..hi}; every {@code floorEvery}-th unit gets a floor of 1..3, every
   * {@code capEvery}-th a cap of floor + 0..4 (0 for none); keys shuffled if asked (tie order by key, not position).
   */
  private static QuotaUnits units(SplittableRandom r, int n, long lo, long hi, int zeroEvery, int floorEvery,
      int capEvery, boolean shuffledKeys) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (shuffledKeys) {
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    List<QuotaUnit> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long w = zeroEvery > 0 && r.nextInt(zeroEvery) == 0 ? 0 : lo + r.nextLong(hi - lo + 1);
      QuotaUnit u = QuotaUnit.of(UnitKey.of(key(order[i])), w);
      int f = floorEvery > 0 && r.nextInt(floorEvery) == 0 ? 1 + r.nextInt(3) : 0;
      if (capEvery > 0 && r.nextInt(capEvery) == 0) {
        u = u.withCap(f + r.nextInt(5));
      }
      list.add(u.withFloor(f));
    }
    return QuotaUnits.of(list);
  }

  /** The total at a fraction (per mille) of the way from the floors to the room the caps leave (or to maxTotal). */
  private static long total(QuotaUnits u, long maxTotal, int perMille) {
    long floors = 0;
    long room = 0;
    boolean unbounded = false;
    for (QuotaUnit x : u.units()) {
      floors += x.floor();
      long rm = QuotaGenerators.room(x);
      if (rm == Long.MAX_VALUE) {
        unbounded = true;
      } else {
        room += rm;
      }
    }
    long max = unbounded ? Math.max(floors, maxTotal) : room;
    if (u.weightSum() == 0) {
      return floors;
    }
    return floors + (max - floors) * perMille / 1000;
  }

  /** The recorded problems, in file order. */
  static List<Case> cases(boolean includeNational) {
    List<Case> cases = new ArrayList<>();
    long seed = 20261202;
    int[] perMille = {3, 120, 500, 990};
    // shape: name, n, lo, hi, zeroEvery, floorEvery, capEvery, shuffled, maxTotal
    Object[][] shapes = {
        {"village", 20_000, 30L, 3_000L, 0, 0, 0, false, 60_000L},
        {"village-bounded", 20_000, 30L, 3_000L, 50, 7, 5, false, 60_000L},
        {"township", 5_000, 1_000L, 1_000_000L, 0, 0, 0, false, 450_000L},
        {"township-bounded", 5_000, 1_000L, 1_000_000L, 20, 3, 4, true, 20_000L},
        {"ties", 4_000, 1L, 4L, 10, 0, 0, true, 12_000L},
        {"ties-bounded", 4_000, 1L, 4L, 10, 5, 6, true, 12_000L},
        {"huge", 2_000, 999_000_000_000L, 1_000_000_000_000L, 0, 0, 0, false, 2_000_000_000L},
        {"huge-bounded", 2_000, 999_000_000_000L, 1_000_000_000_000L, 15, 4, 3, true, 9_000L},
        {"small", 12, 0L, 9L, 4, 3, 3, true, 40L},
    };
    for (Object[] s : shapes) {
      for (int pm : perMille) {
        SplittableRandom r = new SplittableRandom(seed++);
        QuotaUnits u = units(r, (Integer) s[1], (Long) s[2], (Long) s[3], (Integer) s[4], (Integer) s[5],
            (Integer) s[6], (Boolean) s[7]);
        cases.add(new Case(s[0] + "-" + pm, total(u, (Long) s[8], pm), u));
      }
    }
    if (includeNational) {
      SplittableRandom r = new SplittableRandom(seed);
      QuotaUnits u = units(r, 620_573, 20L, 900L, 0, 0, 0, false);
      cases.add(new Case("nation-villages-450000", 450_000, u));
      cases.add(new Case("nation-villages-100000", 100_000, u));
    }
    return cases;
  }

  private static long mix(long h, long x) {
    h ^= x;
    h *= 0x100000001b3L;
    return h ^ (h >>> 29);
  }

  private static long hashKeys(List<UnitKey> keys) {
    long h = 0xcbf29ce484222325L;
    for (UnitKey k : keys) {
      h = mix(h, k.toString().hashCode());
    }
    return h;
  }

  /** The digest of an apportionment: one line, full places appended when the problem is small. */
  static String digest(Apportionment a) {
    int[] p = a.toArray();
    long h = 0xcbf29ce484222325L;
    long sum = 0;
    for (int x : p) {
      h = mix(h, x);
      sum += x;
    }
    StringBuilder s = new StringBuilder();
    s.append("sum=").append(sum).append(" places#=").append(Long.toHexString(h));
    s.append(" floors=").append(a.boundFloors().size()).append('#').append(Long.toHexString(hashKeys(a.boundFloors())));
    s.append(" caps=").append(a.boundCaps().size()).append('#').append(Long.toHexString(hashKeys(a.boundCaps())));
    s.append(" tie=").append(a.isTieBroken()).append(' ').append(a.tieWinners().size()).append('/')
        .append(a.tiedUnits().size()).append('#').append(Long.toHexString(hashKeys(a.tiedUnits())))
        .append('#').append(Long.toHexString(hashKeys(a.tieWinners())));
    s.append(" scale=").append(a.scale().map(Object::toString).orElse("-"));
    s.append(" divisor=").append(a.divisorSquared().map(Object::toString).orElse("-"));
    s.append(" threshold=").append(a.thresholdUnit().map(Object::toString).orElse("-"));
    if (p.length <= 2_000) {
      s.append(" full=");
      for (int i = 0; i < p.length; i++) {
        s.append(i == 0 ? "" : ",").append(p[i]);
      }
    }
    return s.toString();
  }

  /** The digest of a national cascade: places at every node in node order, and the tied regions. */
  static String digest(Cascade c) {
    CascadeTree t = c.tree();
    long h = 0xcbf29ce484222325L;
    long sum = 0;
    for (int v = 1; v < t.nodeCount(); v++) {
      int x = c.places(t.code(v));
      h = mix(h, x);
      sum += x;
    }
    long th = 0xcbf29ce484222325L;
    for (var r : c.tiedRegions()) {
      th = mix(th, r.map(Object::toString).orElse("nation").hashCode());
    }
    return "sum=" + sum + " places#=" + Long.toHexString(h) + " tied=" + c.tiedRegions().size() + "#"
        + Long.toHexString(th);
  }

  /** Writes the recorded digests to standard output (run once, from the code being replaced). */
  public static void main(String[] args) {
    for (Case c : cases(true)) {
      for (ApportionmentMethod m : ApportionmentMethod.values()) {
        Apportionment a = QuotaApportioner.of(m).apportion(c.total, c.units);
        System.out.println(c.name + " " + m.key() + " total=" + c.total + " " + digest(a));
      }
    }
    CascadeTree tree = NationalTestTree.build(20261202, 20, 900);
    for (ApportionmentMethod m : ApportionmentMethod.values()) {
      for (long total : new long[] {450_000, 60_000}) {
        Cascade c = QuotaCascader.of(QuotaApportioner.of(m)).cascade(tree, total);
        System.out.println("nation-cascade-" + total + " " + m.key() + " total=" + total + " " + digest(c));
      }
    }
  }
}
