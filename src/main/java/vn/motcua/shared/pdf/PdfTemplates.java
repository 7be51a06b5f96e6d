package vn.motcua.shared.pdf;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The XHTML templates of one folder on the class path, filled by JMustache: logic-less, so the
 * forms' wording and layout stay in the templates where a clerk's form can be edited; every value
 * is HTML-escaped unless a template asks otherwise. A template is compiled once, on first use, and
 * reused by every thread (compiled templates are immutable). Partials ({@code {{>name}}}) come from
 * the same folder.
 */
public final class PdfTemplates {

  private final String folder;
  private final Mustache.Compiler compiler;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();

  /**
   * @param folder the class path folder of the templates, e.g. {@code vn/motcua/dossier/slips}
   */
  public PdfTemplates(String folder) {
    this.folder = folder.endsWith("/") ? folder : folder + "/";
    this.compiler =
        Mustache.compiler()
            .escapeHTML(true)
            // A missing key is a template error and fails loudly; a null value prints nothing and
            // an empty string is false in a section, so optional fields need no flags.
            .nullValue("")
            .emptyStringIsFalse(true)
            .strictSections(true)
            .withLoader(name -> new StringReader(read(name)));
  }

  /** The template {@code name} (a file of the folder) filled with the model. */
  public String fill(String name, Object model) {
    return compiled.computeIfAbsent(name, n -> compiler.compile(read(n))).execute(model);
  }

  private String read(String name) {
    String path = folder + name;
    try (InputStream in = PdfTemplates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No template " + path + " on the class path");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
          text.append(buffer, 0, n);
        }
        return text.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read template " + path, e);
    }
  }
}
