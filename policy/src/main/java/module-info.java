/** Zhengbing policy: candidate profiles, eligibility, benefit calculators and the three accounts. */
module org.zhengbing.policy {
  requires transitive org.zhengbing.core;
  requires transitive org.zhengbing.calendar;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.zhengbing.policy;
}
