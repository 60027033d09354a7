package com.example.app.adapters.persistence.order;

import com.example.app.application.order.port.out.Orders;
import com.example.app.domain.order.Order;
import com.example.app.domain.order.OrderId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Orders in memory: the persistence adapter of a project that keeps no database. */
public final class InMemoryOrders implements Orders {

    private final Map<Long, Order> orders = new TreeMap<>();

    @Override
    public OrderId nextId() {
        return new OrderId(orders.size() + 1L);
    }

    @Override
    public void save(Order order) {
        orders.put(order.id().value(), order);
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(orders.get(id.value()));
    }
}
