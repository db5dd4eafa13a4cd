package io.atrium.staff.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A staff member to add; they receive an activation e-mail.
 *
 * @param language {@code en} or {@code fr}
 * @param roleIds at least one role id
 * @param centreIds the centres they work in, unless {@code allCentres}
 */
public record NewStaffMember(
    @Schema(required = true, maxLength = 120) @Text(max = 120) String fullName,
    @Schema(required = true, maxLength = 254) @Text(max = 254) String email,
    @Schema(description = "international format, e.g. +33 6 12 34 56 78")
        @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}")
        String phone,
    @Schema(enumeration = {"en", "fr"}) @Text(max = 2) String language,
    @Schema(required = true, description = "at least one role id") @Size(max = 50)
        List<Long> roleIds,
    @Schema(description = "works in every centre of the operator") boolean allCentres,
    @Schema(description = "the centres they work in, unless allCentres") @Size(max = 500)
        List<Long> centreIds) {}
