package com.example.app.domain.order;

import com.sun.net.httpserver.HttpExchange;

/** Breaks the convention "the JDK HTTP server only in web" (and "the domain depends only on java"). */
public record OrderLink(HttpExchange exchange) {
}
