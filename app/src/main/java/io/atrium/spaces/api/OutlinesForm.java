package io.atrium.spaces.api;

import io.atrium.shared.Text;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outlines the floor plan editor saves: each listed space's shape, or null to clear it. */
public record OutlinesForm(@Schema(required = true) List<Outline> outlines) {

  /** One space's outline, "x,y x,y …" in fractions 0..1; null or blank takes it off the plan. */
  public record Outline(
      @Schema(required = true) Long spaceId,
      @Schema(maxLength = 4000) @Text(max = 4000) String shape) {}
}
