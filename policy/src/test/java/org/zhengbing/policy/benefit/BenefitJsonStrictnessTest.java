package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.zhengbing.policy.benefit.Fixtures.CALC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileGen;

/**
 * Reading accounts is strict at every depth: an unknown field added to any object of a written account (the
 * account, an item, a payment, a step, an input, a provenance, a citation, a datum of any kind) is rejected,
 * naming the field; the written account itself reads back equal.
 */
class BenefitJsonStrictnessTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every object node of a tree, depth first. */
  private static void objects(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      out.add(o);
      o.elements().forEachRemaining(child -> objects(child, out));
    } else if (node instanceof ArrayNode a) {
      a.elements().forEachRemaining(child -> objects(child, out));
    }
  }

  @Test
  void anUnknownFieldAnywhereIsRejected() throws Exception {
    List<CandidateProfile> profiles = new ArrayList<>();
    qt().withExamples(40).withShrinkCycles(0).forAll(ProfileGen.sampleProfiles()).checkAssert(profiles::add);
    // each shape of object (its field names, and its kind if it has one) once: about fifty shapes
    Set<String> shapes = new LinkedHashSet<>();
    int checked = 0;
    for (CandidateProfile p : profiles) {
      EnlistmentBenefits account = CALC.calculate(p);
      String json = BenefitJson.toJson(account);
      assertThat(BenefitJson.parseBenefits(json)).isEqualTo(account);
      JsonNode root = MAPPER.readTree(json);
      List<ObjectNode> nodes = new ArrayList<>();
      objects(root, nodes);
      for (ObjectNode o : nodes) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        JsonNode kind = o.get("kind");
        if (!shapes.add(names + (kind != null && kind.isTextual() ? kind.asText() : ""))) {
          continue;
        }
        o.put("zzUnknown", 1);
        String broken = MAPPER.writeValueAsString(root);
        o.remove("zzUnknown");
        assertThatThrownBy(() -> BenefitJson.parseBenefits(broken)).as("unknown field in %s", o)
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zzUnknown");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }
}
