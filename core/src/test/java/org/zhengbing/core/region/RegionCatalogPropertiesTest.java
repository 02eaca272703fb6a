package org.zhengbing.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.zhengbing.core.testing.CoreGenerators;

class RegionCatalogPropertiesTest {

  private static final RegionCatalog BUNDLED = RegionCatalog.bundled();
  /** Prefecture-level cities without counties: listed in areas.csv under their own prefecture code. */
  private static final Set<String> CITIES_WITHOUT_COUNTIES = Set.of("441900", "442000", "460400");

  /** The rows of the bundled areas.csv, read as plain text (code and name), independently of the catalogue. */
  private static List<String[]> countyRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        RegionCatalog.class.getResourceAsStream("/org/zhengbing/core/region/2023/areas.csv"),
        StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        rows.add(new String[] {f[0], f[1].replace("\"", "")});
      }
    }
    return rows;
  }

  @Test
  void everyRealCountyCodeParsesAndItsParentChainResolves() throws IOException {
    List<String[]> rows = countyRows();
    assertThat(rows).hasSize(2978);
    qt().withExamples(rows.size() * 2).forAll(Generate.pick(rows)).checkAssert(row -> assertCountyRow(row));
    // and every row, not only a sample
    rows.forEach(RegionCatalogPropertiesTest::assertCountyRow);
  }

  private static void assertCountyRow(String[] row) {
    RegionCode code = RegionCode.of(row[0]);
    assertThat(code).hasToString(row[0]);
    assertThat(code.level()).isEqualTo(CITIES_WITHOUT_COUNTIES.contains(row[0]) ? AdminLevel.PREFECTURE
        : AdminLevel.COUNTY);
    assertThat(BUNDLED.region(code).name()).isEqualTo(row[1]);
    RegionCode r = code;
    while (r.parent().isPresent()) {
      RegionCode parent = r.parent().get();
      assertThat(BUNDLED.contains(parent)).as("parent %s of %s", parent, r).isTrue();
      assertThat(BUNDLED.children(parent)).extracting(Region::code).contains(r);
      r = parent;
    }
    assertThat(r).isEqualTo(code.province());
    assertThat(BUNDLED.region(r).level()).isEqualTo(AdminLevel.PROVINCE);
  }

  @Test
  void everyBundledRegionIsAChildOfItsParent() {
    qt().forAll(CoreGenerators.bundledRegionCodes()).checkAssert(code -> {
      Region region = BUNDLED.region(code);
      code.parent().ifPresent(p -> assertThat(BUNDLED.children(p)).contains(region));
      assertThat(BUNDLED.children(code)).allSatisfy(child -> assertThat(child.code().parent()).hasValue(code));
    });
  }
}
