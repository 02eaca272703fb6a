package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.region.RegionCode;

class QuotaCascaderTest {

  private static final RegionCode ROOT = RegionCode.of("500100");
  private static final RegionCode A = RegionCode.of("500101");
  private static final RegionCode B = RegionCode.of("500102");
  private static final RegionCode C = RegionCode.of("500103");
  private static final RegionCode A1 = RegionCode.of("500101001");
  private static final RegionCode A2 = RegionCode.of("500101002");

  /** Counties A 300 (townships A1 200, A2 100), B 200, C 100; A's weight is the sum of its townships. */
  private static CascadeTree tree() {
    return CascadeTree.builder(ROOT).add(C, 100).add(A).add(B, 200).add(A2, 100).add(A1, 200).build();
  }

  private static final QuotaCascader LR = QuotaCascader.of(QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER));

  @Test
  void cascadesDownEveryLevel() {
    // 60 places by weight 300 : 200 : 100 -> 30, 20, 10; A's 30 by 200 : 100 -> 20, 10
    Cascade c = LR.cascade(tree(), 60);
    assertThat(c.places(A)).isEqualTo(30);
    assertThat(c.places(B)).isEqualTo(20);
    assertThat(c.places(C)).isEqualTo(10);
    assertThat(c.places(A1)).isEqualTo(20);
    assertThat(c.places(A2)).isEqualTo(10);
    assertThat(c.tree().weight(A)).isEqualTo(300);
    assertThat(c.tree().children(A)).containsExactly(A1, A2);
    assertThat(c.tree().topLevel()).containsExactly(A, B, C);
  }

  @Test
  void universityPlacesAreCarvedOutFirst() {
    // 6 places go directly to 重庆大学 out of the root's 60; the counties share 54: 27, 18, 9; A's 27: 18, 9
    Cascade c = LR.cascade(tree(), 60, List.of(DirectAllocation.toUniversity(ROOT, "重庆大学", 6)));
    assertThat(c.places(A)).isEqualTo(27);
    assertThat(c.places(B)).isEqualTo(18);
    assertThat(c.places(C)).isEqualTo(9);
    assertThat(c.places(A1)).isEqualTo(18);
    assertThat(c.places(A2)).isEqualTo(9);
    assertThat(c.explanation().step("quota.cascade.direct").orElseThrow().citation().orElseThrow().article())
        .contains("第五条");
    // leaves 18 + 9 + 18 + 9 and the university's 6 make 60
    Step result = c.explanation().steps().get(c.explanation().steps().size() - 1);
    assertThat(result.input("universities").orElseThrow().value()).isEqualTo(Datum.of(6));
    assertThat(c.explanation().result()).isEqualTo(Datum.of(60));
  }

  @Test
  void universityPlacesCarvedFromACountyReduceWhatItsTownshipsShare() {
    // A keeps its 30, of which 3 go to a university: its townships share 27 -> 18, 9
    Cascade c = LR.cascade(tree(), 60, List.of(DirectAllocation.toUniversity(A, "某职业技术学院", 3)));
    assertThat(c.places(A)).isEqualTo(30);
    assertThat(c.placesForChildren(A)).isEqualTo(27);
    assertThat(c.places(A1) + c.places(A2)).isEqualTo(27);
  }

  @Test
  void disasterAreaGetsItsFixedTaskAndTheRestIsShared() {
    // B is a disaster area fixed at 10; A and C share 50 by 300 : 100 -> 37.5, 12.5: a tie at .5 broken by the
    // larger weight -> 38, 12; A's 38 by 200 : 100 -> 25.33, 12.67 -> 25, 13
    Cascade c = LR.cascade(tree(), 60, List.of(DirectAllocation.forDisasterArea(B, 10)));
    assertThat(c.places(B)).isEqualTo(10);
    assertThat(c.places(A)).isEqualTo(38);
    assertThat(c.places(C)).isEqualTo(12);
    assertThat(c.places(A1)).isEqualTo(25);
    assertThat(c.places(A2)).isEqualTo(13);
    assertThat(c.tiedRegions()).containsExactly(Optional.empty());
    Apportionment top = c.apportionmentAt(Optional.empty());
    assertThat(top.toArray()).containsExactly(38, 10, 12);
    // B's fixed task is its floor and cap; by weight it would get 60 × 200/600 = 20, so the cap binds
    assertThat(top.share(UnitKey.of(B)).reason()).isEqualTo(PlaceReason.CAP);
  }

  @Test
  void strictCascadeThrowsOnTie() {
    assertThatThrownBy(() -> QuotaCascader.of(QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).strict())
        .cascade(tree(), 60, List.of(DirectAllocation.forDisasterArea(B, 10))))
        .isInstanceOf(TiedApportionmentException.class)
        .hasMessageContaining("[500101, 500103]");
  }

  @Test
  void floorsInTheTreeHold() {
    // C must get at least 15: A and B share 45 by 300 : 200 -> 27, 18
    CascadeTree t = CascadeTree.builder(ROOT).add(A, 300).add(B, 200).add(C, 100, 15, 100).build();
    Cascade c = LR.cascade(t, 60);
    assertThat(c.places(C)).isEqualTo(15);
    assertThat(c.places(A)).isEqualTo(27);
    assertThat(c.places(B)).isEqualTo(18);
  }

  @Test
  void rejectsDirectAllocationsAboveTheTask() {
    assertThatThrownBy(() -> LR.cascade(tree(), 60, List.of(DirectAllocation.toUniversity(A, "某大学", 31))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direct allocations at 500101 must not exceed its task of 30 places, but take 31");
  }

  @Test
  void rejectsInfeasibleFloorsNamingTheRegions() {
    CascadeTree t = CascadeTree.builder(ROOT).add(A, 300, 40, 100).add(B, 200, 30, 100).build();
    assertThatThrownBy(() -> LR.cascade(t, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the task of 60 places at 500100 cannot be apportioned to its children: floors must "
            + "not exceed the total of 60 places, but they sum to 70 (500101 >= 40, 500102 >= 30)");
  }

  @Test
  void rejectsBadTreesAndAllocations() {
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(A1, 5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent 500101 of region 500101001 must be in the tree, but is not");
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(A).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaf region 500101 must have a weight, but has none");
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(RegionCode.of("510101"), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region 510101 must lie below the root 500100, but does not");
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(A, 5).add(A, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region 500101 must be added once, but was added twice");
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(A, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of region 500101 must be >= 0, but was -5");
    assertThatThrownBy(() -> LR.cascade(tree(), 60, List.of(DirectAllocation.forDisasterArea(RegionCode.of("510101"),
        3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region must be in the cascade tree, but 510101 is not");
    assertThatThrownBy(() -> LR.cascade(tree(), 60, List.of(DirectAllocation.forDisasterArea(B, 3),
        DirectAllocation.forDisasterArea(B, 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disaster area 500102 must be adjusted once, but is adjusted twice");
    assertThatThrownBy(() -> DirectAllocation.toUniversity(A, "某大学", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direct allocation to 某大学 must be >= 0 places, but was -1");
    assertThatThrownBy(() -> LR.cascade(tree(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota total must be >= 0, but was -1");
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(A, 5, -1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floor of region 500101 must be >= 0, but was -1");
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(A, 5, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap of region 500101 must not be below its floor 3, but was 2");
    assertThatThrownBy(() -> CascadeTree.builder(ROOT).add(A).add(A1, Long.MAX_VALUE).add(A2, 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights below 500101 must sum to at most " + Long.MAX_VALUE + ", but overflow");
    assertThatThrownBy(() -> DirectAllocation.forDisasterArea(B, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task of disaster area 500102 must be >= 0 places, but was -2");
    assertThatThrownBy(() -> LR.cascade(tree(), 60, List.of(DirectAllocation.toUniversityNationally("国防科技大学", 5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a national direct allocation needs a national tree, but the tree's root is 500100");
    Cascade c = LR.cascade(tree(), 60);
    assertThatThrownBy(() -> c.apportionmentAt(Optional.of(A1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region must have children to apportion to, but 500101001 is a leaf");
  }

  @Test
  void treeAndCascadeReportTheirShapeAndSums() {
    // the tree: root 500100 with counties A, B, C (depth 1) and A's townships A1, A2 (depth 2): 5 regions
    CascadeTree t = tree();
    assertThat(t.size()).isEqualTo(5);
    assertThat(t.depth()).isEqualTo(2);
    assertThat(t.countByDepth()).containsExactly(3, 2);
    assertThat(t.contains(A1)).isTrue();
    assertThat(t.contains(ROOT)).isTrue();
    assertThat(t.contains(RegionCode.of("500104"))).isFalse();
    // 60 places: counties 30 + 20 + 10 = 60 at depth 1; townships 20 + 10 = 30 at depth 2 (only A has townships)
    Cascade c = LR.cascade(t, 60);
    assertThat(c.total()).isEqualTo(60);
    assertThat(c.sumAtDepth(1)).isEqualTo(60);
    assertThat(c.sumAtDepth(2)).isEqualTo(30);
    assertThat(c.sumAtDepth(3)).isZero();
    assertThat(c.directAllocations()).isEmpty();
    assertThat(c.toString()).contains("60");
    assertThat(c.apportionmentAt(Optional.of(A)).total()).isEqualTo(30);
    assertThat(c.apportionmentAt(Optional.of(A)).method()).isEqualTo(ApportionmentMethod.LARGEST_REMAINDER);
  }
}
