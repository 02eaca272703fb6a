package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;

class ParameterTypeTest {

  @Test
  void parseReadsEveryForm() {
    assertThat(ParameterType.parse("money")).isEqualTo(ParameterType.scalar(Kind.MONEY));
    assertThat(ParameterType.parse("annual_window")).isEqualTo(ParameterType.scalar(Kind.ANNUAL_WINDOW));
    assertThat(ParameterType.parse("enum<merit>")).isEqualTo(ParameterType.enumOf("merit"));
    assertThat(ParameterType.parse("table<study_level,money>"))
        .isEqualTo(ParameterType.tableOf("study_level", Kind.MONEY))
        .hasToString("table<study_level, money>");
    assertThat(ParameterType.parse(" list< integer > ")).isEqualTo(ParameterType.listOf(Kind.INTEGER))
        .hasToString("list<integer>");
    assertThat(ParameterType.parse("enum<merit>").domain()).hasValue("merit");
    assertThat(ParameterType.parse("table<merit, rate>").elementKind()).hasValue(Kind.RATE);
    assertThat(ParameterType.parse("money").domain()).isEmpty();
  }

  @Test
  void acceptsValuesOfItsType() {
    assertThat(ParameterType.scalar(Kind.MONEY).accepts(Datum.of(Cny.ZERO))).isTrue();
    assertThat(ParameterType.scalar(Kind.MONEY).accepts(Datum.of(Rate.ZERO))).isFalse();
    assertThat(ParameterType.enumOf("merit").accepts(new Datum.OfEnum("merit", "medal"))).isTrue();
    assertThat(ParameterType.enumOf("merit").accepts(new Datum.OfEnum("rank", "medal"))).isFalse();
    Datum.OfTable rates = new Datum.OfTable("merit", Kind.RATE, ImmutableMap.of("medal", Datum.of(Rate.ONE)));
    assertThat(ParameterType.tableOf("merit", Kind.RATE).accepts(rates)).isTrue();
    assertThat(ParameterType.tableOf("merit", Kind.MONEY).accepts(rates)).isFalse();
    assertThat(ParameterType.tableOf("rank", Kind.RATE).accepts(rates)).isFalse();
    Datum.OfList ints = new Datum.OfList(Kind.INTEGER, ImmutableList.of(Datum.of(1L)));
    assertThat(ParameterType.listOf(Kind.INTEGER).accepts(ints)).isTrue();
    assertThat(ParameterType.listOf(Kind.MONEY).accepts(ints)).isFalse();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ParameterType.parse("money"), ParameterType.scalar(Kind.MONEY))
        .addEqualityGroup(ParameterType.parse("rate"))
        .addEqualityGroup(ParameterType.enumOf("merit"), ParameterType.parse("enum< merit >"))
        .addEqualityGroup(ParameterType.enumOf("rank"))
        .addEqualityGroup(ParameterType.tableOf("merit", Kind.RATE))
        .addEqualityGroup(ParameterType.tableOf("merit", Kind.MONEY))
        .addEqualityGroup(ParameterType.listOf(Kind.RATE))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(ParameterType.class);
    new NullPointerTester().setDefault(Datum.class, Datum.of(1L))
        .testAllPublicInstanceMethods(ParameterType.parse("table<merit, rate>"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"currency", "Money", "enum<>", "table<merit>", "list<enum>", "list<table>", "table<merit, "
      + "list>", "", "map<a, b>"})
  void parseRejectsUnknownTypes(String text) {
    assertThatThrownBy(() -> ParameterType.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter type must be one of money, rate, integer, decimal, date, month_day, date_span, "
            + "annual_window, boolean, text, enum<E>, table<E, kind>, list<kind>, but was '" + text + "'");
  }

  @Test
  void factoriesRejectNonScalarKindsAndBadNames() {
    assertThatThrownBy(() -> ParameterType.scalar(Kind.TABLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scalar parameter type must be a scalar kind, but was TABLE");
    assertThatThrownBy(() -> ParameterType.tableOf("merit", Kind.LIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table values must be of a scalar kind, but was LIST");
    assertThatThrownBy(() -> ParameterType.listOf(Kind.ENUM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("list elements must be of a scalar kind, but was ENUM");
    assertThatThrownBy(() -> ParameterType.enumOf("Merit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enumeration name must be lower case letters, digits and '_', but was 'Merit'");
  }

  @Test
  void distinctTypesHaveDistinctHashCodes() {
    Set<ParameterType> types = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    for (Kind k : Kind.values()) {
      if (k != Kind.ENUM && k != Kind.TABLE && k != Kind.LIST) {
        for (ParameterType t : new ParameterType[] {ParameterType.scalar(k), ParameterType.listOf(k),
            ParameterType.tableOf("level", k), ParameterType.tableOf("merit", k)}) {
          types.add(t);
          hashes.add(t.hashCode());
        }
      }
    }
    types.add(ParameterType.enumOf("level"));
    hashes.add(ParameterType.enumOf("level").hashCode());
    assertThat(types).hasSize(41);
    assertThat(hashes).hasSize(41);
  }
}
