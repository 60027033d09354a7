package com.example.app.adapters.web.customer;

import com.google.common.collect.ImmutableList;

/** Breaks the convention "the web adapter depends only on java and the JDK HTTP server": it uses Guava. */
public record CustomerNames(ImmutableList<String> names) {
}
