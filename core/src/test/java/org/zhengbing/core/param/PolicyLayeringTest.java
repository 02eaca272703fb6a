package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;

/** Policy files layer: the bundled national defaults, then a province's file, then a county's. */
class PolicyLayeringTest {

  private static final ParameterKey<Money> BASE = ParameterKey.money("discharge.base_per_year");
  private static final ParameterKey<Long> PLACES = ParameterKey.integer("local.liaison_officers");

  /** Sichuan (510000): a provincial figure from 2024 and a new provincial parameter. */
  private static final String SICHUAN = """
      format: zhengbing-policy/1
      region: "510000"
      sources:
        sc: {document: 四川省示例文件, issuer: 四川省征兵办公室}
      parameters:
        discharge.base_per_year:
          values:
            - {from: 2024-01-01, value: 5000, confidence: ILLUSTRATIVE, citation: sc}
        local.liaison_officers:
          type: integer
          unit: people
          label: {zh: 联络员人数, en: Liaison officers}
          values:
            - {from: 2024-01-01, value: 3, confidence: LOCAL_DOCUMENT, citation: sc}
      """;

  /** Jinjiang district of Chengdu (510104): its own figures, using definitions from the files below it. */
  private static final String JINJIANG = """
      format: zhengbing-policy/1
      region: "510104"
      sources:
        jj: {document: 锦江区示例文件}
      parameters:
        discharge.base_per_year:
          values:
            - {from: 2025-01-01, value: 6000, confidence: ILLUSTRATIVE, citation: jj}
        local.liaison_officers:
          values:
            - {from: 2025-07-01, value: 4, confidence: LOCAL_DOCUMENT, citation: jj}
      """;

  private static final PolicyBook NATIONAL = PolicyBook.nationalDefaults();
  private static final PolicyBook PROVINCE = NATIONAL.withYaml(SICHUAN, "sichuan.yaml");
  private static final PolicyBook COUNTY = PROVINCE.withYaml(JINJIANG, "jinjiang.yaml");

  private static final RegionCode JINJIANG_DISTRICT = RegionCode.of("510104");
  private static final RegionCode QINGYANG_DISTRICT = RegionCode.of("510105");
  private static final RegionCode JIANGJIN_DISTRICT = RegionCode.of("500116");
  private static final LocalDate MID_2025 = LocalDate.of(2025, 8, 1);

  @Test
  void countyFileWinsInsideTheCounty() {
    Resolved<Money> r = COUNTY.resolve(BASE, JINJIANG_DISTRICT, MID_2025);
    assertThat(r.value()).isEqualTo(Cny.ofYuan(6000));
    assertThat(r.provenance().scope()).isEqualTo(RegionScope.parse("510104"));
    assertThat(r.provenance().citation().document()).isEqualTo("锦江区示例文件");
    assertThat(r.provenance().origin()).hasValue("jinjiang.yaml:8:16");
    // a township and a village of the district inherit the county's value
    assertThat(COUNTY.resolve(BASE, RegionCode.of("510104020"), MID_2025).value()).isEqualTo(Cny.ofYuan(6000));
    assertThat(COUNTY.resolve(BASE, RegionCode.of("510104020001"), MID_2025).value())
        .isEqualTo(Cny.ofYuan(6000));
  }

  @Test
  void provinceFileCoversTheRestOfTheProvince() {
    Resolved<Money> r = COUNTY.resolve(BASE, QINGYANG_DISTRICT, MID_2025);
    assertThat(r.value()).isEqualTo(Cny.ofYuan(5000));
    assertThat(r.provenance().scope()).isEqualTo(RegionScope.parse("510000"));
    // before the county's own value took effect, the province's applied in the county too
    assertThat(COUNTY.resolve(BASE, JINJIANG_DISTRICT, LocalDate.of(2024, 12, 31)).value())
        .isEqualTo(Cny.ofYuan(5000));
  }

  @Test
  void nationalDefaultAppliesOutsideTheProvinceAndBeforeItsFile() {
    // 4,500 a year is the bundled ILLUSTRATIVE national figure (national-defaults.yaml, discharge-base-2011)
    Resolved<Money> elsewhere = COUNTY.resolve(BASE, JIANGJIN_DISTRICT, MID_2025);
    assertThat(elsewhere.value()).isEqualTo(Cny.ofYuan(4500));
    assertThat(elsewhere.provenance().scope()).isEqualTo(RegionScope.NATIONAL);
    assertThat(elsewhere.provenance().confidence()).isEqualTo(Confidence.ILLUSTRATIVE);
    assertThat(COUNTY.resolve(BASE, JINJIANG_DISTRICT, LocalDate.of(2023, 12, 31)).value())
        .isEqualTo(Cny.ofYuan(4500));
  }

  @Test
  void parameterDefinedByAProvinceFileIsUsedByTheCountyFile() {
    assertThat(COUNTY.resolve(PLACES, JINJIANG_DISTRICT, LocalDate.of(2025, 6, 30)).value()).isEqualTo(3L);
    assertThat(COUNTY.resolve(PLACES, JINJIANG_DISTRICT, LocalDate.of(2025, 7, 1)).value()).isEqualTo(4L);
    assertThat(COUNTY.definition("local.liaison_officers").orElseThrow().unit()).hasValue("people");
  }

  @Test
  void layeringLeavesTheLowerStoresUnchanged() {
    assertThat(NATIONAL.definition("local.liaison_officers")).isEmpty();
    assertThat(NATIONAL.resolve(BASE, JINJIANG_DISTRICT, MID_2025).value()).isEqualTo(Cny.ofYuan(4500));
    assertThat(PROVINCE.resolve(BASE, JINJIANG_DISTRICT, MID_2025).value()).isEqualTo(Cny.ofYuan(5000));
  }

  @Test
  void keyUndefinedAnywhereRaisesParameterNotFound() {
    ParameterKey<Money> unknown = ParameterKey.money("family_payment.annual_standard_typo");
    assertThatThrownBy(() -> COUNTY.resolve(unknown, JINJIANG_DISTRICT, MID_2025))
        .isInstanceOfSatisfying(ParameterNotFoundException.class, e -> {
          assertThat(e.key()).isEqualTo("family_payment.annual_standard_typo");
          assertThat(e.region()).isEqualTo("510104");
          assertThat(e.date()).isEqualTo(MID_2025);
        })
        .hasMessage("no value of parameter 'family_payment.annual_standard_typo' for region 510104 on 2025-08-01: "
            + "the key is not defined in this policy");
    assertThat(COUNTY.find(unknown, JINJIANG_DISTRICT, MID_2025)).isEmpty();
  }

  @Test
  void parameterWithoutAValueForTheRegionRaisesParameterNotFound() {
    // local.liaison_officers has values only in Sichuan
    assertThatThrownBy(() -> COUNTY.resolve(PLACES, JIANGJIN_DISTRICT, MID_2025))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessage("no value of parameter 'local.liaison_officers' for region 500116 on 2025-08-01: "
            + "no value of any scope covering the region is in force on that date");
  }

  @Test
  void valueOverlappingALowerFileIsLocatedInTheUpperFile() {
    // the bundled 45-day return window is in force from 2023-05-01 (national-defaults.yaml); this file's value
    // for 2020..2024 overlaps it, and the error must point into this file, at the value's 'from'
    String yaml = """
        format: zhengbing-policy/1
        region: national
        parameters:
          calendar.return_window.max_days:
            values:
              - {from: 2020-01-01, to: 2024-12-31, value: 90, confidence: LOCAL_DOCUMENT, citation: {document: x}}
        """;
    assertThatThrownBy(() -> NATIONAL.withYaml(yaml, "older.yaml"))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> {
          assertThat(e.file()).isEqualTo("older.yaml");
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(16);
        })
        .hasMessageContaining("must not have overlapping values, but the value from 2020-01-01 runs until "
            + "2024-12-31 and the next takes effect on 2022-01-01 (the earlier value is at older.yaml:6:16, the "
            + "later value is at zhengbing-core:national-calendar.yaml:");
  }

  @Test
  void valueOnTheSameDayAsALowerFileIsLocatedInTheUpperFile() {
    String yaml = """
        format: zhengbing-policy/1
        region: national
        parameters:
          calendar.return_window.max_days:
            values:
              - {from: 2023-05-01, value: 90, confidence: LOCAL_DOCUMENT, citation: {document: x}}
        """;
    assertThatThrownBy(() -> NATIONAL.withYaml(yaml, "same-day.yaml"))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> {
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(16);
        })
        .hasMessageContaining("must have one value per day, but two values take effect on 2023-05-01");
  }

  @Test
  void laterNationalValueInAnUpperFileEndsTheOpenEndedDefault() {
    String yaml = """
        format: zhengbing-policy/1
        region: national
        parameters:
          calendar.return_window.max_days:
            values:
              - {from: 2030-01-01, value: 60, confidence: ILLUSTRATIVE, citation: {document: what-if}}
        """;
    PolicyBook later = NATIONAL.withYaml(yaml, "later.yaml");
    ParameterKey<Long> window = ParameterKey.integer("calendar.return_window.max_days");
    Resolved<Long> before = later.resolve(window, JIANGJIN_DISTRICT, LocalDate.of(2029, 12, 31));
    assertThat(before.value()).isEqualTo(45L);
    assertThat(before.provenance().effectiveUntil()).hasValue(LocalDate.of(2030, 1, 1));
    assertThat(later.resolve(window, JIANGJIN_DISTRICT, LocalDate.of(2030, 1, 1)).value()).isEqualTo(60L);
  }

  @Test
  void enumerationRedefinedDifferentlyIsRejected() {
    String yaml = """
        format: zhengbing-policy/1
        region: national
        enums:
          study_level:
            label: {zh: 学历层次, en: "Level of study"}
            values:
              postgraduate: {zh: 研究生, en: Postgraduate}
        """;
    assertThatThrownBy(() -> NATIONAL.withYaml(yaml, "enum.yaml"))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isEqualTo(3);
        })
        .hasMessageContaining("enumeration 'study_level' must be defined once, but is already defined with "
            + "constants [undergraduate_or_junior_college, postgraduate] and here differently");
  }

  @Test
  void differentLabelForAKnownParameterIsRejected() {
    String yaml = """
        format: zhengbing-policy/1
        region: national
        parameters:
          calendar.return_window.max_days:
            label: {zh: 退兵期限, en: Return window}
            values: []
        """;
    assertThatThrownBy(() -> NATIONAL.withYaml(yaml, "label.yaml"))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> {
          assertThat(e.line()).isEqualTo(5);
          assertThat(e.column()).isEqualTo(12);
        })
        .hasMessageContaining("parameter 'calendar.return_window.max_days' is already defined with label");
  }
}
