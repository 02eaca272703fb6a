package org.zhengbing.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.testing.CoreGenerators;

class RegionCodePropertiesTest {

  @Test
  void parseInvertsToString() {
    qt().forAll(CoreGenerators.regionCodes()).check(c -> RegionCode.of(c.toString()).equals(c)
        && c.toString().length() == c.level().codeLength());
  }

  @Test
  void parentIsOneLevelUpAndContainsTheCode() {
    qt().forAll(CoreGenerators.regionCodes()).checkAssert(c -> {
      Optional<RegionCode> parent = c.parent();
      assertThat(parent.isPresent()).isEqualTo(c.level() != AdminLevel.PROVINCE);
      parent.ifPresent(p -> {
        assertThat(p.contains(c)).isTrue();
        assertThat(c.contains(p)).isFalse();
        assertThat(c.toString()).startsWith(p.toString().replaceAll("0+$", ""));
        // one level up, except a township of a prefecture-level city without counties, which skips the county
        assertThat(p.level().depth()).isEqualTo(c.level() == AdminLevel.TOWNSHIP
            && c.toString().substring(4, 6).equals("00") ? 2 : c.level().depth() - 1);
      });
    });
  }

  @Test
  void parentChainEndsAtTheProvince() {
    qt().forAll(CoreGenerators.regionCodes()).checkAssert(c -> {
      RegionCode r = c;
      int steps = 0;
      while (r.parent().isPresent()) {
        r = r.parent().get();
        steps++;
      }
      assertThat(r).isEqualTo(c.province());
      assertThat(r.level()).isEqualTo(AdminLevel.PROVINCE);
      assertThat(steps).isLessThanOrEqualTo(c.level().depth() - 1);
      assertThat(c.province().contains(c)).isTrue();
    });
  }

  @Test
  void scopeParseInvertsToString() {
    qt().forAll(CoreGenerators.regionScopes()).check(s -> RegionScope.parse(s.toString()).equals(s));
  }

  @Test
  void scopeCoversExactlyWhatItsRegionContains() {
    qt().forAll(CoreGenerators.regionScopes(), CoreGenerators.regionCodes())
        .check((s, c) -> s.covers(c) == s.region().map(r -> r.contains(c)).orElse(true));
  }
}
