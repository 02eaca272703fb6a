/** Zhengbing policy: candidate profiles, eligibility, benefit calculators and the three accounts. */
module org.zhengbing.policy {
  requires transitive org.zhengbing.core;
  requires transitive org.zhengbing.calendar;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.zhengbing.policy;
  exports org.zhengbing.policy.profile;
  exports org.zhengbing.policy.benefit;
  exports org.zhengbing.policy.eligibility;
  exports org.zhengbing.policy.accounts;
}
