package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.DateSpan;

/** Every typed key reads its parameter as its Java type; keys and tables are values. */
class ParameterKeyTest {

  private static final String FILE = """
      format: zhengbing-policy/1
      region: national
      sources:
        s: {document: 示例文件}
      enums:
        level:
          label: {zh: 等级, en: level}
          values: {low: {zh: 低, en: low}, high: {zh: 高, en: high}}
      parameters:
      %s""";

  private static String parameter(String key, String type, String value) {
    return "  " + key + ":\n    type: " + type + "\n    label: {zh: 参数, en: parameter}\n    values:\n"
        + "      - {from: 2020-01-01, value: " + value + ", confidence: ILLUSTRATIVE, citation: s}\n";
  }

  private static final PolicyBook BOOK = PolicyBook.empty().withYaml(String.format(FILE,
      parameter("t.money", "money", "9300")
          + parameter("t.rate", "rate", "'12.5%'")
          + parameter("t.integer", "integer", "45")
          + parameter("t.decimal", "decimal", "2.50")
          + parameter("t.date", "date", "2024-09-01")
          + parameter("t.month_day", "month_day", "'03-01'")
          + parameter("t.span", "date_span", "'2023-02-15/2023-03-31'")
          + parameter("t.window", "annual_window", "'12-01@-1..02-10'")
          + parameter("t.flag", "boolean", "false")
          + parameter("t.text", "text", "{zh: 文本, en: text}")
          + parameter("t.choice", "enum<level>", "high")
          + parameter("t.rates", "table<level, rate>", "{low: '5%', high: '10%'}")
          + parameter("t.amounts", "table<level, money>", "{low: 100}")
          + parameter("t.counts", "table<level, integer>", "{high: 3}")
          + parameter("t.decimals", "table<level, decimal>", "{low: 1.5}")
          + parameter("t.texts", "table<level, text>", "{low: {zh: 低, en: low}}")
          + parameter("t.windows", "table<level, annual_window>", "{high: '02-15..03-31'}")
          + parameter("t.list", "list<integer>", "[1, 2]")), "keys.yaml");

  private static <T> T read(ParameterKey<T> key) {
    return BOOK.resolve(key, RegionCode.of("500116"), LocalDate.of(2024, 1, 1)).value();
  }

  @Test
  void everyKeyReadsItsType() {
    assertThat(read(ParameterKey.money("t.money"))).isEqualTo(Cny.ofYuan(9300));
    assertThat(read(ParameterKey.rate("t.rate"))).isEqualTo(Rate.parse("12.5%"));
    assertThat(read(ParameterKey.integer("t.integer"))).isEqualTo(45L);
    assertThat(read(ParameterKey.decimal("t.decimal"))).isEqualByComparingTo("2.5");
    assertThat(read(ParameterKey.date("t.date"))).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(read(ParameterKey.monthDay("t.month_day"))).isEqualTo(MonthDay.of(3, 1));
    assertThat(read(ParameterKey.dateSpan("t.span"))).isEqualTo(DateSpan.parse("2023-02-15/2023-03-31"));
    assertThat(read(ParameterKey.annualWindow("t.window"))).isEqualTo(AnnualWindow.parse("12-01@-1..02-10"));
    assertThat(read(ParameterKey.bool("t.flag"))).isFalse();
    assertThat(read(ParameterKey.text("t.text"))).isEqualTo(LocalizedText.of("文本", "text"));
    assertThat(read(ParameterKey.enumConstant("t.choice", "level"))).isEqualTo("high");
    assertThat(read(ParameterKey.list("t.list", Kind.INTEGER))).isEqualTo(ImmutableList.of(Datum.of(1L),
        Datum.of(2L)));
    assertThat(read(ParameterKey.of("t.integer", ParameterType.scalar(Kind.INTEGER)))).isEqualTo(Datum.of(45L));
  }

  @Test
  void everyTableKeyReadsItsRows() {
    ParameterTable<Rate> rates = read(ParameterKey.rateTable("t.rates", "level"));
    assertThat(rates.get("low")).contains(Rate.parse("5%"));
    assertThat(rates.get("high")).contains(Rate.parse("10%"));
    assertThat(rates.constants()).containsExactly("low", "high");
    assertThat(rates.domain()).isEqualTo("level");
    assertThat(rates.toString()).isEqualTo("{low: 5%, high: 10%}");
    assertThat(read(ParameterKey.moneyTable("t.amounts", "level")).get("low")).contains(Cny.ofYuan(100));
    assertThat(read(ParameterKey.moneyTable("t.amounts", "level")).get("high")).isEmpty();
    assertThat(read(ParameterKey.integerTable("t.counts", "level")).get("high")).contains(3L);
    assertThat(read(ParameterKey.decimalTable("t.decimals", "level")).get("low")).contains(new BigDecimal("1.5"));
    assertThat(read(ParameterKey.textTable("t.texts", "level")).get("low")).contains(LocalizedText.of("低", "low"));
    assertThat(read(ParameterKey.annualWindowTable("t.windows", "level")).get("high"))
        .contains(AnnualWindow.parse("02-15..03-31"));
    assertThatThrownBy(() -> rates.get(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void tablesAreValuesOfTheirData() {
    ParameterTable<Rate> rates = read(ParameterKey.rateTable("t.rates", "level"));
    assertThat(rates.datum()).isEqualTo(BOOK.entries("t.rates").get(0).value());
    new EqualsTester()
        .addEqualityGroup(rates, read(ParameterKey.rateTable("t.rates", "level")))
        .addEqualityGroup(read(ParameterKey.moneyTable("t.amounts", "level")))
        .testEquals();
    assertThat(rates.hashCode()).isEqualTo(rates.datum().hashCode());
  }

  @Test
  void keysAreValuesOfNameAndType() {
    new EqualsTester()
        .addEqualityGroup(ParameterKey.money("a.b"), ParameterKey.money("a.b"))
        .addEqualityGroup(ParameterKey.rate("a.b"))
        .addEqualityGroup(ParameterKey.money("a.c"))
        .addEqualityGroup(ParameterKey.rateTable("a.b", "level"))
        .addEqualityGroup(ParameterKey.rateTable("a.b", "other"))
        .testEquals();
    assertThat(ParameterKey.money("a.b").hashCode()).isNotEqualTo(ParameterKey.rate("a.b").hashCode())
        .isNotEqualTo(ParameterKey.money("a.c").hashCode());
    assertThat(ParameterKey.rateTable("a.b", "level").toString()).isEqualTo("a.b: table<level, rate>");
    assertThat(ParameterKey.list("a.b", Kind.DATE).type()).isEqualTo(ParameterType.listOf(Kind.DATE));
  }

  @Test
  void resolvedValuesAreValuesOfDatumAndProvenance() {
    RegionCode jiangjin = RegionCode.of("500116");
    Resolved<Long> integer = BOOK.resolve(ParameterKey.integer("t.integer"), jiangjin, LocalDate.of(2024, 1, 1));
    new EqualsTester()
        .addEqualityGroup(integer, BOOK.resolve(ParameterKey.integer("t.integer"), RegionCode.of("110000"),
            LocalDate.of(2030, 6, 1)), BOOK.resolve(ParameterKey.of("t.integer", ParameterType.scalar(Kind.INTEGER)),
            jiangjin, LocalDate.of(2024, 1, 1)))
        .addEqualityGroup(BOOK.resolve(ParameterKey.money("t.money"), jiangjin, LocalDate.of(2024, 1, 1)))
        .addEqualityGroup(BOOK.resolve(ParameterKey.bool("t.flag"), jiangjin, LocalDate.of(2024, 1, 1)))
        .testEquals();
    assertThat(integer.hashCode()).isNotEqualTo(BOOK.resolve(ParameterKey.money("t.money"), jiangjin,
        LocalDate.of(2024, 1, 1)).hashCode());
    assertThat(integer.datum()).isEqualTo(Datum.of(45L));
    assertThat(integer.toString()).isEqualTo("t.integer = 45 (national, from 2020-01-01, ILLUSTRATIVE, 《示例文件》)");
  }
}
