package com.example.app.application.order;

import com.example.app.adapters.persistence.order.InMemoryOrders;

/** Breaks applicationDoesNotDependOnAdapters: the application reaches the persistence adapter. */
public final class OrderArchive {

    private final InMemoryOrders orders = new InMemoryOrders();

    public int archived() {
        return orders.nextId().hashCode();
    }
}
