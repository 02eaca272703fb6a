package org.zhengbing.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

  @ParameterizedTest
  @CsvSource({
      "500000, PROVINCE, 1",
      "500100, PREFECTURE, 2",
      "500116, COUNTY, 3",
      "500116001, TOWNSHIP, 4",
      "500116001002, VILLAGE, 5",
      "441900, PREFECTURE, 2",
      "441900003, TOWNSHIP, 4",
      "810000, PROVINCE, 1"})
  void levelIsDerivedFromTheCode(String code, AdminLevel level, int depth) {
    RegionCode c = RegionCode.of(code);
    assertThat(c.level()).isEqualTo(level);
    assertThat(c.level().depth()).isEqualTo(depth);
    assertThat(c.level().codeLength()).isEqualTo(code.length());
    assertThat(c).hasToString(code);
  }

  @Test
  void placeholderTownshipOfACountyWithoutTownshipsIsAccepted() {
    // the 2023 statistical codes give 金门县 (350527) one placeholder township 350527000 and village 350527000000
    RegionCode township = RegionCode.of("350527000");
    RegionCode village = RegionCode.of("350527000000");
    assertThat(township.level()).isEqualTo(AdminLevel.TOWNSHIP);
    assertThat(village.level()).isEqualTo(AdminLevel.VILLAGE);
    assertThat(village.parent()).hasValue(township);
    assertThat(township.parent()).hasValue(RegionCode.of("350527"));
  }

  @Test
  void parentWalksUpTheFiveLevels() {
    RegionCode village = RegionCode.of("500116001002");
    assertThat(village.parent()).hasValue(RegionCode.of("500116001"));
    assertThat(RegionCode.of("500116001").parent()).hasValue(RegionCode.of("500116"));
    assertThat(RegionCode.of("500116").parent()).hasValue(RegionCode.of("500100"));
    assertThat(RegionCode.of("500100").parent()).hasValue(RegionCode.of("500000"));
    assertThat(RegionCode.of("500000").parent()).isEmpty();
    assertThat(RegionCode.of("500116").parent().orElseThrow().level()).isEqualTo(AdminLevel.PREFECTURE);
  }

  @Test
  void townshipOfAPrefectureLevelCityWithoutCountiesHasThePrefectureAsParent() {
    // 东莞 441900 has no counties; its streets are coded 441900xxx
    RegionCode street = RegionCode.of("441900003");
    assertThat(street.parent()).hasValue(RegionCode.of("441900"));
    assertThat(street.parent().orElseThrow().level()).isEqualTo(AdminLevel.PREFECTURE);
    assertThat(RegionCode.of("441900").contains(street)).isTrue();
  }

  @Test
  void provinceOfEveryLevel() {
    assertThat(RegionCode.of("500116001002").province()).isEqualTo(RegionCode.of("500000"));
    assertThat(RegionCode.of("500116001").province()).isEqualTo(RegionCode.of("500000"));
    assertThat(RegionCode.of("500116").province()).isEqualTo(RegionCode.of("500000"));
    assertThat(RegionCode.of("500000").province()).isEqualTo(RegionCode.of("500000"));
  }

  @Test
  void containsIsReflexiveAndFollowsTheParentChain() {
    RegionCode chongqing = RegionCode.of("500000");
    RegionCode jiangjin = RegionCode.of("500116");
    assertThat(chongqing.contains(RegionCode.of("500116001002"))).isTrue();
    assertThat(jiangjin.contains(jiangjin)).isTrue();
    assertThat(jiangjin.contains(chongqing)).isFalse();
    assertThat(jiangjin.contains(RegionCode.of("500117"))).isFalse();
    assertThat(RegionCode.of("510000").contains(jiangjin)).isFalse();
    // same digits, different level: a county does not contain the township numbered like it
    assertThat(RegionCode.of("500116").contains(RegionCode.of("500116"))).isTrue();
  }

  @Test
  void codesOfDifferentLengthsAreDifferent() {
    new EqualsTester()
        .addEqualityGroup(RegionCode.of("500116"), RegionCode.of("500116"), RegionCode.tryParse("500116").get())
        .addEqualityGroup(RegionCode.of("500116001"))
        .addEqualityGroup(RegionCode.of("500116001001"))
        .addEqualityGroup(RegionCode.of("500100"))
        .addEqualityGroup(RegionCode.of("110000"))
        .testEquals();
    assertThat(RegionCode.of("500116").toLong()).isEqualTo(500116L);
    assertThat(RegionCode.of("500116").compareTo(RegionCode.of("500117"))).isNegative();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(RegionCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(RegionCode.of("500116"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      5001         | it must have 6, 9 or 12 digits
      ''           | it must have 6, 9 or 12 digits
      5001160011   | it must have 6, 9 or 12 digits
      50011a       | it must contain only the digits 0-9
      -50011       | it must contain only the digits 0-9
      ５００１１６ | it must contain only the digits 0-9
      990000       | its province prefix 99 is not a GB/T 2260 province
      000000       | its province prefix 00 is not a GB/T 2260 province
      500016       | a county part needs a prefecture part, but digits 3-4 are 00
      500000001    | a township or village must lie in a prefecture or county, but digits 3-6 are 0000
      500000001001 | a township or village must lie in a prefecture or county, but digits 3-6 are 0000
      500016001    | a county part needs a prefecture part, but digits 3-4 are 00
      500116001000 | its village number (digits 10-12) must not be 000 in a real township (only under the placeholder township 000)
      """)
  void invalidCodesAreRejectedSayingWhy(String code, String why) {
    assertThatThrownBy(() -> RegionCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region code must be a valid GB/T 2260 or NBS code, but was '" + code + "': " + why);
    assertThat(RegionCode.tryParse(code)).isEmpty();
  }
}
