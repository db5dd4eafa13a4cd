package io.atrium.invoicing;

import io.atrium.shared.BusinessException;
import java.util.List;

/**
 * A document lacks a fact its country's law requires to be printed (e.g. the buyer's SIREN on a
 * French B2B invoice), so it cannot be issued. The message names the first missing fact ({@code
 * invoice.missing.<fact>}); {@link #facts()} lists them all.
 */
public class MissingFactsException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<String> facts;

  public MissingFactsException(List<String> facts) {
    super(422, "invoice.missing." + facts.get(0));
    this.facts = List.copyOf(facts);
  }

  /** The missing facts, as the suffixes of their {@code invoice.missing.*} keys. */
  public List<String> facts() {
    return facts;
  }
}
