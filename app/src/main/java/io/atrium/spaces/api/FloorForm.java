package io.atrium.spaces.api;

import io.atrium.shared.Text;
import io.atrium.spaces.FloorDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A floor's form: its centre (ignored when editing), name and level. */
public record FloorForm(
    @Schema(description = "one of the caller's centres; ignored when editing") Long centreId,
    @Schema(required = true, maxLength = 60) @Text(max = 60) String name,
    @Schema(minimum = "-10", maximum = "200", defaultValue = "0") Integer level) {

  FloorDetails details() {
    FloorDetails details = new FloorDetails();
    details.setCentreId(centreId);
    details.setName(name);
    details.setLevel(level == null ? 0 : level);
    return details;
  }
}
