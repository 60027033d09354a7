package com.example.app.configuration;

import com.sun.net.httpserver.HttpServer;

/** Breaks the convention "the JDK HTTP server only in web": the composition root serves HTTP itself. */
public record AdminServer(HttpServer server) {
}
