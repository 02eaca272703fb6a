package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.region.RegionCode;

/**
 * The result of cascading a task down a region tree: every region's task, the direct allocations settled, the
 * regions whose children tied, and an explanation that reconciles every level with the total.
 *
 * <p>A region's task ({@link #places}) includes the places carved out of it for universities; its children share
 * the rest ({@link #placesForChildren}). {@link #apportionmentAt} rebuilds one region's apportionment, with its full
 * explanation, exactly as the cascade made it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cascade {

  /** 征兵工作条例 (2023) Art 5: allocation of tasks, direct tasks to universities, adjustment for disaster areas. */
  private static final Citation ARTICLE_5 = Citation.builder().document("征兵工作条例")
      .issuer("国务院、中央军事委员会（令第759号）").article("第五条").date(LocalDate.of(2023, 4, 1)).build();

  private final CascadeTree tree;
  private final QuotaApportioner apportioner;
  private final long total;
  private final ImmutableList<DirectAllocation> directs;
  private final int[] places;
  private final long[] carved;
  private final int @Nullable [] fixed;
  private final int[] tiedParents;
  private final Explanation explanation;

  Cascade(CascadeTree tree, QuotaApportioner apportioner, long total, ImmutableList<DirectAllocation> directs,
      int[] places, long[] carved, int @Nullable [] fixed, int[] tiedParents) {
    this.tree = tree;
    this.apportioner = apportioner;
    this.total = total;
    this.directs = directs;
    this.places = places;
    this.carved = carved;
    this.fixed = fixed;
    this.tiedParents = tiedParents;
    this.explanation = explain().requireResult(Datum.of(total));
  }

  /**
   * Returns the tree cascaded.
   *
   * @return the tree, never null
   */
  public CascadeTree tree() {
    return tree;
  }

  /**
   * Returns the task at the root.
   *
   * @return the total
   */
  public long total() {
    return total;
  }

  /**
   * Returns the direct allocations settled.
   *
   * @return the allocations, never null
   */
  public ImmutableList<DirectAllocation> directAllocations() {
    return directs;
  }

  /**
   * Returns a region's task, including places carved out of it for universities.
   *
   * @param region  the region, not null
   * @return the places
   * @throws IllegalArgumentException if the region is not in the tree
   */
  public int places(RegionCode region) {
    return places[tree.node(region)];
  }

  /**
   * Returns what a region's children share: its task less the places carved out of it for universities.
   *
   * @param region  the region, not null
   * @return the places
   * @throws IllegalArgumentException if the region is not in the tree
   */
  public long placesForChildren(RegionCode region) {
    int v = tree.node(region);
    return places[v] - carved[v];
  }

  /**
   * Returns the sum of the tasks of the regions at a depth below the root (1 for the root's children).
   *
   * @param depth  the depth, {@code 1 <= depth <= tree().depth()}
   * @return the sum
   */
  public long sumAtDepth(int depth) {
    long s = 0;
    for (int v = 1; v < places.length; v++) {
      if (tree.depthOf(v) == depth) {
        s += places[v];
      }
    }
    return s;
  }

  /**
   * Returns the regions whose children tied for the last places, broken by the declared rule; the root appears as
   * empty.
   *
   * @return the regions, in tree order, never null
   */
  public ImmutableList<Optional<RegionCode>> tiedRegions() {
    ImmutableList.Builder<Optional<RegionCode>> b = ImmutableList.builder();
    for (int v : tiedParents) {
      b.add(v == 0 ? Optional.empty() : Optional.of(tree.code(v)));
    }
    return b.build();
  }

  /**
   * Rebuilds the apportionment of a region's task among its children, with its full explanation.
   *
   * @param region  the region, or empty for the root, not null
   * @return the apportionment, never null
   * @throws IllegalArgumentException if the region is not in the tree or is a leaf
   */
  public Apportionment apportionmentAt(Optional<RegionCode> region) {
    checkNotNull(region, "region");
    int v = region.isPresent() ? tree.node(region.get()) : 0;
    int from = tree.childStart(v);
    int to = tree.childEnd(v);
    if (from == to) {
      throw new IllegalArgumentException("region must have children to apportion to, but " + tree.name(v)
          + " is a leaf");
    }
    List<QuotaUnit> units = new ArrayList<>(to - from);
    int[] floors = tree.rawFloors();
    int[] caps = tree.rawCaps();
    for (int i = from; i < to; i++) {
      QuotaUnit u = QuotaUnit.of(UnitKey.of(tree.code(i)), tree.rawWeights()[i]);
      if (fixed != null && fixed[i] >= 0) {
        u = u.withCap(fixed[i]).withFloor(fixed[i]);
      } else {
        if (caps != null && caps[i] != QuotaUnit.NO_CAP) {
          u = u.withCap(caps[i]);
        }
        if (floors != null) {
          u = u.withFloor(floors[i]);
        }
      }
      units.add(u);
    }
    return apportioner.apportion(places[v] - carved[v], units);
  }

  /**
   * Returns the explanation: the setup, each direct allocation, one reconciliation per level, the ties, and the
   * total as its result.
   *
   * @return the explanation, never null
   */
  public Explanation explanation() {
    return explanation;
  }

  private static Datum text(String s) {
    return Datum.of(LocalizedText.of(s, s));
  }

  private Explanation explain() {
    List<Step> steps = new ArrayList<>();
    steps.add(Step.builder().rule("quota.cascade.setup")
        .addInputs(Input.of("method", new Datum.OfEnum("apportionment_method", apportioner.method().key())))
        .addInputs(Input.of("total", Datum.of(total)))
        .addInputs(Input.of("regions", Datum.of(tree.size())))
        .addInputs(Input.of("levels", Datum.of(tree.depth())))
        .result(Datum.of(total)).citation(ARTICLE_5).build());
    for (DirectAllocation d : directs) {
      steps.add(Step.builder().rule("quota.cascade.direct")
          .addInputs(Input.of("kind", new Datum.OfEnum("direct_allocation", d.kind().key())))
          .addInputs(Input.of("region", text(d.region().map(RegionCode::toString).orElse("national"))))
          .addInputs(Input.of("recipient", text(d.recipient().toString())))
          .result(Datum.of(d.places())).citation(ARTICLE_5).build());
    }
    int depth = tree.depth();
    long[] atDepth = new long[depth + 1];
    long[] leavesAtDepth = new long[depth + 1];
    long[] carvedAtDepth = new long[depth + 1];
    long leaves = 0;
    for (int v = 0; v < places.length; v++) {
      int d = tree.depthOf(v);
      atDepth[d] += places[v];
      boolean leaf = tree.childStart(v) == tree.childEnd(v);
      if (leaf) {
        leavesAtDepth[d] += places[v];
        leaves += places[v];
      } else {
        carvedAtDepth[d] += carved[v];
      }
    }
    long leavesAbove = leavesAtDepth[0];
    long carvedAbove = carvedAtDepth[0];
    for (int d = 1; d <= depth; d++) {
      long sum = atDepth[d] + leavesAbove + carvedAbove;
      if (sum != total) {
        throw new AssertionError("cascade level " + d + " does not reconcile: " + atDepth[d] + " + " + leavesAbove
            + " + " + carvedAbove + " != " + total);
      }
      steps.add(Step.builder().rule("quota.cascade.level")
          .addInputs(Input.of("depth", Datum.of(d)))
          .addInputs(Input.of("places_at_level", Datum.of(atDepth[d])))
          .addInputs(Input.of("carved_above", Datum.of(carvedAbove)))
          .addInputs(Input.of("leaves_above", Datum.of(leavesAbove)))
          .result(Datum.of(sum)).build());
      leavesAbove += leavesAtDepth[d];
      carvedAbove += carvedAtDepth[d];
    }
    if (tiedParents.length > 0) {
      steps.add(Step.builder().rule("quota.cascade.ties")
          .addInputs(Input.of("tie_rule", text("larger weight, then region code")))
          .result(Datum.of(tiedParents.length)).build());
    }
    long carvedTotal = 0;
    for (int v = 0; v < places.length; v++) {
      if (tree.childStart(v) != tree.childEnd(v)) {
        carvedTotal += carved[v];
      }
    }
    steps.add(Step.builder().rule("quota.cascade.result")
        .addInputs(Input.of("leaves", Datum.of(leaves)))
        .addInputs(Input.of("universities", Datum.of(carvedTotal)))
        .result(Datum.of(leaves + carvedTotal)).build());
    return Explanation.of(steps);
  }

  @Override
  public String toString() {
    return "Cascade[" + apportioner.method().key() + ", " + total + " places over " + tree.size() + " regions, "
        + directs.size() + " direct allocations]";
  }
}
