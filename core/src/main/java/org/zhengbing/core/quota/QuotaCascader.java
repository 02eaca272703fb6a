package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * Carries a conscription task down a region tree (五级征兵责任制): at each region, direct allocations are settled
 * first (tasks assigned directly to universities are carved out; disaster areas get their fixed task), then the rest
 * is apportioned to the children by the apportioner's method and the children's weights, floors and caps.
 *
 * <pre>{@code
 * Cascade c = QuotaCascader.of(QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER))
 *     .cascade(tree, 450_000, List.of(DirectAllocation.toUniversity(RegionCode.of("110000"), "清华大学", 120)));
 * c.places(RegionCode.of("500116"));
 * }</pre>
 *
 * <p>The whole country (31 provinces, 342 prefectures, 2,978 counties, 41,352 townships, 620,573 villages)
 * cascades in one pass over primitive arrays, with one reused engine; per-region detail with a full explanation is
 * rebuilt on demand by {@link Cascade#apportionmentAt}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuotaCascader {

  private final QuotaApportioner apportioner;

  private QuotaCascader(QuotaApportioner apportioner) {
    this.apportioner = apportioner;
  }

  /**
   * Obtains a cascader that apportions at every level with an apportioner.
   *
   * @param apportioner  the method and tie handling, not null
   * @return the cascader, never null
   */
  public static QuotaCascader of(QuotaApportioner apportioner) {
    checkNotNull(apportioner, "apportioner");
    return new QuotaCascader(apportioner);
  }

  /**
   * Returns the apportioner used at every level.
   *
   * @return the apportioner, never null
   */
  public QuotaApportioner apportioner() {
    return apportioner;
  }

  /**
   * Cascades a task without direct allocations.
   *
   * @param tree  the tree, not null
   * @param total  the task at the root, {@code 0 <= total <= Integer.MAX_VALUE}
   * @return the cascade, never null
   * @throws IllegalArgumentException if a region's task cannot be apportioned within its children's floors and caps
   * @throws TiedApportionmentException in strict mode, at the first region whose children tie
   */
  public Cascade cascade(CascadeTree tree, long total) {
    return cascade(tree, total, List.of());
  }

  /**
   * Cascades a task, settling direct allocations first.
   *
   * @param tree  the tree, not null
   * @param total  the task at the root, {@code 0 <= total <= Integer.MAX_VALUE}
   * @param directAllocations  the university tasks and disaster-area adjustments, not null
   * @return the cascade, never null
   * @throws IllegalArgumentException if a direct allocation names a region outside the tree (or a disaster area is
   *     the root, or is adjusted twice), the allocations at a region exceed its task, or a region's task cannot be
   *     apportioned within its children's floors and caps; messages name the regions
   * @throws TiedApportionmentException in strict mode, at the first region whose children tie
   */
  public Cascade cascade(CascadeTree tree, long total, List<DirectAllocation> directAllocations) {
    checkNotNull(tree, "tree");
    checkNotNull(directAllocations, "directAllocations");
    QuotaApportioner.checkTotal(total);
    ImmutableList<DirectAllocation> directs = ImmutableList.copyOf(directAllocations);
    int n = tree.nodeCount();
    long[] carved = new long[n];
    int[] fixed = null;
    for (DirectAllocation d : directs) {
      if (d.kind() == DirectAllocation.Kind.UNIVERSITY) {
        int v = d.region().isPresent() ? tree.node(d.region().get()) : 0;
        if (d.region().isEmpty() && tree.root().isPresent()) {
          throw new IllegalArgumentException("a national direct allocation needs a national tree, but the tree's "
              + "root is " + tree.root().get() + ": " + d);
        }
        carved[v] += d.places();
      } else {
        int v = tree.node(d.region().orElseThrow());
        if (fixed == null) {
          fixed = new int[n];
          Arrays.fill(fixed, -1);
        }
        if (fixed[v] >= 0) {
          throw new IllegalArgumentException("disaster area " + tree.code(v) + " must be adjusted once, but is "
              + "adjusted twice");
        }
        fixed[v] = d.places();
      }
    }
    int[] floors = tree.rawFloors();
    int[] caps = tree.rawCaps();
    if (fixed != null) {
      floors = floors == null ? new int[n] : floors.clone();
      if (caps == null) {
        caps = new int[n];
        Arrays.fill(caps, QuotaUnit.NO_CAP);
      } else {
        caps = caps.clone();
      }
      for (int v = 0; v < n; v++) {
        if (fixed[v] >= 0) {
          floors[v] = fixed[v];
          caps[v] = fixed[v];
        }
      }
    }
    int[] places = new int[n];
    places[0] = (int) total;
    long[] weights = tree.rawWeights();
    ApportionmentEngine engine = ApportionmentEngine.exact();
    ApportionmentEngine.Request all = ApportionmentEngine.Request.of(apportioner.method(), 0, weights, places)
        .withBounds(floors, caps);
    int[] tied = new int[8];
    int tiedCount = 0;
    for (int v = 0; v < n; v++) {
      int from = tree.childStart(v);
      int to = tree.childEnd(v);
      if (from == to) {
        continue;
      }
      long task = places[v] - carved[v];
      if (task < 0) {
        throw new IllegalArgumentException("direct allocations at " + tree.name(v) + " must not exceed its task of "
            + places[v] + " places, but take " + carved[v]);
      }
      ApportionmentEngine.Request request = all.withSlice(from, to).withTotal(task);
      String problem = ApportionmentEngine.infeasibility(request, tree::name);
      if (problem != null) {
        throw new IllegalArgumentException("the task of " + task + " places at " + tree.name(v)
            + " cannot be apportioned to its children: " + problem);
      }
      ApportionmentEngine.Outcome outcome = engine.apportion(request);
      if (outcome.tied()) {
        if (apportioner.tieBreaking() == TieBreaking.STRICT) {
          UnitKey[] keys = new UnitKey[n];
          for (int i = from; i < to; i++) {
            keys[i] = UnitKey.of(tree.code(i));
          }
          throw QuotaApportioner.tie(outcome, keys, apportioner.method());
        }
        if (tiedCount == tied.length) {
          tied = Arrays.copyOf(tied, tiedCount * 2);
        }
        tied[tiedCount++] = v;
      }
    }
    return new Cascade(tree, apportioner, total, directs, places, carved, fixed,
        Arrays.copyOf(tied, tiedCount));
  }
}
