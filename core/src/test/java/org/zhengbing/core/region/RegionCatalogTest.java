package org.zhengbing.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCatalogTest {

  private static final RegionCatalog BUNDLED = RegionCatalog.bundled();
  private static final String TOWNSHIP_HEADER = "code,name,areaCode,provinceCode,cityCode\n";
  private static RegionCatalog withTownships;

  @BeforeAll
  static void loadRealTownships() throws URISyntaxException {
    Path streets = Path.of(RegionCatalogTest.class.getResource("/region/streets-2023.csv.gz").toURI());
    withTownships = BUNDLED.withTownships(streets);
  }

  /**
   * The counts follow ../shared/data/china-division-2023/SOURCE.md: provinces.csv has 31 rows and cities.csv 342.
   * areas.csv has 2,978 rows, but three of them are the prefecture-level cities without counties (东莞 441900, 中山
   * 442000, 儋州 460400), listed there under their own code; the catalogue holds each once, as a prefecture, so
   * the county level has 2,978 - 3 = 2,975 regions and the catalogue 31 + 342 + 2,975 = 3,348.
   */
  @Test
  void bundledCatalogueHoldsThe2023Tables() {
    assertThat(BUNDLED.countByLevel()).containsEntry(AdminLevel.PROVINCE, 31)
        .containsEntry(AdminLevel.PREFECTURE, 342)
        .containsEntry(AdminLevel.COUNTY, 2975)
        .containsEntry(AdminLevel.TOWNSHIP, 0)
        .containsEntry(AdminLevel.VILLAGE, 0);
    assertThat(BUNDLED.size()).isEqualTo(3348);
    assertThat(BUNDLED.provinces()).hasSize(31);
    assertThat(BUNDLED.provinces().get(0)).hasToString("110000 北京市");
  }

  @Test
  void jiangjinIsACountyOfChongqing() {
    Region jiangjin = BUNDLED.region(RegionCode.of("500116"));
    assertThat(jiangjin.name()).isEqualTo("江津区");
    assertThat(jiangjin.level()).isEqualTo(AdminLevel.COUNTY);
    assertThat(BUNDLED.region(RegionCode.of("500100")).name()).isEqualTo("市辖区");
    assertThat(BUNDLED.region(RegionCode.of("500000")).name()).isEqualTo("重庆市");
    assertThat(BUNDLED.children(RegionCode.of("500100"))).contains(jiangjin);
    assertThat(BUNDLED.find(RegionCode.of("500116"))).hasValue(jiangjin);
    assertThat(BUNDLED.contains(RegionCode.of("500116"))).isTrue();
  }

  @Test
  void prefectureLevelCitiesWithoutCountiesAppearOnceAsPrefectures() {
    for (String code : List.of("441900", "442000", "460400")) {
      Region city = BUNDLED.region(RegionCode.of(code));
      assertThat(city.level()).isEqualTo(AdminLevel.PREFECTURE);
      assertThat(BUNDLED.children(city.code())).isEmpty();
    }
    assertThat(BUNDLED.region(RegionCode.of("441900")).name()).isEqualTo("东莞市");
  }

  @Test
  void childrenAreInCodeOrder() {
    List<Region> counties = BUNDLED.children(RegionCode.of("500100"));
    assertThat(counties).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
    assertThat(BUNDLED.children(RegionCode.of("500116"))).isEmpty();
  }

  @Test
  void missingRegionIsRejectedOrEmpty() {
    assertThat(BUNDLED.find(RegionCode.of("500199"))).isEmpty();
    assertThatThrownBy(() -> BUNDLED.region(RegionCode.of("500199")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region code must be in the catalogue, but 500199 is not");
  }

  @Test
  void realTownshipTableLoads() {
    // SOURCE.md: 41,352 townships; 500116 江津区 has 30, among them 500116001 几江街道
    assertThat(withTownships.countByLevel()).containsEntry(AdminLevel.TOWNSHIP, 41_352)
        .containsEntry(AdminLevel.COUNTY, 2975);
    assertThat(withTownships.children(RegionCode.of("500116"))).hasSize(30);
    assertThat(withTownships.region(RegionCode.of("500116001")).name()).isEqualTo("几江街道");
    // 东莞's streets hang directly under the prefecture-level city
    assertThat(withTownships.region(RegionCode.of("441900003")).name()).isEqualTo("东城街道");
    assertThat(withTownships.children(RegionCode.of("441900"))).isNotEmpty()
        .allSatisfy(r -> assertThat(r.level()).isEqualTo(AdminLevel.TOWNSHIP));
    // the bundled catalogue is unchanged
    assertThat(BUNDLED.countByLevel()).containsEntry(AdminLevel.TOWNSHIP, 0);
  }

  @Test
  void villagesLoadUnderLoadedTownships() {
    RegionCatalog villages = withTownships.withVillages(new java.io.ByteArrayInputStream((
        "code,name,streetCode,provinceCode,cityCode,areaCode\n"
            + "500116001002,\"南门社区居民委员会\",500116001,50,5001,500116\n"
            + "500116001005,\"四牌坊社区居民委员会\",500116001,50,5001,500116\n").getBytes(StandardCharsets.UTF_8)),
        "villages.csv");
    assertThat(villages.children(RegionCode.of("500116001"))).extracting(Region::name)
        .containsExactly("南门社区居民委员会", "四牌坊社区居民委员会");
    assertThatThrownBy(() -> BUNDLED.withVillages(new java.io.ByteArrayInputStream((
        "code,name,streetCode,provinceCode,cityCode,areaCode\n"
            + "500116001002,\"南门社区居民委员会\",500116001,50,5001,500116\n").getBytes(StandardCharsets.UTF_8)),
        "villages.csv"))
        .isInstanceOf(DivisionFileException.class)
        .hasMessage("villages.csv:2:0: parent 500116001 of 500116001002 must be in the catalogue, but is not");
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      code,name,areaCode\\n                                          | 1 | 1 | header must name the columns code,name,areaCode,provinceCode,cityCode (in any order, each once), but was 'code,name,areaCode'
      HEADER500116001,"几江街道",500116,50\\n                        | 2 | 0 | row must have 5 fields, but had 4: 500116001,几江街道,500116,50
      HEADER500116001,"几江街道,500116,50,5001\\n                    | 2 | 0 | row must have 5 fields, but had 2: 500116001,几江街道,500116,50,5001\\n
      HEADER500116001,"几江"街道,500116,50,5001\\n                   | 2 | 0 | malformed CSV: Unexpected character after closing quote: '街' (0x8857)
      HEADER500116,"江津区",500116,50,5001\\n                        | 2 | 0 | code must be of level TOWNSHIP, but 500116 is of level COUNTY
      HEADER50011600x,"几江街道",500116,50,5001\\n                   | 2 | 0 | region code must be a valid GB/T 2260 or NBS code, but was '50011600x': it must contain only the digits 0-9
      HEADER500116001,"几江街道",500117,50,5001\\n                   | 2 | 0 | areaCode must be 500116 (the first digits of 500116001), but was '500117'
      HEADER500199001,"无此街道",500199,50,5001\\n                   | 2 | 0 | parent 500199 of 500199001 must be in the catalogue, but is not
      HEADER500116001,"几江街道",500116,50,5001\\n\\n500116001,"几江",500116,50,5001\\n | 4 | 0 | code 500116001 appears twice
      HEADER500116001," ",500116,50,5001\\n                          | 2 | 0 | region name must not be blank, but was ' ' for 500116001
      """)
  void malformedTownshipFileIsRejectedWithFileAndLine(String csv, int line, int column, String problem,
      @TempDir Path dir) throws IOException {
    String text = csv.replace("HEADER", TOWNSHIP_HEADER).replace("\\n", "\n");
    Path file = dir.resolve("towns.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BUNDLED.withTownships(file))
        .isInstanceOfSatisfying(DivisionFileException.class, e -> {
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.column()).isEqualTo(column);
        })
        .hasMessage(file + ":" + line + ":" + column + ": " + problem);
  }

  @Test
  void unreadableTownshipFileIsAnUncheckedIoException(@TempDir Path dir) {
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> BUNDLED.withTownships(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read " + missing + ": it does not exist");
  }

  @Test
  void ofChecksDuplicatesAndParents() {
    Region chongqing = Region.of(RegionCode.of("500000"), "重庆市");
    Region districts = Region.of(RegionCode.of("500100"), "市辖区");
    Region jiangjin = Region.of(RegionCode.of("500116"), "江津区");
    assertThat(RegionCatalog.of(List.of(chongqing, districts, jiangjin)).size()).isEqualTo(3);
    assertThatThrownBy(() -> RegionCatalog.of(List.of(chongqing, chongqing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region code must appear once, but 500000 appears twice");
    assertThatThrownBy(() -> RegionCatalog.of(List.of(chongqing, jiangjin)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every region's parent must be in the catalogue, but 500100 (parent of 500116 江津区) is missing");
    assertThatThrownBy(() -> Region.of(RegionCode.of("500116"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region name must not be blank, but was ' ' for 500116");
  }

  @Test
  void loadingTheBundledTablesAgainGivesTheSameCatalogue() {
    // bundled() loads once per class loader; loading again runs the loader's checks on the 2023 tables anew
    RegionCatalog again = RegionCatalog.loadBundled();
    assertThat(again).isNotSameAs(BUNDLED);
    assertThat(again.regions()).isEqualTo(BUNDLED.regions());
    assertThat(again.countByLevel()).containsEntry(AdminLevel.PROVINCE, 31).containsEntry(AdminLevel.PREFECTURE, 342)
        .containsEntry(AdminLevel.COUNTY, 2975);
    assertThat(again.children(RegionCode.of("500100"))).extracting(r -> r.code().toString()).contains("500116");
    // 东莞 441900 is both a prefecture (cities.csv) and listed among the county-level areas: kept once
    assertThat(again.regions()).filteredOn(r -> r.code().toString().equals("441900")).hasSize(1);
  }

  @Test
  void townshipsAndVillagesLoadFromFilesPlainOrCompressed(@TempDir Path dir) throws IOException {
    Path towns = dir.resolve("towns.csv");
    Files.writeString(towns, TOWNSHIP_HEADER + "500116001,\"几江街道\",500116,50,5001\n", StandardCharsets.UTF_8);
    Path villages = dir.resolve("villages.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(villages))) {
      out.write(("code,name,streetCode,provinceCode,cityCode,areaCode\n"
          + "500116001002,\"南门社区居民委员会\",500116001,50,5001,500116\n").getBytes(StandardCharsets.UTF_8));
    }
    RegionCatalog loaded = BUNDLED.withTownships(towns).withVillages(villages);
    assertThat(loaded.region(RegionCode.of("500116001")).name()).isEqualTo("几江街道");
    assertThat(loaded.region(RegionCode.of("500116001002")).name()).isEqualTo("南门社区居民委员会");
    assertThat(loaded.size()).isEqualTo(BUNDLED.size() + 2);
    assertThat(loaded.toString()).isEqualTo("RegionCatalog{PROVINCE=31, PREFECTURE=342, COUNTY=2975, TOWNSHIP=1, "
        + "VILLAGE=1}");
    assertThat(BUNDLED.contains(RegionCode.of("500116001"))).isFalse();
    assertThat(loaded.contains(RegionCode.of("500116001"))).isTrue();
  }

  @Test
  void emptyTownshipFileLacksItsHeader() {
    assertThatThrownBy(() -> BUNDLED.withTownships(new java.io.ByteArrayInputStream(new byte[0]), "empty.csv"))
        .isInstanceOf(DivisionFileException.class)
        .hasMessage("empty.csv:1:0: a header naming the columns code,name,areaCode,provinceCode,cityCode must come "
            + "first, but the file is empty");
  }

  @Test
  void childrenAndProvincesAreInCodeOrderWhateverTheInputOrder() {
    Region chongqing = Region.of(RegionCode.of("500000"), "重庆市");
    Region beijing = Region.of(RegionCode.of("110000"), "北京市");
    Region districts = Region.of(RegionCode.of("500100"), "市辖区");
    Region yongchuan = Region.of(RegionCode.of("500118"), "永川区");
    Region jiangjin = Region.of(RegionCode.of("500116"), "江津区");
    RegionCatalog catalog = RegionCatalog.of(List.of(chongqing, districts, yongchuan, jiangjin, beijing));
    assertThat(catalog.children(RegionCode.of("500100"))).containsExactly(jiangjin, yongchuan);
    assertThat(catalog.provinces()).containsExactly(beijing, chongqing);
    assertThat(catalog.regions()).containsExactly(chongqing, districts, yongchuan, jiangjin, beijing);
  }

  @Test
  void regionsAreValuesOfCodeAndName() {
    EqualsTester tester = new EqualsTester()
        .addEqualityGroup(Region.of(RegionCode.of("500116"), "江津区"), Region.of(RegionCode.of("500116"), "江津区"))
        .addEqualityGroup(Region.of(RegionCode.of("500116"), "江津县"))
        .addEqualityGroup(Region.of(RegionCode.of("500118"), "江津区"));
    tester.testEquals();
    Set<Integer> hashes = new HashSet<>();
    for (Region r : BUNDLED.regions()) {
      hashes.add(r.hashCode());
    }
    assertThat(hashes).hasSizeGreaterThan(BUNDLED.size() - 5);
    assertThat(AdminLevel.PROVINCE.chineseName()).isEqualTo("省级");
    assertThat(AdminLevel.VILLAGE.chineseName()).isEqualTo("村级");
  }
}
