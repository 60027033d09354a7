package com.example.app.adapters.web.order;

import com.example.app.adapters.persistence.order.InMemoryOrders;
import com.example.app.domain.order.OrderId;

/** Breaks adaptersDoNotDependOnEachOther: the web adapter reads the persistence adapter directly. */
public final class OrderPage {

    private final InMemoryOrders orders;

    public OrderPage(InMemoryOrders orders) {
        this.orders = orders;
    }

    public String show(long id) {
        return orders.find(new OrderId(id)).map(Object::toString).orElse("no such order");
    }
}
