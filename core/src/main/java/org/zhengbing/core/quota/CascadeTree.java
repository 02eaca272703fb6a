package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;

/**
 * A region tree to cascade a task down (五级征兵责任制: province, prefecture, county, township, village), with each
 * region's weight and optional floor and cap, held in primitive arrays: nodes level by level, each parent's children
 * contiguous and in code order.
 *
 * <p>The root is the nation ({@link #nationalBuilder()}) or one region ({@link #builder(RegionCode)}). A node's
 * parent is the region one level up by its code ({@link RegionCode#parent()}), or the root. A node without an
 * explicit weight weighs the sum of its children's weights. The tree is built once and cascaded many times.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CascadeTree {

  private static final long DERIVED = -1;

  private final @Nullable RegionCode root;
  private final RegionCode[] codes; // codes[0] is unused for a national root
  private final int[] parent;
  private final int[] childStart; // children of i: [childStart[i], childStart[i + 1])
  private final int[] depth;
  private final long[] weights;
  private final int @Nullable [] floors;
  private final int @Nullable [] caps;
  private final Map<RegionCode, Integer> index;
  private final int maxChildren;

  private CascadeTree(@Nullable RegionCode root, RegionCode[] codes, int[] parent, int[] childStart, int[] depth,
      long[] weights, int @Nullable [] floors, int @Nullable [] caps, Map<RegionCode, Integer> index) {
    this.root = root;
    this.codes = codes;
    this.parent = parent;
    this.childStart = childStart;
    this.depth = depth;
    this.weights = weights;
    this.floors = floors;
    this.caps = caps;
    this.index = index;
    int max = 0;
    for (int i = 0; i < codes.length; i++) {
      max = Math.max(max, childStart[i + 1] - childStart[i]);
    }
    this.maxChildren = max;
  }

  /**
   * Returns a builder of a tree whose root is the nation; provinces hang from the root.
   *
   * @return the builder, never null
   */
  public static Builder nationalBuilder() {
    return new Builder(null);
  }

  /**
   * Returns a builder of a tree whose root is a region; every node must lie within it.
   *
   * @param root  the root region, not null
   * @return the builder, never null
   */
  public static Builder builder(RegionCode root) {
    checkNotNull(root, "root");
    return new Builder(root);
  }

  /**
   * Obtains the tree of a catalogue's regions below a root (the nation if the root is empty), weighted by a
   * function of the leaves; inner regions weigh the sum of their children.
   *
   * @param catalog  the catalogue, not null
   * @param root  the root region, or empty for the nation, not null
   * @param leafWeight  the weight of each leaf region, {@code >= 0}, not null
   * @return the tree, never null
   * @throws IllegalArgumentException if a weight is negative or the root is not in the catalogue
   */
  public static CascadeTree of(RegionCatalog catalog, Optional<RegionCode> root,
      ToLongFunction<RegionCode> leafWeight) {
    checkNotNull(catalog, "catalog");
    checkNotNull(root, "root");
    checkNotNull(leafWeight, "leafWeight");
    Builder b = root.isPresent() ? builder(root.get()) : nationalBuilder();
    List<Region> level = root.isPresent() ? catalog.children(catalog.region(root.get()).code())
        : catalog.provinces();
    while (!level.isEmpty()) {
      List<Region> next = new ArrayList<>();
      for (Region r : level) {
        ImmutableList<Region> kids = catalog.children(r.code());
        if (kids.isEmpty()) {
          b.add(r.code(), leafWeight.applyAsLong(r.code()));
        } else {
          b.add(r.code());
          next.addAll(kids);
        }
      }
      level = next;
    }
    return b.build();
  }

  /** Builds a {@link CascadeTree}. Not thread-safe. */
  public static final class Builder {
    private final @Nullable RegionCode root;
    private final Map<RegionCode, Integer> seen = new HashMap<>();
    private final List<RegionCode> codes = new ArrayList<>();
    private long[] weights = new long[64];
    private int[] floors = new int[64];
    private int[] caps = new int[64];
    private boolean anyFloor;
    private boolean anyCap;

    Builder(@Nullable RegionCode root) {
      this.root = root;
    }

    /**
     * Adds a region whose weight is the sum of its children's.
     *
     * @param code  the region, not null
     * @return this builder
     * @throws IllegalArgumentException if the region is already in the tree or outside the root
     */
    public Builder add(RegionCode code) {
      return add(code, DERIVED, 0, QuotaUnit.NO_CAP);
    }

    /**
     * Adds a region with a weight.
     *
     * @param code  the region, not null
     * @param weight  the weight, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative, or the region is already in the tree or outside
     *     the root
     */
    public Builder add(RegionCode code, long weight) {
      checkArgument(weight >= 0, "weight of region %s must be >= 0, but was %s", code, weight);
      return add(code, weight, 0, QuotaUnit.NO_CAP);
    }

    /**
     * Adds a region with a weight, a floor and a cap on its places.
     *
     * @param code  the region, not null
     * @param weight  the weight, {@code >= 0}
     * @param floor  the floor, {@code >= 0}
     * @param cap  the cap, {@code >= floor}
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range, or the region is already in the tree or outside
     *     the root
     */
    public Builder add(RegionCode code, long weight, int floor, int cap) {
      checkNotNull(code, "code");
      checkArgument(weight >= 0 || weight == DERIVED, "weight of region %s must be >= 0, but was %s", code, weight);
      checkArgument(floor >= 0, "floor of region %s must be >= 0, but was %s", code, floor);
      checkArgument(cap >= floor, "cap of region %s must not be below its floor %s, but was %s", code, floor, cap);
      checkArgument(root == null || (!root.equals(code) && root.contains(code)),
          "region %s must lie below the root %s, but does not", code, root);
      int i = codes.size();
      checkArgument(seen.putIfAbsent(code, i) == null, "region %s must be added once, but was added twice", code);
      codes.add(code);
      if (i == weights.length) {
        weights = Arrays.copyOf(weights, i * 2);
        floors = Arrays.copyOf(floors, i * 2);
        caps = Arrays.copyOf(caps, i * 2);
      }
      weights[i] = weight;
      floors[i] = floor;
      caps[i] = cap;
      anyFloor |= floor > 0;
      anyCap |= cap != QuotaUnit.NO_CAP;
      return this;
    }

    /**
     * Builds the tree.
     *
     * @return the tree, never null
     * @throws IllegalArgumentException if a region's parent is missing, a leaf has no weight, or weights overflow
     */
    public CascadeTree build() {
      int n = codes.size() + 1; // node 0 is the root
      int[] parentOf = new int[n];
      parentOf[0] = -1;
      int[] kids = new int[n + 1];
      for (int i = 0; i < codes.size(); i++) {
        RegionCode c = codes.get(i);
        Optional<RegionCode> p = c.parent();
        int pi;
        if (p.isEmpty() || (root != null && p.get().equals(root))) {
          checkArgument(p.isEmpty() == (root == null),
              "region %s must hang from the root, but its parent is missing", c);
          pi = 0;
        } else {
          Integer found = seen.get(p.get());
          checkArgument(found != null, "parent %s of region %s must be in the tree, but is not", p.get(), c);
          pi = found + 1;
        }
        parentOf[i + 1] = pi;
        kids[pi]++;
      }
      // breadth-first order; children of a node in code order (same level: numeric order is code order)
      int[][] children = new int[n][];
      int[] fill = new int[n];
      for (int i = 0; i < n; i++) {
        children[i] = new int[kids[i]];
      }
      for (int i = 1; i < n; i++) {
        int p = parentOf[i];
        children[p][fill[p]++] = i;
      }
      int[] order = new int[n];
      int head = 0;
      int tail = 0;
      order[tail++] = 0;
      long[] keyScratch = new long[0];
      while (head < tail) {
        int v = order[head++];
        int[] ch = children[v];
        if (ch.length > 1) {
          if (keyScratch.length < ch.length) {
            keyScratch = new long[ch.length];
          }
          sortByCode(ch, keyScratch);
        }
        for (int c : ch) {
          order[tail++] = c;
        }
      }
      int[] newIndex = new int[n];
      for (int k = 0; k < n; k++) {
        newIndex[order[k]] = k;
      }
      RegionCode[] outCodes = new RegionCode[n];
      int[] outParent = new int[n];
      int[] outDepth = new int[n];
      long[] outWeights = new long[n];
      int[] outFloors = anyFloor ? new int[n] : null;
      int[] outCaps = anyCap ? new int[n] : null;
      int[] childStart = new int[n + 1];
      Map<RegionCode, Integer> idx = new HashMap<>(n * 2);
      int next = 1;
      for (int k = 0; k < n; k++) {
        int old = order[k];
        childStart[k] = next;
        next += children[old].length;
        outParent[k] = old == 0 ? -1 : newIndex[parentOf[old]];
        outDepth[k] = old == 0 ? 0 : outDepth[outParent[k]] + 1;
        if (old > 0) {
          outCodes[k] = codes.get(old - 1);
          idx.put(outCodes[k], k);
          outWeights[k] = weights[old - 1];
          if (outFloors != null) {
            outFloors[k] = floors[old - 1];
          }
          if (outCaps != null) {
            outCaps[k] = caps[old - 1];
          }
        } else {
          outWeights[k] = DERIVED;
          if (outCaps != null) {
            outCaps[k] = QuotaUnit.NO_CAP;
          }
        }
      }
      childStart[n] = next;
      // derived weights, bottom-up
      for (int k = n - 1; k >= 0; k--) {
        if (childStart[k] == childStart[k + 1]) {
          checkArgument(k == 0 || outWeights[k] != DERIVED, "leaf region %s must have a weight, but has none",
              outCodes[k]);
          continue;
        }
        if (outWeights[k] == DERIVED) {
          long sum = 0;
          for (int c = childStart[k]; c < childStart[k + 1]; c++) {
            try {
              sum = Math.addExact(sum, outWeights[c]);
            } catch (ArithmeticException e) {
              throw new IllegalArgumentException("weights below " + (k == 0 ? "the root" : outCodes[k])
                  + " must sum to at most " + Long.MAX_VALUE + ", but overflow");
            }
          }
          outWeights[k] = sum;
        }
      }
      if (outWeights[0] == DERIVED) {
        outWeights[0] = 0;
      }
      return new CascadeTree(root, outCodes, outParent, childStart, outDepth, outWeights, outFloors, outCaps, idx);
    }

    /** Sorts node indices (1-based into {@code codes}) by level, then code value: code order within a level. */
    private void sortByCode(int[] ch, long[] keys) {
      int m = ch.length;
      for (int a = 0; a < m; a++) {
        RegionCode c = codes.get(ch[a] - 1);
        keys[a] = c.level().depth() * 1_000_000_000_000L + c.toLong();
      }
      if (m > 64) {
        Integer[] boxed = new Integer[m];
        for (int a = 0; a < m; a++) {
          boxed[a] = a;
        }
        Arrays.sort(boxed, (x, y) -> Long.compare(keys[x], keys[y]));
        int[] sorted = new int[m];
        for (int a = 0; a < m; a++) {
          sorted[a] = ch[boxed[a]];
        }
        System.arraycopy(sorted, 0, ch, 0, m);
        return;
      }
      // insertion sort on (key, index) pairs: children lists are short, and usually already in order
      for (int a = 1; a < m; a++) {
        long k = keys[a];
        int v = ch[a];
        int b = a - 1;
        while (b >= 0 && keys[b] > k) {
          keys[b + 1] = keys[b];
          ch[b + 1] = ch[b];
          b--;
        }
        keys[b + 1] = k;
        ch[b + 1] = v;
      }
    }
  }

  /**
   * Returns the root region.
   *
   * @return the root, or empty for the nation
   */
  public Optional<RegionCode> root() {
    return Optional.ofNullable(root);
  }

  /**
   * Returns the number of regions below the root.
   *
   * @return the size
   */
  public int size() {
    return codes.length - 1;
  }

  /**
   * Returns the number of levels below the root (5 for a national tree down to villages).
   *
   * @return the depth
   */
  public int depth() {
    return depth[depth.length - 1];
  }

  /**
   * Returns true if the tree holds a region.
   *
   * @param code  the region, not null
   * @return whether the region is in the tree
   */
  public boolean contains(RegionCode code) {
    return index.containsKey(checkNotNull(code, "code")) || code.equals(root);
  }

  /**
   * Returns a region's weight (for an inner region without an explicit weight, the sum of its children's).
   *
   * @param code  the region, not null
   * @return the weight
   * @throws IllegalArgumentException if the region is not in the tree
   */
  public long weight(RegionCode code) {
    return weights[node(code)];
  }

  /**
   * Returns a region's children, in code order.
   *
   * @param code  the region, not null
   * @return the children, empty for a leaf, never null
   * @throws IllegalArgumentException if the region is not in the tree
   */
  public ImmutableList<RegionCode> children(RegionCode code) {
    return childrenOf(node(code));
  }

  /**
   * Returns the children of the root, in code order.
   *
   * @return the children, never null
   */
  public ImmutableList<RegionCode> topLevel() {
    return childrenOf(0);
  }

  private ImmutableList<RegionCode> childrenOf(int v) {
    return ImmutableList.copyOf(Arrays.asList(codes).subList(childStart[v], childStart[v + 1]));
  }

  /**
   * Returns the number of regions at each depth below the root, index 0 for the root's children.
   *
   * @return the counts, never null
   */
  public int[] countByDepth() {
    int[] counts = new int[depth()];
    for (int i = 1; i < depth.length; i++) {
      counts[depth[i] - 1]++;
    }
    return counts;
  }

  int node(RegionCode code) {
    if (code.equals(root)) {
      return 0;
    }
    Integer i = index.get(checkNotNull(code, "code"));
    if (i == null) {
      throw new IllegalArgumentException("region must be in the cascade tree, but " + code + " is not");
    }
    return i;
  }

  int nodeCount() {
    return codes.length;
  }

  RegionCode code(int node) {
    return codes[node];
  }

  String name(int node) {
    return node == 0 ? (root == null ? "the nation" : root.toString()) : codes[node].toString();
  }

  int parentOf(int node) {
    return parent[node];
  }

  int depthOf(int node) {
    return depth[node];
  }

  int childStart(int node) {
    return childStart[node];
  }

  int childEnd(int node) {
    return childStart[node + 1];
  }

  long[] rawWeights() {
    return weights;
  }

  int @Nullable [] rawFloors() {
    return floors;
  }

  int @Nullable [] rawCaps() {
    return caps;
  }

  int maxChildren() {
    return maxChildren;
  }

  @Override
  public String toString() {
    return "CascadeTree[" + name(0) + ", " + size() + " regions by depth " + Arrays.toString(countByDepth()) + "]";
  }
}
