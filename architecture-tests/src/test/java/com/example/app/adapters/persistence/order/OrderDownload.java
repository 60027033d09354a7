package com.example.app.adapters.persistence.order;

import com.sun.net.httpserver.HttpExchange;

/** Breaks the convention "the JDK HTTP server only in web": the persistence adapter serves HTTP. */
public record OrderDownload(HttpExchange exchange) {
}
