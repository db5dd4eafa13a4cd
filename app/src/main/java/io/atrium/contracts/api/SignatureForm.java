package io.atrium.contracts.api;

import io.atrium.contracts.Contract;
import io.atrium.contracts.Signature;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signature as recorded by staff: who signed for the client, how, and when. */
@Schema(name = "SignatureForm")
public record SignatureForm(
    @Schema(required = true, maxLength = 120) @Text(max = 120) String signatoryName,
    @Schema(
            required = true,
            enumeration = {"PAPER", "IN_PERSON", "ELECTRONIC"})
        @Text(max = 10)
        String method,
    @Schema(required = true, format = "date-time", example = "2026-11-13T16:30:00+01:00")
        @Text(max = 40)
        String signedAt) {

  Signature toSignature() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    Signature signature =
        new Signature(
            signatoryName,
            Fields.named(Contract.SignatureMethod.class, method, "method", unreadable),
            Fields.instant(signedAt, "signedAt", unreadable));
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return signature;
  }
}
