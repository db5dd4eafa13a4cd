package io.atrium.tenancy.manifest;

/**
 * A manifest that cannot be used, with the place to fix it: the message reads {@code <file>:<line>:
 * <field>: <problem>} so that editors and terminals can jump to it.
 */
public class ManifestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String field;
  private final String problem;

  /**
   * @param line 1-based
   * @param field dotted path such as {@code centres[1].tax.rate}; empty when the problem concerns
   *     the whole file (unreadable YAML, empty file), and the message then leaves it out
   */
  public ManifestException(String file, int line, String field, String problem) {
    super(
        file
            + ":"
            + line
            + ": "
            + (field == null || field.isEmpty() ? "" : field + ": ")
            + problem);
    this.file = file;
    this.line = line;
    this.field = field == null ? "" : field;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String field() {
    return field;
  }

  /** The message without its location. */
  public String problem() {
    return problem;
  }
}
