package io.atrium.signin.api;

/** The refresh token whose family ends with this sign-out (the one the client holds now). */
public record LogoutRequest(String refresh_token) {}
