package org.zhengbing.testkit;

import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;

/** The suite as a tester uses it, here over the bundled sample regions: one passing test per rule. */
class SampleRegionsConformanceTests extends PolicyConformanceTests {

  @Override
  protected PolicyBook base() {
    return PolicySets.sampleRegions();
  }
}
