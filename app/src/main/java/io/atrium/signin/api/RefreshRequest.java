package io.atrium.signin.api;

/** {@code {"refresh_token":"..."}} */
public record RefreshRequest(String refresh_token) {}
