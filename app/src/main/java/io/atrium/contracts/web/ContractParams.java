package io.atrium.contracts.web;

import io.atrium.shared.NotFoundException;
import org.omnifaces.util.Faces;

/** The ids a contracts page reads from its address: digits, or the page is not found. */
final class ContractParams {

  private ContractParams() {}

  /** The id under that name, null when absent; anything but digits is not found. */
  static Long id(String name) {
    String value = Faces.getRequestParameter(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (!value.matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    return Long.parseLong(value);
  }
}
