package io.atrium.helpdesk.api;

/** A ticket type with its label and description (document 002) in the caller's language. */
public record TicketTypeInfo(String type, String label, String description) {}
