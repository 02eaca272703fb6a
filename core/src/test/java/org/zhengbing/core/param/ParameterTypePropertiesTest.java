package org.zhengbing.core.param;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.testing.CoreGenerators;

class ParameterTypePropertiesTest {

  /** A type over two generated enumerations, and a value generated for it. */
  private static final Gen<Pair<ParameterType, Datum>> TYPED_VALUES = rs -> {
    EnumDomain merit = CoreGenerators.enumDomains("merit").generate(rs);
    EnumDomain level = CoreGenerators.enumDomains("study_level").generate(rs);
    ParameterType type = CoreGenerators.parameterTypes(List.of(merit, level)).generate(rs);
    Datum value = CoreGenerators.data(type, Map.of(merit.name(), merit, level.name(), level)).generate(rs);
    return Pair.of(type, value);
  };

  @Test
  void parseInvertsToString() {
    qt().forAll(TYPED_VALUES).check(p -> ParameterType.parse(p._1.toString()).equals(p._1));
  }

  @Test
  void typeAcceptsItsOwnValuesAndNoneOfAnotherKind() {
    qt().forAll(TYPED_VALUES, TYPED_VALUES)
        .check((a, b) -> a._1.accepts(a._2) && (!a._1.accepts(b._2) || b._2.kind() == a._1.kind()));
  }
}
