package com.example.app.application.order;

import com.sun.net.httpserver.HttpExchange;

/** Breaks the convention "the JDK HTTP server only in web" (and "the application depends only on java"). */
public record OrderFeed(HttpExchange exchange) {
}
