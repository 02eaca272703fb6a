package org.zhengbing.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionScopeTest {

  @Test
  void parseReadsNationalAndCodes() {
    assertThat(RegionScope.parse("national")).isSameAs(RegionScope.NATIONAL);
    assertThat(RegionScope.parse("510100").region()).hasValue(RegionCode.of("510100"));
    assertThat(RegionScope.NATIONAL).hasToString("national");
    assertThat(RegionScope.of(RegionCode.of("510100"))).hasToString("510100");
  }

  @Test
  void specificityGrowsDownTheLevels() {
    assertThat(RegionScope.NATIONAL.specificity()).isZero();
    assertThat(RegionScope.parse("510000").specificity()).isEqualTo(1);
    assertThat(RegionScope.parse("510100").specificity()).isEqualTo(2);
    assertThat(RegionScope.parse("510104").specificity()).isEqualTo(3);
    assertThat(RegionScope.parse("510104020").specificity()).isEqualTo(4);
    assertThat(RegionScope.parse("510104020001").specificity()).isEqualTo(5);
  }

  @Test
  void coversTheRegionAndWhatLiesInIt() {
    assertThat(RegionScope.NATIONAL.covers(RegionCode.of("500116"))).isTrue();
    assertThat(RegionScope.parse("500000").covers(RegionCode.of("500116001"))).isTrue();
    assertThat(RegionScope.parse("500116").covers(RegionCode.of("500116"))).isTrue();
    assertThat(RegionScope.parse("500116").covers(RegionCode.of("500100"))).isFalse();
    assertThat(RegionScope.parse("510000").covers(RegionCode.of("500116"))).isFalse();
  }

  @Test
  void nationalSortsFirst() {
    assertThat(RegionScope.NATIONAL.compareTo(RegionScope.parse("110000"))).isNegative();
    assertThat(RegionScope.parse("110000").compareTo(RegionScope.NATIONAL)).isPositive();
    assertThat(RegionScope.NATIONAL.compareTo(RegionScope.NATIONAL)).isZero();
    assertThat(RegionScope.parse("110000").compareTo(RegionScope.parse("120000"))).isNegative();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(RegionScope.NATIONAL, RegionScope.parse("national"))
        .addEqualityGroup(RegionScope.parse("510100"), RegionScope.of(RegionCode.of("510100")))
        .addEqualityGroup(RegionScope.parse("510100001"))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(RegionCode.class, RegionCode.of("500116"))
        .testAllPublicStaticMethods(RegionScope.class);
    new NullPointerTester().setDefault(RegionCode.class, RegionCode.of("500116"))
        .testAllPublicInstanceMethods(RegionScope.NATIONAL);
    new NullPointerTester().setDefault(RegionCode.class, RegionCode.of("500116"))
        .testAllPublicInstanceMethods(RegionScope.parse("510100"));
  }

  @Test
  void parseRejectsWhatIsNeitherNationalNorACode() {
    assertThatThrownBy(() -> RegionScope.parse("National"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region code must be a valid GB/T 2260 or NBS code, but was 'National': it must have 6, 9 or 12 "
            + "digits");
  }

  @Test
  void distinctScopesHaveDistinctHashCodes() {
    Set<Integer> hashes = new HashSet<>();
    hashes.add(RegionScope.NATIONAL.hashCode());
    for (Region r : RegionCatalog.bundled().provinces()) {
      hashes.add(RegionScope.of(r.code()).hashCode());
    }
    // national and the 31 provinces of the 2023 tables
    assertThat(RegionCatalog.bundled().provinces()).hasSize(31);
    assertThat(hashes).hasSize(32);
  }
}
