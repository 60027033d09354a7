package com.example.app.domain.order;

import com.google.common.collect.ImmutableList;

/** Breaks the convention "the domain depends only on java": it uses Guava. */
public record OrderLines(ImmutableList<OrderLine> lines) {
}
