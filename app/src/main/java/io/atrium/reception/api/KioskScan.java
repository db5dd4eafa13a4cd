package io.atrium.reception.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a kiosk's QR scanner read: the visitor's check-in token. */
public record KioskScan(@Schema(required = true) String token) {}
