package com.example.app.domain.order;

/** One item of an order. */
public record OrderLine(String item, int quantity) {

    public OrderLine {
        if (quantity < 1) {
            throw new IllegalArgumentException("a line orders at least one " + item);
        }
    }
}
