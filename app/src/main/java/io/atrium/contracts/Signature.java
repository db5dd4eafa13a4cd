package io.atrium.contracts;

import java.io.Serializable;
import java.time.Instant;

/**
 * A signature as staff record it: who signed for the client, how, and when (an instant; the page
 * and the API read it on the centre's clock).
 */
public record Signature(String signatoryName, Contract.SignatureMethod method, Instant signedAt)
    implements Serializable {}
