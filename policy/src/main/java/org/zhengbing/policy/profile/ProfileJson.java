package org.zhengbing.policy.profile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.zhengbing.policy.internal.JsonTree;
import org.zhengbing.policy.internal.ProfileCodec;

/**
 * Reads and writes candidate profiles as JSON, the form integrators send them in.
 *
 * <pre>{@code
 * CandidateProfile p = ProfileJson.parse("""
 *     {"sex": "male", "birthDate": "2000-05-01", "educationLevel": "undergraduate",
 *      "studyStatus": "fresh_graduate", "enlistmentRegion": "510100", "enlistmentTerm": "2018-AUTUMN",
 *      "approvalDate": "2018-09-01",
 *      "academicYears": [{"tuitionPaid": "5000", "loanPrincipal": "0", "loanInterest": "0"}]}
 *     """);
 * String json = ProfileJson.toJson(p);      // every field written; parse(json) equals p
 * }</pre>
 *
 * <p>Field names are the profile's accessor names; enumerations are written as their lower-case keys
 * ({@code "junior_college"}, {@code "tibet_xinjiang"}); amounts as decimal texts or numbers of yuan with at most two
 * decimal places; dates as {@code 2024-09-01}; the term as {@code 2018-AUTUMN}. Fields with a default may be left
 * out. Reading is strict: malformed JSON, a repeated or unknown field, a wrong type, an unknown constant and an
 * impossible profile are each rejected with an {@link InvalidProfileException} whose {@code field()} is the path,
 * such as {@code academicYears[1].tuitionPaid} or, in a list, {@code [3].birthDate}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileJson {

  private ProfileJson() {}

  /**
   * Reads a profile from a JSON object.
   *
   * @param json  the JSON text, not null
   * @return the profile, never null
   * @throws InvalidProfileException if the text is not a valid profile, naming the field
   */
  public static CandidateProfile parse(String json) {
    checkNotNull(json, "json");
    return ProfileCodec.read(root(json), "$");
  }

  /**
   * Reads a list of profiles from a JSON array of objects.
   *
   * @param json  the JSON text, not null
   * @return the profiles in order, never null
   * @throws InvalidProfileException if the text is not an array of valid profiles, naming the element and field
   */
  public static ImmutableList<CandidateProfile> parseList(String json) {
    checkNotNull(json, "json");
    JsonNode root = root(json);
    if (!root.isArray()) {
      throw new InvalidProfileException("$", "the JSON document must be an array of profiles, but was not");
    }
    ArrayNode array = (ArrayNode) root;
    ImmutableList.Builder<CandidateProfile> out = ImmutableList.builderWithExpectedSize(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(ProfileCodec.read(array.get(i), "[" + i + "]"));
    }
    return out.build();
  }

  /**
   * Writes a profile as a compact JSON object with every field.
   *
   * @param profile  the profile, not null
   * @return the JSON text, never null
   */
  public static String toJson(CandidateProfile profile) {
    checkNotNull(profile, "profile");
    return JsonTree.write(ProfileCodec.write(profile));
  }

  /**
   * Writes profiles as a compact JSON array.
   *
   * @param profiles  the profiles, not null
   * @return the JSON text, never null
   */
  public static String toJson(List<CandidateProfile> profiles) {
    checkNotNull(profiles, "profiles");
    ArrayNode array = JsonTree.array();
    for (CandidateProfile p : profiles) {
      array.add(ProfileCodec.write(checkNotNull(p, "profile")));
    }
    return JsonTree.write(array);
  }

  private static JsonNode root(String json) {
    try {
      return JsonTree.parse(json);
    } catch (JsonTree.Problem p) {
      throw new InvalidProfileException(p.path(), p.getMessage());
    }
  }
}
