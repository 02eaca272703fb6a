package org.zhengbing.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.profile.ProfileJson;

/**
 * Every fenced Java block in README.md and docs/ is compiled and run, and what it prints is checked against its
 * {@code // prints:} comments; every profile JSON block is read by {@link ProfileJson}; every policy YAML block is
 * read over {@link PolicySets#nationalDefaults()}, and a YAML block shown as a file under docs/examples equals that
 * file. A snippet is either a whole class (compiled only) or imports followed by statements, which run as the body
 * of a {@code main} method with the repository root as the working directory.
 */
class DocSnippetsTest {

  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w+)\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)");
  private static final Pattern PRINTS = Pattern.compile("// prints: (.*)$");
  private static final Pattern SHOWN_FILE = Pattern.compile("\\]\\(((?:docs/)?examples/[\\w.-]+\\.yaml)\\)");

  @TempDir
  Path work;

  /** A fenced block: the document, its 1-based line, language and text, and the prose just above it. */
  record Block(Path doc, int line, String language, String text, String before) {
    @Override
    public String toString() {
      return root().relativize(doc) + ":" + line;
    }
  }

  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("README.md")) && Files.isDirectory(p.resolve("docs"))) {
        return p;
      }
    }
    throw new AssertionError("the repository root (README.md and docs/) is not above " + here);
  }

  static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(root().resolve("README.md"));
    try (Stream<Path> s = Files.walk(root().resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  static List<Block> blocks(String language) throws IOException {
    List<Block> out = new ArrayList<>();
    for (Path doc : documents()) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      Matcher m = FENCE.matcher(text);
      while (m.find()) {
        if (m.group(1).equals(language)) {
          int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
          String before = text.substring(Math.max(0, m.start() - 300), m.start());
          out.add(new Block(doc, line, language, m.group(2), before));
        }
      }
    }
    return out;
  }

  @Test
  void theDocsHaveSnippetsToCheck() throws IOException {
    // the README's first look, policy file and quotas; the policy-file, benefits, accounts and testkit pages
    assertThat(blocks("java")).hasSizeGreaterThanOrEqualTo(8);
    assertThat(blocks("json")).isNotEmpty();
    assertThat(blocks("yaml")).hasSizeGreaterThanOrEqualTo(2);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAndRunsAsItSays() throws IOException {
    List<Block> java = blocks("java");
    return java.stream().map(b -> DynamicTest.dynamicTest(b.toString(), () -> compileAndRun(b, java.indexOf(b))));
  }

  @TestFactory
  Stream<DynamicTest> everyProfileJsonReads() throws IOException {
    return blocks("json").stream().filter(b -> b.text().contains("\"enlistmentRegion\""))
        .map(b -> DynamicTest.dynamicTest(b.toString(),
            () -> assertThat(ProfileJson.parse(b.text()).enlistmentRegion()).isNotNull()));
  }

  @TestFactory
  Stream<DynamicTest> everyPolicyYamlReads() throws IOException {
    return blocks("yaml").stream().filter(b -> b.text().startsWith("format: zhengbing-policy/"))
        .map(b -> DynamicTest.dynamicTest(b.toString(), () -> {
          PolicySets.nationalDefaults().withYaml(b.text(), b.toString());
          Matcher shown = SHOWN_FILE.matcher(b.before());
          String file = null;
          while (shown.find()) {
            file = shown.group(1);
          }
          if (file != null) {
            Path path = b.doc().getParent().resolve(file).normalize();
            assertThat(b.text()).as("the block above is " + path).isEqualTo(Files.readString(path));
          }
        }));
  }

  /** The README's Maven snippet and `requires` line are what the consumer integration test builds. */
  @Test
  void theReadmesMavenSnippetIsTheConsumerBuild() throws IOException {
    List<Block> xml = blocks("xml").stream().filter(b -> b.doc().endsWith("README.md")).toList();
    assertThat(xml).hasSize(1);
    String version = System.getProperty("project.version");
    assertThat(version).as("surefire passes the pom's version").isNotBlank();
    String consumer = Files.readString(root().resolve("examples/src/it/consumer/pom.xml"))
        .replace("@project.version@", version);
    String squeezed = consumer.replaceAll("\\s+", "");
    Matcher dependency = Pattern.compile("<dependency>.*?</dependency>", Pattern.DOTALL).matcher(xml.get(0).text());
    int found = 0;
    while (dependency.find()) {
      found++;
      assertThat(squeezed).as("the consumer build has the README's " + dependency.group())
          .contains(dependency.group().replaceAll("\\s+", ""));
    }
    assertThat(found).as("the BOM import and zhengbing-policy").isEqualTo(2);
    assertThat(squeezed).contains("<dependencyManagement><dependencies><dependency><groupId>org.zhengbing</groupId>"
        + "<artifactId>zhengbing-bom</artifactId>");
    assertThat(Files.readString(root().resolve("README.md"))).contains("`requires org.zhengbing.policy;`");
    assertThat(Files.readString(root().resolve("examples/src/it/consumer/src/main/java/module-info.java")))
        .contains("requires org.zhengbing.policy;");
  }

  private void compileAndRun(Block block, int index) throws Exception {
    Matcher named = CLASS.matcher(block.text());
    boolean wholeClass = named.find();
    String className = wholeClass ? named.group(1) : "Snippet" + index;
    String source;
    List<String> expected = new ArrayList<>();
    if (wholeClass) {
      source = block.text();
    } else {
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : block.text().split("\n", -1)) {
        if (line.startsWith("import ")) {
          imports.append(line).append('\n');
        } else {
          body.append("    ").append(line).append('\n');
        }
        Matcher p = PRINTS.matcher(line);
        if (p.find()) {
          expected.add(p.group(1));
        }
      }
      source = imports + "\npublic final class " + className + " {\n  public static void main(String[] args) "
          + "throws Exception {\n" + body + "  }\n}\n";
    }
    Path dir = Files.createDirectories(work.resolve("s" + index));
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file);
      List<String> options = List.of("-classpath", classPath(), "-d", dir.toString(), "-proc:none",
          "-Xlint:all", "-Xlint:-processing", "-Werror", "--release", "17");
      boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
      assertThat(ok).as("the snippet at %s compiles:%n%s%n%s", block, diagnostics, source).isTrue();
    }
    if (wholeClass) {
      return;
    }
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(capture);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }
    List<String> printed = captured.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    assertThat(printed).as("what the snippet at %s prints, against its '// prints:' comments", block)
        .isEqualTo(expected);
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    assertThat(path.split(File.pathSeparator)).as("the test class path holds the library")
        .anyMatch(p -> p.contains("policy"));
    return path;
  }
}
