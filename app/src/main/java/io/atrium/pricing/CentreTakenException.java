package io.atrium.pricing;

import io.atrium.shared.InvalidFieldsException;
import java.util.Map;

/**
 * A centre chosen for a grid already has another one (a centre has at most one grid). The field
 * message names the centre and the grid holding it, so pages show it with {@link #arguments()}.
 */
public class CentreTakenException extends InvalidFieldsException {

  private final String centre;
  private final String grid;

  public CentreTakenException(String centre, String grid) {
    super(Map.of("centreIds", "pricing.grid.centreTaken"));
    this.centre = centre;
    this.grid = grid;
  }

  @Override
  public Object[] arguments() {
    return new Object[] {centre, grid};
  }
}
