package org.zhengbing.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class PolicyConformanceTestsTest {

  private static Map<String, DynamicTest> tests(PolicyConformanceTests suite) {
    return suite.conformance().collect(Collectors.toMap(t -> t.getDisplayName().split(":")[0], t -> t));
  }

  @Test
  void oneTestPerRuleFailsWithItsViolations() throws Throwable {
    PolicyConformanceTests suite = new PolicyConformanceTests() {
      @Override
      protected List<Path> policyFiles() {
        return List.of(PolicyConformanceTest.broken("non-monotonic.yaml"));
      }
    };
    Map<String, DynamicTest> tests = tests(suite);
    assertThat(tests).containsOnlyKeys("readable", "cited", "coverage", "reconcile", "monotonic", "calendar",
        "working-days", "unified-standard");
    assertThat(tests.get("monotonic").getDisplayName())
        .isEqualTo("monotonic: more education never lowers an uplift; more service never lowers a discharge payment");
    tests.get("coverage").getExecutable().execute();
    assertThatThrownBy(() -> tests.get("monotonic").getExecutable().execute()).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("2 violations of rule 'monotonic' (")
        .hasMessageContaining("\n[monotonic] family_payment.education_uplift @ 330106 2021-01-01.. (")
        .hasMessageContaining("but bachelor_graduate has 30%, less than 50% for junior_college_graduate");
  }

  @Test
  void theFilesComeFromTheSystemProperty() {
    String old = System.getProperty(PolicyConformanceTests.POLICY_PROPERTY);
    try {
      System.setProperty(PolicyConformanceTests.POLICY_PROPERTY, "a.yaml, b.yaml" + File.pathSeparator + "c.yaml");
      PolicyConformanceTests suite = new PolicyConformanceTests() {};
      assertThat(suite.policyFiles()).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"), Path.of("c.yaml"));
      System.clearProperty(PolicyConformanceTests.POLICY_PROPERTY);
      assertThat(suite.policyFiles()).isEmpty();
    } finally {
      if (old != null) {
        System.setProperty(PolicyConformanceTests.POLICY_PROPERTY, old);
      }
    }
  }
}
