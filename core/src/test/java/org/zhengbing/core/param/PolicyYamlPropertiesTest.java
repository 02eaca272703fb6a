package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.zhengbing.core.testing.CoreGenerators;
import org.zhengbing.core.testing.GeneratedPolicy;

/** Properties of the policy-file format: {@link PolicyWriter} and {@link PolicyReader} invert each other. */
class PolicyYamlPropertiesTest {

  @Test
  void writtenStoreReadsBackEqual() {
    qt().forAll(CoreGenerators.generatedPolicies()).checkAssert(p -> {
      PolicyBook book = p.book();
      String yaml = PolicyWriter.write(book);
      PolicyBook read = PolicyReader.read(yaml, "generated.yaml", PolicyBook.empty());
      assertThat(read).isEqualTo(book);
      assertThat(read.entries()).isEqualTo(book.entries());
      assertThat(PolicyWriter.write(read)).isEqualTo(yaml);
    });
  }

  @Test
  void writtenWhatIfStoreReadsBackEqual() {
    Gen<Pair<GeneratedPolicy, Overlay>> whatIfs = rs -> {
      GeneratedPolicy p = CoreGenerators.generatedPolicies().generate(rs);
      return Pair.of(p, p.overlays().generate(rs));
    };
    qt().forAll(whatIfs).checkAssert(pair -> {
      PolicyBook book = pair._1.book().with(pair._2);
      PolicyBook read = PolicyReader.read(PolicyWriter.write(book), "what-if.yaml", PolicyBook.empty());
      assertThat(read).isEqualTo(book);
    });
  }

  @Test
  void bundledDefaultsReadBackEqual() {
    PolicyBook defaults = PolicyBook.nationalDefaults();
    PolicyBook read = PolicyReader.read(PolicyWriter.write(defaults), "defaults.yaml", PolicyBook.empty());
    assertThat(read).isEqualTo(defaults);
  }
}
