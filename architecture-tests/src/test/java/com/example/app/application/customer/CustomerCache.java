package com.example.app.application.customer;

import com.google.common.collect.ImmutableMap;

/** Breaks the convention "the application depends only on java and the domain": it uses Guava. */
public record CustomerCache(ImmutableMap<String, String> names) {
}
