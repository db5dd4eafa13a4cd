package io.atrium.daypasses;

/**
 * A day pass was cancelled, fired in the cancelling transaction: its door and Wi-Fi access ends
 * there, with it.
 */
public record DayPassCancelled(DayPass pass) {}
