/** Zhengbing testkit: the conformance suite a tester runs against their own policy files. */
module org.zhengbing.testkit {
  requires transitive org.zhengbing.policy;
  requires org.junit.jupiter.api;

  exports org.zhengbing.testkit;
}
