package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstLookTest {

  @Test
  void theFirstLookRunsOnTheModulePath() {
    // the sample district's senior-high graduate of the golden personas: CNY 92,600 over the term
    assertArrayEquals(new String[] {"CNY 92600.00", "算清三本账：政治账6项，成长账1项，经济账24个月共¥92,600.00。（含示例数据）"},
        FirstLook.run());
  }

  @Test
  void zhengbingIsReadAsNamedModules() {
    Module consumer = FirstLook.class.getModule();
    assertTrue(consumer.isNamed(), "the consumer runs as a named module");
    assertEquals("org.example.consumer", consumer.getName());
    assertTrue(consumer.getLayer().findModule("org.zhengbing.policy").isPresent());
    assertTrue(consumer.getLayer().findModule("org.zhengbing.core").isPresent());
    assertTrue(consumer.getLayer().findModule("ical4j.core").isEmpty(), "zhengbing-policy brings no ical4j");
  }
}
