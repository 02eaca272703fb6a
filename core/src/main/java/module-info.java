/**
 * Zhengbing core: money and rates, regions, seasons, explanations and citations, the cited parameter store, and
 * quota apportionment.
 */
module org.zhengbing.core {
  requires transitive com.google.common;
  requires transitive org.joda.money;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.slf4j;
  requires de.siegmar.fastcsv;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.zhengbing.core.money;
  exports org.zhengbing.core.region;
  exports org.zhengbing.core.time;
  exports org.zhengbing.core.explain;
  exports org.zhengbing.core.param;
  exports org.zhengbing.core.quota;
  exports org.zhengbing.core.assess;
  exports org.zhengbing.core.io;
  exports org.zhengbing.core.internal to org.zhengbing.calendar, org.zhengbing.policy;
}
