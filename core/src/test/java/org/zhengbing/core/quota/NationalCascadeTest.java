package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.region.AdminLevel;
import org.zhengbing.core.region.RegionCode;

/** The cascade of a national task over the real 2023 division tree: 620,573 villages, exact at every level. */
class NationalCascadeTest {

  private static CascadeTree tree;

  @BeforeAll
  static void buildTree() {
    // village weights: 20..600 registered eligible youths each, from a fixed seed
    tree = NationalTestTree.build(2023, 20, 600);
  }

  private static Map<AdminLevel, Integer> countByLevel(CascadeTree t) {
    Map<AdminLevel, Integer> counts = new EnumMap<>(AdminLevel.class);
    count(t, t.topLevel(), counts);
    return counts;
  }

  private static void count(CascadeTree t, List<RegionCode> level, Map<AdminLevel, Integer> counts) {
    for (RegionCode c : level) {
      counts.merge(c.level(), 1, Integer::sum);
      count(t, t.children(c), counts);
    }
  }

  @Test
  void treeHasTheFiveLevelsOf2023() {
    // SOURCE.md of the 2023 data: 31 provinces, 342 prefectures, 41,352 townships, 620,573 villages; the county
    // level has 2,978 rows of which 东莞, 中山 and 儋州 are prefecture-level cities without counties
    Map<AdminLevel, Integer> counts = countByLevel(tree);
    assertThat(counts.get(AdminLevel.PROVINCE)).isEqualTo(31);
    assertThat(counts.get(AdminLevel.PREFECTURE)).isEqualTo(342);
    assertThat(counts.get(AdminLevel.COUNTY)).isBetween(2_975, 2_978);
    assertThat(counts.get(AdminLevel.TOWNSHIP)).isEqualTo(41_352);
    assertThat(counts.get(AdminLevel.VILLAGE)).isEqualTo(620_573);
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void nationalTaskSumsExactlyAtEveryLevel(ApportionmentMethod method) {
    RegionCode beijing = RegionCode.of("110000");
    RegionCode jiangjin = RegionCode.of("500116");
    Cascade c = QuotaCascader.of(QuotaApportioner.of(method)).cascade(tree, 450_000, List.of(
        DirectAllocation.toUniversityNationally("国防科技大学", 50),
        DirectAllocation.toUniversity(beijing, "清华大学", 120),
        DirectAllocation.forDisasterArea(jiangjin, 30)));
    assertThat(c.places(jiangjin)).isEqualTo(30);
    // every region: its children's tasks and the places carved out of it make its task, exactly
    long checked = 0;
    checked += checkSubtree(c, Optional.empty(), 450_000);
    assertThat(checked).isEqualTo(tree.size());
    // the explanation reconciles every level with the total
    for (Step s : c.explanation().steps()) {
      if (s.rule().equals("quota.cascade.level")) {
        assertThat(s.result()).isEqualTo(Datum.of(450_000));
      }
    }
    assertThat(c.explanation().result()).isEqualTo(Datum.of(450_000));
    // one township's apportionment rebuilt with its explanation agrees with the cascade
    RegionCode jijiang = RegionCode.of("500116001");
    Apportionment a = c.apportionmentAt(Optional.of(jijiang));
    for (RegionCode v : tree.children(jijiang)) {
      assertThat(a.places(UnitKey.of(v))).isEqualTo(c.places(v));
    }
  }

  private static long checkSubtree(Cascade c, Optional<RegionCode> region, long task) {
    List<RegionCode> kids = region.isPresent() ? c.tree().children(region.get()) : c.tree().topLevel();
    if (kids.isEmpty()) {
      return 0;
    }
    long forChildren = region.isPresent() ? c.placesForChildren(region.get()) : task - 50;
    long sum = 0;
    long visited = 0;
    for (RegionCode k : kids) {
      sum += c.places(k);
      visited += 1 + checkSubtree(c, Optional.of(k), c.places(k));
    }
    assertThat(sum).as("children of %s", region.map(RegionCode::toString).orElse("the nation"))
        .isEqualTo(forChildren);
    return visited;
  }

  @Test
  void largestRemainderCascadeGivesEveryTownshipItsQuotaRounded() {
    Cascade c = QuotaCascader.of(QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER)).cascade(tree, 450_000);
    // at the top: each province within one place of 450,000 × its weight / the national weight
    long national = tree.weight(RegionCode.of("110000"));
    long sum = 0;
    for (RegionCode p : tree.topLevel()) {
      sum += tree.weight(p);
    }
    for (RegionCode p : tree.topLevel()) {
      Fraction q = Fraction.ofProduct(450_000, tree.weight(p), sum);
      assertThat((long) c.places(p)).isBetween(q.wholePart().longValueExact(), q.wholePart().longValueExact() + 1);
    }
    assertThat(national).isPositive();
  }
}
